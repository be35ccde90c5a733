import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { authorize, type Principal } from "@/server/auth/principal";
import { recordAudit } from "@/server/audit/record";
import { DomainError } from "@/server/errors";
import { readUnsubscribeToken, type MailKind } from "@/server/mail/unsubscribe";

/** The reminders and alerts the portal sends unless a person stopped them (notification_preference: NONE). */
export const REMINDER_KINDS = ["requestReminder", "profileReminder", "fundingDeadline", "savedSearch"] as const satisfies readonly MailKind[];
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** The audit line of a click on an unsubscribe link (the link stands for its person: the line is theirs). */
export const UNSUBSCRIBE_ACTION = "notification.unsubscribe";

/** Of `userIds`, those who stopped mails of `kind`. */
export async function stoppedRecipients(client: Pick<PrismaClient, "notificationPreference">, userIds: string[], kind: MailKind): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await client.notificationPreference.findMany({ where: { userId: { in: userIds }, kind, delivery: "NONE" }, select: { userId: true } });
  return new Set(rows.map((r) => r.userId));
}

/** What an unsubscribe link stands for, for its page: the kind, and whether those mails are stopped already; null for a link that is not the portal's or whose account is gone. */
export async function unsubscribeLink(token: string): Promise<{ kind: MailKind; stopped: boolean } | null> {
  const read = readUnsubscribeToken(token);
  if (!read) return null;
  const user = await db().user.findUnique({
    where: { id: read.userId },
    select: { notificationPreferences: { where: { kind: read.kind }, select: { delivery: true } } },
  });
  if (!user) return null;
  return { kind: read.kind, stopped: user.notificationPreferences[0]?.delivery === "NONE" };
}

/**
 * Stops the mails of the link's kind to the link's person: no sign-in, the signed token is the
 * authority, and it stops exactly that kind for exactly that person. Idempotent. Throws
 * DomainError("badLink") for a token the portal did not sign or whose account is gone.
 */
export async function unsubscribeWithToken(token: unknown): Promise<MailKind> {
  const read = typeof token === "string" ? readUnsubscribeToken(token) : null;
  if (!read) throw new DomainError("badLink");
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: read.userId }, select: { id: true } });
    if (!user) throw new DomainError("badLink");
    await tx.notificationPreference.upsert({
      where: { userId_kind: { userId: read.userId, kind: read.kind } },
      create: { userId: read.userId, kind: read.kind, delivery: "NONE" },
      update: { delivery: "NONE" },
    });
    await recordAudit(tx, {
      actorUserId: read.userId,
      action: UNSUBSCRIBE_ACTION,
      objectType: "user",
      objectId: read.userId,
      outcome: "ALLOWED",
      detail: { kind: read.kind },
    });
    return read.kind;
  });
}

/** Which reminders the person gets (all, unless they stopped some). */
export async function reminderChoices(principal: Principal): Promise<Record<ReminderKind, boolean>> {
  const stopped = await stoppedKinds(db(), principal.userId);
  return Object.fromEntries(REMINDER_KINDS.map((k) => [k, !stopped.has(k)])) as Record<ReminderKind, boolean>;
}

async function stoppedKinds(client: Pick<PrismaClient, "notificationPreference">, userId: string) {
  const rows = await client.notificationPreference.findMany({ where: { userId, kind: { in: [...REMINDER_KINDS] }, delivery: "NONE" }, select: { kind: true } });
  return new Set(rows.map((r) => r.kind));
}

/**
 * The person chooses which reminders they get (`notification.setOwn`, their own only): the kinds
 * in `wanted` are switched on (their NONE row removed), the others off. Unknown kinds are refused.
 */
export async function setReminderChoices(principal: Principal | null, wanted: unknown): Promise<void> {
  const actor = await authorize(principal, "notification.setOwn", principal ? { type: "user", id: principal.userId } : undefined);
  const list = Array.isArray(wanted) ? wanted : [];
  if (list.some((k) => !(REMINDER_KINDS as readonly unknown[]).includes(k))) throw new DomainError("badKind");
  const on = new Set(list as ReminderKind[]);
  await db().$transaction(async (tx: Prisma.TransactionClient) => {
    for (const kind of REMINDER_KINDS) {
      if (on.has(kind)) {
        await tx.notificationPreference.deleteMany({ where: { userId: actor.userId, kind } });
      } else {
        await tx.notificationPreference.upsert({
          where: { userId_kind: { userId: actor.userId, kind } },
          create: { userId: actor.userId, kind, delivery: "NONE" },
          update: { delivery: "NONE" },
        });
      }
    }
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "notification.setOwn",
      objectType: "user",
      objectId: actor.userId,
      outcome: "ALLOWED",
      detail: { reminders: REMINDER_KINDS.filter((k) => on.has(k)) },
    });
  });
}
