import "server-only";
import { db } from "@/server/db";
import { demoMode } from "@/server/env";
import { demoAccount } from "@/lib/demo-accounts";
import { magicLinkIn } from "@/server/mail/sign-in-mail";
import { signIn } from "./auth";

/**
 * Starts Auth.js's e-mail sign-in for `email`: a verification token is stored and the link is
 * written to the outbox. After following the link the person lands on their account page in
 * `locale`. False when Auth.js refused (e.g. an address it cannot normalise).
 */
export async function sendMagicLink(email: string, locale: string): Promise<boolean> {
  const next = await signIn("nodemailer", { email, redirectTo: `/${locale}/account`, redirect: false });
  return !new URL(next, "http://portal.invalid").searchParams.has("error");
}

/**
 * Demo mode's one-click sign-in: sends the demo account a real magic link and returns it, to be
 * followed at once. Null outside demo mode or for an unknown account.
 */
export async function demoSignInLink(key: string, locale: string): Promise<string | null> {
  const account = demoMode ? demoAccount(key) : undefined;
  if (!account || !(await sendMagicLink(account.email, locale))) return null;
  const mail = await db().outboxMessage.findFirst({ where: { to: account.email }, orderBy: { id: "desc" }, select: { text: true } });
  return mail ? magicLinkIn(mail.text) : null;
}
