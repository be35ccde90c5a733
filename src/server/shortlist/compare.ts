import "server-only";
import { db } from "@/server/db";
import { authorize, type Principal } from "@/server/auth/principal";
import type { CooperationAreaSlug } from "@/lib/cooperation-areas";

/** Side by side, at most this many: more columns do not fit a page, nor a reader's attention. */
export const COMPARE_LIMIT = 4;

export type ComparedHromada = {
  slug: string;
  nameEn: string;
  nameUk: string | null;
  regionSlug: string | null;
  regionEn: string | null;
  regionUk: string | null;
  hromadaType: "URBAN" | "SETTLEMENT" | "RURAL" | null;
  population: number | null;
  areaKm2: number | null;
  languages: string[];
  needsInterpretation: boolean;
  seeksPartners: boolean;
  profileConfirmedAt: Date | null;
  needs: CooperationAreaSlug[];
  offers: CooperationAreaSlug[];
  partners: { slug: string; nameEn: string; nameLocal: string | null; country: string; since: Date }[];
};

/**
 * The hromadas of `slugs` that are on the person's shortlist (in the order given, at most
 * COMPARE_LIMIT, the rest ignored and counted), with what the comparison shows: public profile
 * facts only. A slug not on their shortlist is left out, as an unknown one is.
 */
export async function compareShortlisted(principal: Principal | null, slugs: readonly string[]): Promise<{ hromadas: ComparedHromada[]; leftOut: number }> {
  const me = await authorize(principal, "shortlist.keepOwn", principal ? { type: "user", id: principal.userId } : undefined);
  const wanted = [...new Set(slugs)].filter((s) => /^[a-z0-9-]{1,120}$/.test(s));
  const rows = await db().municipality.findMany({
    where: { slug: { in: wanted }, country: "UA", status: "PUBLISHED", shortlistedBy: { some: { userId: me.userId } } },
    select: {
      slug: true,
      nameEn: true,
      nameUk: true,
      hromadaType: true,
      population: true,
      areaKm2: true,
      languages: true,
      needsInterpretation: true,
      seeksPartners: true,
      profileConfirmedAt: true,
      region: { select: { slug: true, nameEn: true, nameUk: true } },
      areas: { select: { direction: true, area: { select: { slug: true, sortOrder: true } } } },
      ukrainianPartnerships: {
        select: { since: true, euMunicipality: { select: { slug: true, nameEn: true, nameLocal: true, country: true } } },
        orderBy: { since: "asc" },
      },
    },
  });
  const found = wanted.map((slug) => rows.find((r) => r.slug === slug)).filter((r) => r !== undefined);
  const shown = found.slice(0, COMPARE_LIMIT);
  const areas = (r: (typeof rows)[number], direction: "NEED" | "OFFER") =>
    r.areas
      .filter((a) => a.direction === direction)
      .sort((a, b) => a.area.sortOrder - b.area.sortOrder)
      .map((a) => a.area.slug as CooperationAreaSlug);
  return {
    leftOut: found.length - shown.length,
    hromadas: shown.map((r) => ({
      slug: r.slug,
      nameEn: r.nameEn,
      nameUk: r.nameUk,
      regionSlug: r.region?.slug ?? null,
      regionEn: r.region?.nameEn ?? null,
      regionUk: r.region?.nameUk ?? null,
      hromadaType: r.hromadaType,
      population: r.population,
      areaKm2: r.areaKm2 === null ? null : Number(r.areaKm2),
      languages: r.languages,
      needsInterpretation: r.needsInterpretation,
      seeksPartners: r.seeksPartners,
      profileConfirmedAt: r.profileConfirmedAt,
      needs: areas(r, "NEED"),
      offers: areas(r, "OFFER"),
      partners: r.ukrainianPartnerships.map((p) => ({ ...p.euMunicipality, since: p.since })),
    })),
  };
}
