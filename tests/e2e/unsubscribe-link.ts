// The unsubscribe links the e2e server signs: the same key (AUTH_SECRET, or demo mode's fixed one)
// and the same code (src/lib/unsubscribe-token.ts), so specs can open a person's link.
import { DEMO_UNSUBSCRIBE_SECRET, signUnsubscribeToken, type MailKind } from "../../src/lib/unsubscribe-token";

export function unsubscribePath(locale: string, userId: string, kind: MailKind): string {
  return `/${locale}/unsubscribe/${signUnsubscribeToken(process.env.AUTH_SECRET ?? DEMO_UNSUBSCRIBE_SECRET, userId, kind)}`;
}

export function oneClickPath(userId: string, kind: MailKind): string {
  return `/api/unsubscribe/${signUnsubscribeToken(process.env.AUTH_SECRET ?? DEMO_UNSUBSCRIBE_SECRET, userId, kind)}`;
}
