import "server-only";
import { demoMode, env } from "@/server/env";
import { portalLink } from "@/server/portal-url";
import { DEMO_UNSUBSCRIBE_SECRET, signUnsubscribeToken, verifyUnsubscribeToken, type MailKind } from "@/lib/unsubscribe-token";

export { MAIL_KINDS, isMailKind, type MailKind } from "@/lib/unsubscribe-token";

/** What unsubscribe links are signed with: AUTH_SECRET (required outside demo mode). */
function secret(): string {
  const value = env.AUTH_SECRET ?? (demoMode ? DEMO_UNSUBSCRIBE_SECRET : undefined);
  if (!value) throw new Error("AUTH_SECRET must be set outside demo mode (unsubscribe links are signed with it)");
  return value;
}

/** The token of one person's one kind of mail (src/lib/unsubscribe-token.ts): unforgeable, not expiring. */
export function unsubscribeToken(userId: string, kind: MailKind): string {
  return signUnsubscribeToken(secret(), userId, kind);
}

/** The person and kind a token stands for, or null when it is not one the portal signed. */
export function readUnsubscribeToken(token: string): { userId: string; kind: MailKind } | null {
  return verifyUnsubscribeToken(secret(), token);
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
