import "server-only";
import { db } from "@/server/db";
import { authorize, type Principal } from "@/server/auth/principal";
import { recordAudit } from "@/server/audit/record";
import { DomainError } from "@/server/errors";
import { enqueueMail } from "@/server/mail/outbox";
import { membershipMail } from "./notifications";
import type { DecisionErrorCode } from "./errors";

/** People waiting to act for a municipality, oldest first. */
export async function listPendingMemberships(principal: Principal | null) {
  await authorize(principal, "membership.decide");
  const rows = await db().membership.findMany({
    where: { status: "PENDING" },
    orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
    take: 100,
    select: {
      id: true,
      requestedAt: true,
      user: { select: { name: true, email: true } },
      municipality: { select: { slug: true, country: true, nameEn: true, nameUk: true, nameLocal: true } },
    },
  });
  return rows.map((m) => ({ ...m, kind: m.municipality.country === "UA" ? ("MUNICIPALITY_EDITOR" as const) : ("EU_STAFF" as const) }));
}

/**
 * Confirms or rejects one membership request. Only a PENDING one changes (a conditional update),
 * so two coordinators cannot both decide it; the second is told it was already decided. The
 * person is told by mail, queued in the same transaction.
 */
export async function decideMembership(principal: Principal | null, membershipId: number, decision: "APPROVED" | "REJECTED"): Promise<void> {
  const actor = await authorize(principal, "membership.decide");
  await db().$transaction(async (tx) => {
    const changed = await tx.membership.updateMany({
      where: { id: membershipId, status: "PENDING" },
      data: { status: decision, decidedAt: new Date(), decidedById: actor.userId },
    });
    if (changed.count === 0) {
      const exists = await tx.membership.findUnique({ where: { id: membershipId }, select: { id: true } });
      throw new DomainError<DecisionErrorCode>(exists ? "membershipDecided" : "notFound");
    }
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "membership.decide",
      objectType: "membership",
      objectId: String(membershipId),
      outcome: "ALLOWED",
      detail: { decision },
    });
    const m = await tx.membership.findUniqueOrThrow({
      where: { id: membershipId },
      select: { user: { select: { email: true, locale: true } }, municipality: { select: { country: true, nameEn: true, nameUk: true, nameLocal: true } } },
    });
    const kind = m.municipality.country === "UA" ? "MUNICIPALITY_EDITOR" : "EU_STAFF";
    const name = { en: m.municipality.nameLocal ?? m.municipality.nameEn, uk: m.municipality.nameUk };
    await enqueueMail(tx, membershipMail(m.user.email, m.user.locale, decision, kind, name));
  });
}
