import "server-only";
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { demoMode, env } from "@/server/env";
import { portalLink } from "@/server/portal-url";

/**
 * Every kind of mail a person can stop with one click (notification_preference.kind). The
 * reminders are sent unless the person's row for the kind says NONE; "conversationMessage" has
 * its own choice of delivery (at once, daily, never) on the account page.
 */
export const MAIL_KINDS = ["requestReminder", "profileReminder", "fundingDeadline", "savedSearch", "conversationMessage"] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

export const isMailKind = (value: unknown): value is MailKind => (MAIL_KINDS as readonly unknown[]).includes(value);

/** In demo mode anyone may sign in as anyone, so a fixed key protects nothing there (as in auth.ts). */
const DEMO_SECRET = "cities4cities-demo-mode-only-unsubscribe-key-0000";

/** The signing key: derived from AUTH_SECRET (its own purpose, so it is never an Auth.js key). */
function key(): Buffer {
  const secret = env.AUTH_SECRET ?? (demoMode ? DEMO_SECRET : undefined);
  if (!secret) throw new Error("AUTH_SECRET must be set outside demo mode (unsubscribe links are signed with it)");
  return createHash("sha256").update(`cities4cities unsubscribe links\n${secret}`).digest();
}

const mac = (userId: string, kind: MailKind) => createHmac("sha256", key()).update(`${userId}\n${kind}`).digest();

/**
 * The token of one person's one kind of mail: the person and the kind, readable, and an HMAC of
 * both under a key only the portal knows. It cannot be forged or turned into another person's or
 * another kind's. It does not expire: a mail's link works as long as the account exists.
 */
export function unsubscribeToken(userId: string, kind: MailKind): string {
  return `${Buffer.from(`${userId}\n${kind}`).toString("base64url")}.${mac(userId, kind).toString("base64url")}`;
}

/** The person and kind a token stands for, or null when it is not one the portal signed. Constant-time comparison. */
export function readUnsubscribeToken(token: string): { userId: string; kind: MailKind } | null {
  if (token.length > 400) return null;
  const [payload, signature, ...rest] = token.split(".");
  if (!payload || !signature || rest.length > 0) return null;
  const [userId, kind, ...more] = Buffer.from(payload, "base64url").toString("utf8").split("\n");
  if (!userId || more.length > 0 || !isMailKind(kind)) return null;
  const given = Buffer.from(signature, "base64url");
  const expected = mac(userId, kind);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { userId, kind };
}

/** The page that says which mails the link stops and asks for one click: /{locale}/unsubscribe/{token}. */
export function unsubscribeUrl(origin: string, locale: string, userId: string, kind: MailKind): string {
  return portalLink(origin, `/${locale}/unsubscribe/${unsubscribeToken(userId, kind)}`);
}

/** Where mail programs POST "List-Unsubscribe=One-Click" (RFC 8058): /api/unsubscribe/{token}. */
export function oneClickUnsubscribeUrl(origin: string, userId: string, kind: MailKind): string {
  return portalLink(origin, `/api/unsubscribe/${unsubscribeToken(userId, kind)}`);
}

/** The List-Unsubscribe and List-Unsubscribe-Post headers (RFC 2369, RFC 8058) of a mail of `kind` to `userId`. */
export function unsubscribeHeaders(origin: string, userId: string, kind: MailKind): Record<string, string> {
  return { "List-Unsubscribe": `<${oneClickUnsubscribeUrl(origin, userId, kind)}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}
