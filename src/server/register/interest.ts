import "server-only";
import { db } from "@/server/db";
import { recordAudit } from "@/server/audit/record";
import { authorize, type Principal } from "@/server/auth/principal";
import { DomainError, isUniqueViolation } from "@/server/errors";

export type InterestErrorCode = "notFound" | "onPortal";

/**
 * An EU staff member tells the network that their municipality would like to partner with a
 * hromada that is not on the portal yet. Counted once per EU municipality and hromada: telling it
 * again changes nothing. Refused (and audited) for anyone not acting for an EU municipality.
 */
export async function expressPartnerInterest(principal: Principal | null, hromadaSlug: string): Promise<{ count: number }> {
  // On behalf of the municipality they act for; with none, `authorize` refuses (and audits) it.
  const eu = principal?.memberships.find((m) => m.kind === "EU_STAFF");
  const me = await authorize(principal, "interest.express", eu && { type: "municipality", id: eu.municipalityId });
  const euId = eu!.municipalityId;
  const hromada = /^[a-z0-9-]{1,120}$/.test(hromadaSlug)
    ? await db().municipality.findFirst({ where: { slug: hromadaSlug, country: "UA", katottg: { not: null } }, select: { id: true, status: true } })
    : null;
  if (!hromada) throw new DomainError<InterestErrorCode>("notFound");
  if (hromada.status === "PUBLISHED") throw new DomainError<InterestErrorCode>("onPortal");
  await db().$transaction(async (tx) => {
    try {
      await tx.partnerInterest.create({ data: { ukrainianMunicipalityId: hromada.id, euMunicipalityId: euId, userId: me.userId } });
    } catch (error) {
      if (isUniqueViolation(error)) return; // said before: once is enough
      throw error;
    }
    await recordAudit(tx, { actorUserId: me.userId, action: "interest.express", objectType: "municipality", objectId: String(hromada.id), outcome: "ALLOWED" });
  });
  return { count: await db().partnerInterest.count({ where: { ukrainianMunicipalityId: hromada.id } }) };
}

/** How many EU municipalities told the network they would like to partner with this hromada (public). */
export function interestCount(hromadaId: number): Promise<number> {
  return db().partnerInterest.count({ where: { ukrainianMunicipalityId: hromadaId } });
}

/** For coordinators: the hromadas not yet on the portal that EU municipalities asked for, most asked first. */
export async function listPartnerInterest(principal: Principal | null, limit = 20) {
  await authorize(principal, "interest.read");
  const rows = await db().partnerInterest.groupBy({
    by: ["ukrainianMunicipalityId"],
    where: { ukrainianMunicipality: { status: { not: "PUBLISHED" } } },
    _count: { _all: true },
    _max: { createdAt: true },
    orderBy: [{ _count: { ukrainianMunicipalityId: "desc" } }, { ukrainianMunicipalityId: "asc" }],
    take: limit,
  });
  const hromadas = await db().municipality.findMany({
    where: { id: { in: rows.map((r) => r.ukrainianMunicipalityId) } },
    select: { id: true, slug: true, nameEn: true, nameUk: true, katottg: true, region: { select: { slug: true, nameEn: true, nameUk: true } } },
  });
  const byId = new Map(hromadas.map((h) => [h.id, h]));
  return rows.map((r) => ({ ...byId.get(r.ukrainianMunicipalityId)!, count: r._count._all, latest: r._max.createdAt }));
}
