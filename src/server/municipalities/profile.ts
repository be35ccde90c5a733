import "server-only";
import { cache } from "react";
import { db } from "@/server/db";
import type { CooperationAreaSlug } from "@/lib/cooperation-areas";
import type { TextsByLanguage } from "@/lib/profile-languages";

/**
 * A published Ukrainian municipality's public profile, or null (one query per request: the page
 * and its metadata share it). The contact person is private:
 * it is not selected here, so no page built on this can show it to anonymous visitors.
 */
export const getPublicProfile = cache(async function getPublicProfile(slug: string) {
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return null;
  const m = await db().municipality.findFirst({
    where: { slug, country: "UA", status: "PUBLISHED" },
    select: {
      id: true,
      slug: true,
      katottg: true,
      nameEn: true,
      nameUk: true,
      raionEn: true,
      raionUk: true,
      hromadaType: true,
      population: true,
      areaKm2: true,
      latitude: true,
      longitude: true,
      adminCentreEn: true,
      adminCentreUk: true,
      descriptionEn: true,
      descriptionUk: true,
      translations: { select: { language: true, description: true } },
      machineTranslated: true,
      languages: true,
      needsInterpretation: true,
      website: true,
      seeksPartners: true,
      profileConfirmedAt: true,
      region: { select: { slug: true, nameEn: true, nameUk: true, occupied: true } },
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
      ukrainianPartnerships: {
        where: { stage: { not: "ENDED" } },
        select: {
          id: true,
          since: true,
          stage: true,
          euMunicipality: { select: { nameEn: true, nameLocal: true, country: true, regionName: true, population: true } },
          areas: { select: { area: { select: { slug: true } } }, orderBy: { area: { sortOrder: "asc" } } },
        },
        orderBy: { since: "asc" },
      },
    },
  });
  if (!m) return null;
  const areaLine = (a: (typeof m.areas)[number]) => ({
    area: a.area.slug as CooperationAreaSlug,
    /** The detail in every language it is written in. */
    detail: { en: a.detailEn, uk: a.detailUk, ...Object.fromEntries(a.translations.map((t) => [t.language, t.detail])) } as TextsByLanguage,
  });
  const { translations, descriptionEn, descriptionUk, areas, ...rest } = m;
  return {
    ...rest,
    /** The description in every language it is written in. */
    description: { en: descriptionEn, uk: descriptionUk, ...Object.fromEntries(translations.map((t) => [t.language, t.description])) } as TextsByLanguage,
    areaKm2: m.areaKm2 === null ? null : Number(m.areaKm2),
    latitude: m.latitude === null ? null : Number(m.latitude),
    longitude: m.longitude === null ? null : Number(m.longitude),
    needs: areas.filter((a) => a.direction === "NEED").map(areaLine),
    offers: areas.filter((a) => a.direction === "OFFER").map(areaLine),
    partnerships: m.ukrainianPartnerships.map((p) => ({
      id: p.id,
      since: p.since,
      stage: p.stage,
      partner: p.euMunicipality,
      areas: p.areas.map((a) => a.area.slug as CooperationAreaSlug),
    })),
  };
});

export type PublicProfile = NonNullable<Awaited<ReturnType<typeof getPublicProfile>>>;

/**
 * A hromada of the register without a published profile: what the codifier says of it, its
 * partnerships, and its conflict status; never a draft's texts or its contact person.
 */
export const getRegisterEntry = cache(async function getRegisterEntry(slug: string) {
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return null;
  return db().municipality.findFirst({
    where: { slug, country: "UA", katottg: { not: null }, status: { not: "PUBLISHED" } },
    select: {
      id: true,
      slug: true,
      katottg: true,
      nameEn: true,
      nameUk: true,
      officialNameUk: true,
      raionEn: true,
      raionUk: true,
      hromadaType: true,
      leftRegisterAt: true,
      occupiedSince: true,
      frontlineSince: true,
      region: { select: { slug: true, nameEn: true, nameUk: true, occupied: true } },
      ukrainianPartnerships: {
        where: { stage: { not: "ENDED" } },
        select: { id: true, since: true, stage: true, euMunicipality: { select: { nameEn: true, nameLocal: true, country: true } } },
        orderBy: { since: "asc" },
      },
    },
  });
});

export type RegisterEntryPage = NonNullable<Awaited<ReturnType<typeof getRegisterEntry>>>;
