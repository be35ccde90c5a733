import "server-only";
import { cache } from "react";
import { db } from "@/server/db";
import type { CooperationAreaSlug } from "@/lib/cooperation-areas";
import type { TextsByLanguage } from "@/lib/profile-languages";

/**
 * A published EU (or other non-Ukrainian) municipality's public profile, or null. What it can
 * offer and what it wants to learn are its area lines: OFFER, and NEED read as "wants to learn"
 * (an EU municipality needs no aid from the network; the same table keeps both directions, so the
 * catalogue's and the suggestions' readers need nothing new). The contact person is not selected.
 */
export const getEuProfile = cache(async function getEuProfile(slug: string) {
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return null;
  const m = await db().municipality.findFirst({
    where: { slug, country: { not: "UA" }, status: "PUBLISHED" },
    select: {
      id: true,
      slug: true,
      country: true,
      nameEn: true,
      nameUk: true,
      nameLocal: true,
      regionName: true,
      population: true,
      languages: true,
      website: true,
      descriptionEn: true,
      descriptionUk: true,
      translations: { select: { language: true, description: true } },
      machineTranslated: true,
      ukrainianCommunity: true,
      ukrainianCommunityRegions: true,
      areas: {
        select: {
          direction: true,
          detailEn: true,
          detailUk: true,
          area: { select: { slug: true } },
          translations: { select: { language: true, detail: true } },
        },
        orderBy: { area: { sortOrder: "asc" } },
      },
      euPartnerships: {
        where: { stage: { not: "ENDED" } },
        select: { id: true, since: true, stage: true, ukrainianMunicipality: { select: { slug: true, nameEn: true, nameUk: true, status: true } } },
        orderBy: { since: "asc" },
      },
    },
  });
  if (!m) return null;
  const line = (a: (typeof m.areas)[number]) => ({
    area: a.area.slug as CooperationAreaSlug,
    detail: { en: a.detailEn, uk: a.detailUk, ...Object.fromEntries(a.translations.map((t) => [t.language, t.detail])) } as TextsByLanguage,
  });
  const regions = m.ukrainianCommunityRegions.length
    ? await db().region.findMany({
        where: { slug: { in: m.ukrainianCommunityRegions } },
        select: { slug: true, nameEn: true, nameUk: true },
        orderBy: { nameEn: "asc" },
      })
    : [];
  const { translations, descriptionEn, descriptionUk, areas, euPartnerships, ukrainianCommunityRegions: _slugs, ...rest } = m;
  return {
    ...rest,
    description: { en: descriptionEn, uk: descriptionUk, ...Object.fromEntries(translations.map((t) => [t.language, t.description])) } as TextsByLanguage,
    offers: areas.filter((a) => a.direction === "OFFER").map(line),
    wantsToLearn: areas.filter((a) => a.direction === "NEED").map(line),
    ukrainianCommunityRegions: regions,
    partnerships: euPartnerships.map((p) => ({ id: p.id, since: p.since, stage: p.stage, partner: p.ukrainianMunicipality })),
  };
});

export type EuProfile = NonNullable<Awaited<ReturnType<typeof getEuProfile>>>;
