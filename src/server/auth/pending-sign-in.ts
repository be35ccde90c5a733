import "server-only";
import { cookies } from "next/headers";
import { safeCallbackPath } from "@/lib/safe-redirect";

/**
 * The address a sign-in link was last sent to, and the page to come back to, kept for the
 * check-your-e-mail page (which repeats the address and offers to send the link again) in an
 * HttpOnly cookie of one hour: never in the page's address, where it would land in logs and history.
 */
const NAME = "c4c-sign-in-pending";
const MAX_AGE_SECONDS = 60 * 60;

export type PendingSignIn = { email: string; callbackUrl: string | null };

export async function rememberPendingSignIn(pending: PendingSignIn): Promise<void> {
  (await cookies()).set(NAME, JSON.stringify(pending), { httpOnly: true, sameSite: "lax", path: "/", maxAge: MAX_AGE_SECONDS });
}

/** The remembered sign-in, or null when there is none or the cookie is not one of ours. */
export async function pendingSignIn(): Promise<PendingSignIn | null> {
  const raw = (await cookies()).get(NAME)?.value;
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== "object" || value === null) return null;
    const { email, callbackUrl } = value as Record<string, unknown>;
    if (typeof email !== "string" || email.length === 0 || email.length > 254) return null;
    return { email, callbackUrl: safeCallbackPath(callbackUrl) };
  } catch {
    return null;
  }
}
