import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/**
 * Every kind of mail a person can stop with one click (notification_preference.kind). The
 * reminders are sent unless the person's row for the kind says NONE; "conversationMessage" has
 * its own choice of delivery (at once, daily, never) on the account page.
 */
export const MAIL_KINDS = ["requestReminder", "profileReminder", "fundingDeadline", "savedSearch", "conversationMessage"] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

export const isMailKind = (value: unknown): value is MailKind => (MAIL_KINDS as readonly unknown[]).includes(value);

/** In demo mode anyone may sign in as anyone, so a fixed key protects nothing there (as in auth.ts); end-to-end tests sign with it too. */
export const DEMO_UNSUBSCRIBE_SECRET = "cities4cities-demo-mode-only-unsubscribe-key-0000";

/** The signing key: derived from the secret (AUTH_SECRET) for this purpose only, so it is never an Auth.js key. */
const keyOf = (secret: string) => createHash("sha256").update(`cities4cities unsubscribe links\n${secret}`).digest();

const mac = (secret: string, userId: string, kind: MailKind) => createHmac("sha256", keyOf(secret)).update(`${userId}\n${kind}`).digest();

/** Between the token's two parts: not a dot, which would make the proxy take the page's address for a file's (src/proxy.ts, its matcher). */
const SEPARATOR = "~";

/**
 * The token of one person's one kind of mail: the person and the kind, readable, and an HMAC of
 * both under a key only the portal knows. It cannot be forged or turned into another person's or
 * another kind's. It does not expire: a mail's link works as long as the account exists.
 */
export function signUnsubscribeToken(secret: string, userId: string, kind: MailKind): string {
  return `${Buffer.from(`${userId}\n${kind}`).toString("base64url")}~${mac(secret, userId, kind).toString("base64url")}`;
}

/** The person and kind a token stands for, or null when it was not signed with `secret`. Constant-time comparison. */
export function verifyUnsubscribeToken(secret: string, token: string): { userId: string; kind: MailKind } | null {
  if (token.length > 400) return null;
  const [payload, signature, ...rest] = token.split(SEPARATOR);
  if (!payload || !signature || rest.length > 0) return null;
  const [userId, kind, ...more] = Buffer.from(payload, "base64url").toString("utf8").split("\n");
  if (!userId || more.length > 0 || !isMailKind(kind)) return null;
  const given = Buffer.from(signature, "base64url");
  const expected = mac(secret, userId, kind);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { userId, kind };
}
