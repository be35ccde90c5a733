import "server-only";
import { db } from "@/server/db";
import { DomainError } from "@/server/errors";
import { recordAudit } from "@/server/audit/record";
import { authorize, type Principal } from "@/server/auth/principal";

export type RequestMembershipError = "unknownMunicipality";

/**
 * A signed-in person asks to act for a municipality (published or still a draft: a new editor
 * must be able to join before the profile goes public). A coordinator decides. Asking again is
 * harmless; asking again after a refusal puts the request back in the queue.
 */
export async function requestMembership(principal: Principal | null, municipalitySlug: string) {
  const municipality = /^[a-z0-9-]{1,120}$/.test(municipalitySlug)
    ? await db().municipality.findUnique({ where: { slug: municipalitySlug }, select: { id: true } })
    : null;
  const subject = municipality ? ({ type: "municipality", id: municipality.id } as const) : undefined;
  const actor = await authorize(principal, "membership.request", subject);
  if (!municipality) throw new DomainError<RequestMembershipError>("unknownMunicipality");
  return db().$transaction(async (tx) => {
    const membership = await tx.membership.upsert({
      where: { userId_municipalityId: { userId: actor.userId, municipalityId: municipality.id } },
      create: { userId: actor.userId, municipalityId: municipality.id },
      update: {},
      select: { id: true, status: true },
    });
    if (membership.status === "REJECTED") {
      await tx.membership.update({
        where: { id: membership.id },
        data: { status: "PENDING", requestedAt: new Date(), decidedAt: null, decidedById: null },
      });
      membership.status = "PENDING";
    }
    await recordAudit(tx, { actorUserId: actor.userId, action: "membership.request", objectType: "membership", objectId: String(membership.id), outcome: "ALLOWED" });
    return membership;
  });
}

/** Every municipality a person may ask to join, for the account page's choice. */
export async function listJoinableMunicipalities() {
  return db().municipality.findMany({
    select: { slug: true, country: true, nameEn: true, nameUk: true, nameLocal: true },
    orderBy: [{ nameEn: "asc" }, { slug: "asc" }],
  });
}
