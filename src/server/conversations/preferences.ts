import "server-only";
import { db } from "@/server/db";
import { authorize, type Principal } from "@/server/auth/principal";
import { recordAudit } from "@/server/audit/record";
import { DomainError } from "@/server/errors";
import { MESSAGE_KIND } from "./notify";

export const DELIVERIES = ["IMMEDIATE", "DAILY", "NONE"] as const;
export type Delivery = (typeof DELIVERIES)[number];

/** How the person hears of new messages in their conversations: at once unless they chose otherwise. */
export async function messageDelivery(principal: Principal): Promise<Delivery> {
  const row = await db().notificationPreference.findUnique({
    where: { userId_kind: { userId: principal.userId, kind: MESSAGE_KIND } },
    select: { delivery: true },
  });
  return row?.delivery ?? "IMMEDIATE";
}

/**
 * The person chooses (`notification.setOwn`, their own only): at once, a daily digest, or not at
 * all. Choosing the digest starts it from now: the messages before were already mailed or not wanted.
 */
export async function setMessageDelivery(principal: Principal | null, delivery: unknown): Promise<void> {
  const actor = await authorize(principal, "notification.setOwn", principal ? { type: "user", id: principal.userId } : undefined);
  if (!(DELIVERIES as readonly unknown[]).includes(delivery)) throw new DomainError("badDelivery", "delivery");
  const chosen = delivery as Delivery;
  await db().$transaction(async (tx) => {
    const now = new Date();
    await tx.notificationPreference.upsert({
      where: { userId_kind: { userId: actor.userId, kind: MESSAGE_KIND } },
      create: { userId: actor.userId, kind: MESSAGE_KIND, delivery: chosen, digestedUpTo: now },
      update: { delivery: chosen, digestedUpTo: now },
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "notification.setOwn",
      objectType: "user",
      objectId: actor.userId,
      outcome: "ALLOWED",
      detail: { kind: MESSAGE_KIND, delivery: chosen },
    });
  });
}
