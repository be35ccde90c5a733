import "server-only";
import { db } from "@/server/db";
import type { Principal } from "@/server/auth/principal";
import type { Stage } from "@/lib/partnership-stages";

/**
 * The partnerships of the municipalities the person acts for (approved memberships), ended ones
 * last, for the account page. Everything listed is public in the registry already.
 */
export async function listMyPartnerships(principal: Principal | null) {
  const ids = principal?.memberships.map((m) => m.municipalityId) ?? [];
  if (ids.length === 0) return [];
  const rows = await db().partnership.findMany({
    where: { OR: [{ ukrainianMunicipalityId: { in: ids } }, { euMunicipalityId: { in: ids } }] },
    select: {
      id: true,
      since: true,
      stage: true,
      ukrainianMunicipality: { select: { nameEn: true, nameUk: true } },
      euMunicipality: { select: { nameEn: true, nameLocal: true, country: true } },
    },
    orderBy: [{ since: "desc" }, { id: "asc" }],
    take: 100,
  });
  const list = rows.map((p) => ({
    id: p.id,
    since: p.since,
    stage: p.stage as Stage,
    ukrainian: p.ukrainianMunicipality,
    eu: { name: p.euMunicipality.nameLocal ?? p.euMunicipality.nameEn, country: p.euMunicipality.country },
  }));
  return [...list.filter((p) => p.stage !== "ENDED"), ...list.filter((p) => p.stage === "ENDED")];
}

export type MyPartnership = Awaited<ReturnType<typeof listMyPartnerships>>[number];
