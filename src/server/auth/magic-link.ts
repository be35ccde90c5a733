import "server-only";
import { db } from "@/server/db";
import { demoMode } from "@/server/env";
import { demoAccount } from "@/lib/demo-accounts";
import { magicLinkIn } from "@/server/mail/sign-in-mail";
import { addressSubject, consume, type RateLimit } from "@/server/abuse/rate-limit";
import { recordAudit } from "@/server/audit/record";
import { safeCallbackPath } from "@/lib/safe-redirect";
import { signIn } from "./auth";

/**
 * Where a person lands after signing in when no page asked to be returned to: coordinators and
 * administrators on the coordinator desk, where their work is; everyone else on their account.
 */
export function landingPath(locale: string, globalRole: "COORDINATOR" | "ADMINISTRATOR" | null | undefined): string {
  return globalRole ? `/${locale}/coordinator` : `/${locale}/account`;
}

/** The landing page of the account `email` would sign in to (a new address: none yet, the account page). */
async function landingFor(email: string, locale: string): Promise<string> {
  const user = await db().user.findFirst({ where: { email: { equals: email.trim(), mode: "insensitive" } }, select: { role: true } });
  return landingPath(locale, user?.role);
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

/** Links asked for one address, and from one client address, per 15 minutes. */
export const SIGN_IN_PER_ADDRESS: RateLimit = { name: "sign-in:address", limit: 5, windowMs: 15 * 60_000 };
export const SIGN_IN_PER_CLIENT: RateLimit = { name: "sign-in:client", limit: 30, windowMs: 15 * 60_000 };

export type SignInLinkResult = { status: "sent" } | { status: "limited"; retryAfterSeconds: number } | { status: "failed" };

/**
 * The sign-in form's request for a link, rate-limited per e-mail address and per client address
 * (limits shared by every instance through Postgres). A refusal is audited, without the address.
 * An unknown client address (no reverse proxy reporting it) is not limited per client: one
 * counter for every visitor would let one of them lock everybody out.
 */
export async function requestSignInLink(
  email: string,
  locale: string,
  clientAddress: string | null,
  callbackPath: string | null = null,
): Promise<SignInLinkResult> {
  const rules: [RateLimit, string][] = [[SIGN_IN_PER_ADDRESS, addressSubject(email)]];
  if (clientAddress) rules.unshift([SIGN_IN_PER_CLIENT, clientAddress]);
  for (const [rule, subject] of rules) {
    const decision = await consume(rule, subject);
    if (!decision.allowed) {
      await recordAudit(db(), { actorUserId: null, action: "auth.requestLink", outcome: "REFUSED", detail: { reason: "rateLimited", rule: rule.name } });
      return { status: "limited", retryAfterSeconds: decision.retryAfterSeconds };
    }
  }
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
