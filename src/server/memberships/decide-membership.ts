import "server-only";
import { db } from "@/server/db";
import { DomainError } from "@/server/errors";
import { recordAudit } from "@/server/audit/record";
import { authorize, type Principal } from "@/server/auth/principal";

export type DecideMembershipError = "notFound" | "alreadyDecided";

/**
 * A coordinator approves or declines a pending membership. Two coordinators deciding at once:
 * the conditional update lets exactly one through, and the other is told it was already decided.
 */
export async function decideMembership(principal: Principal | null, membershipId: number, decision: "APPROVED" | "REJECTED") {
  const actor = await authorize(principal, "membership.decide", undefined);
  return db().$transaction(async (tx) => {
    const { count } = await tx.membership.updateMany({
      where: { id: membershipId, status: "PENDING" },
      data: { status: decision, decidedAt: new Date(), decidedById: actor.userId },
    });
    if (count === 0) {
      const exists = await tx.membership.findUnique({ where: { id: membershipId }, select: { id: true } });
      throw new DomainError<DecideMembershipError>(exists ? "alreadyDecided" : "notFound");
    }
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "membership.decide",
      objectType: "membership",
      objectId: String(membershipId),
      outcome: "ALLOWED",
      detail: { decision },
    });
    return { id: membershipId, status: decision };
  });
}

/** The coordinator's queue of membership requests, oldest first. */
export async function listPendingMemberships(principal: Principal | null) {
  await authorize(principal, "membership.decide");
  return db().membership.findMany({
    where: { status: "PENDING" },
    orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      requestedAt: true,
      user: { select: { id: true, name: true, email: true } },
      municipality: { select: { slug: true, country: true, nameEn: true, nameUk: true, nameLocal: true } },
    },
  });
}
