import "server-only";
import { db } from "@/server/db";
import { demoMode } from "@/server/env";
import { demoAccount } from "@/lib/demo-accounts";
import { magicLinkIn } from "@/server/mail/sign-in-mail";
import { signInLinkLimited } from "./sign-in-limits";
import { safeCallbackPath } from "@/lib/safe-redirect";
import { signIn } from "./auth";

/**
 * Where a person lands after signing in when no page asked to be returned to: coordinators and
 * administrators on the coordinator desk, where their work is; everyone else on their account.
 */
export function landingPath(locale: string, globalRole: "COORDINATOR" | "ADMINISTRATOR" | null | undefined, interpreter = false): string {
  // An interpreter's work is what they are assigned to (/interpreting).
  return globalRole ? `/${locale}/coordinator` : interpreter ? `/${locale}/interpreting` : `/${locale}/account`;
}

/** The landing page of the account `email` would sign in to (a new address: none yet, the account page). */
async function landingFor(email: string, locale: string): Promise<string> {
  const user = await db().user.findFirst({
    where: { email: { equals: email.trim(), mode: "insensitive" } },
    select: { role: true, interpreter: { select: { active: true } } },
  });
  return landingPath(locale, user?.role, user?.interpreter?.active === true);
}

/**
 * Starts Auth.js's e-mail sign-in for `email`: a verification token is stored and the link is
 * written to the outbox. After following the link the person lands on `callbackPath` (a path of
 * this portal, checked with safeCallbackPath) or else their landing page in `locale` (landingPath).
 * False when Auth.js refused (e.g. an address it cannot normalise).
 */
export async function sendMagicLink(email: string, locale: string, callbackPath: string | null = null): Promise<boolean> {
  const redirectTo = safeCallbackPath(callbackPath) ?? (await landingFor(email, locale));
  const next = await signIn("nodemailer", { email, redirectTo, redirect: false });
  return !new URL(next, "http://portal.invalid").searchParams.has("error");
}

export { SIGN_IN_PER_ADDRESS, SIGN_IN_PER_CLIENT } from "./sign-in-limits";

export type SignInLinkResult = { status: "sent" } | { status: "limited"; retryAfterSeconds: number } | { status: "failed" };

/**
 * The sign-in form's request for a link, rate-limited per e-mail address and per client address
 * (src/server/auth/sign-in-limits.ts).
 */
export async function requestSignInLink(
  email: string,
  locale: string,
  clientAddress: string | null,
  callbackPath: string | null = null,
): Promise<SignInLinkResult> {
  const retryAfterSeconds = await signInLinkLimited(email, clientAddress);
  if (retryAfterSeconds !== null) return { status: "limited", retryAfterSeconds };
  return (await sendMagicLink(email, locale, callbackPath)) ? { status: "sent" } : { status: "failed" };
}

/**
 * Demo mode's one-click sign-in: sends the demo account a real magic link and returns it, to be
 * followed at once. Null outside demo mode or for an unknown account.
 */
export async function demoSignInLink(key: string, locale: string, callbackPath: string | null = null): Promise<string | null> {
  const account = demoMode ? demoAccount(key) : undefined;
  if (!account || !(await sendMagicLink(account.email, locale, callbackPath))) return null;
  const mail = await db().outboxMessage.findFirst({ where: { to: account.email }, orderBy: { id: "desc" }, select: { text: true } });
  return mail ? magicLinkIn(mail.text) : null;
}
