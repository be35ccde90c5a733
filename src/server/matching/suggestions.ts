import "server-only";
import { cache } from "react";
import { db } from "@/server/db";
import type { Principal } from "@/server/auth/principal";
import { cachedForCurrentGeneration } from "@/server/generation-cache";
import type { CooperationAreaSlug } from "@/lib/cooperation-areas";
import type { MatchParts, SizeBand } from "@/lib/matching/score";
import { recentSince } from "@/lib/matching/score";
import { MATCH_WEIGHTS, type MatchWeights, SUGGESTION_LIMIT } from "@/lib/matching/weights";
import { isSteered, type MatchSteering, NO_STEERING } from "@/lib/matching/steering";
import { rankingQuery } from "./ranking-sql";

/** A published EU (or other partner-country) municipality, as the suggestions page shows it. */
export const getEuMunicipality = cache(async function getEuMunicipality(slug: string) {
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
      needsInterpretation: true,
      ukrainianCommunityRegions: true,
      areas: { select: { direction: true, area: { select: { slug: true } } }, orderBy: { area: { sortOrder: "asc" } } },
    },
  });
  if (!m) return null;
  const { areas, ukrainianCommunityRegions, ...rest } = m;
  const of = (direction: "NEED" | "OFFER") => areas.filter((a) => a.direction === direction).map((a) => a.area.slug as CooperationAreaSlug);
  return { ...rest, communityRegions: ukrainianCommunityRegions, needs: of("NEED"), offers: of("OFFER") };
});

export type EuMunicipality = NonNullable<Awaited<ReturnType<typeof getEuMunicipality>>>;

export type Suggestion = {
  slug: string;
  nameEn: string;
  nameUk: string | null;
  hromadaType: "URBAN" | "SETTLEMENT" | "RURAL" | null;
  population: number | null;
  needsInterpretation: boolean;
  profileConfirmedAt: Date | null;
  regionSlug: string | null;
  regionEn: string | null;
  regionUk: string | null;
  regionOccupied: boolean;
  score: number;
  parts: MatchParts;
};

type Row = Omit<Suggestion, "parts"> & {
  pEuOffers: number;
  pUaOffers: number;
  sizeBand: SizeBand | null;
  pSize: number;
  pLanguage: number;
  pCommunity: number;
  pNoPartner: number;
  pRecent: number;
  euGives: string[];
  uaGives: string[];
  sharedLanguages: string[];
};

/**
 * The suggestions page's: suggestPartners as of the start of `now`'s day (UTC), computed once per
 * EU municipality, day and generation (generation-cache.ts). Ranking scores every candidate that
 * shares an area (33,000 of 50,000 profiles for Sindelfingen in the bench data: 110 ms), and
 * every visitor looking at the same municipality is shown the same list. As of the start of the
 * day, "recently confirmed" reaches up to a day further back than RECENT_DAYS from the moment.
 */
export function suggestionsToday(euId: number, now: Date, steering: MatchSteering = NO_STEERING): Promise<Suggestion[]> {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  // Steered lists are many and rarely asked twice: computed each time (one query), not kept.
  if (isSteered(steering)) return suggestPartners(euId, today, { steering });
  return cachedForCurrentGeneration(`suggestions ${euId} ${today.toISOString()}`, () => suggestPartners(euId, today));
}

/**
 * Ukrainian municipalities to suggest to an EU municipality, best first, each with its score's
 * parts. One query; `now` decides what counts as recently confirmed.
 */
export async function suggestPartners(
  euId: number,
  now: Date,
  { weights = MATCH_WEIGHTS, limit = SUGGESTION_LIMIT, steering = NO_STEERING }: { weights?: MatchWeights; limit?: number; steering?: MatchSteering } = {},
): Promise<Suggestion[]> {
  const rows = await db().$queryRaw<Row[]>(rankingQuery(euId, recentSince(now), weights, limit, steering));
  return rows.map((r) => ({
    slug: r.slug,
    nameEn: r.nameEn,
    nameUk: r.nameUk,
    hromadaType: r.hromadaType,
    population: r.population,
    needsInterpretation: r.needsInterpretation,
    profileConfirmedAt: r.profileConfirmedAt,
    regionSlug: r.regionSlug,
    regionEn: r.regionEn,
    regionUk: r.regionUk,
    regionOccupied: r.regionOccupied,
    score: r.score,
    parts: {
      euOffersUaNeeds: { points: r.pEuOffers, areas: r.euGives as CooperationAreaSlug[] },
      uaOffersEuNeeds: { points: r.pUaOffers, areas: r.uaGives as CooperationAreaSlug[] },
      size: { points: r.pSize, band: r.sizeBand },
      language: { points: r.pLanguage, shared: r.sharedLanguages },
      communityOblast: { points: r.pCommunity, region: r.pCommunity > 0 ? r.regionSlug : null },
      noPartnerYet: { points: r.pNoPartner },
      recentlyConfirmed: { points: r.pRecent },
    },
  }));
}

/**
 * The published EU municipalities the person works for (approved EU staff memberships), for
 * preselecting the chooser: the usual visitor asks for their own.
 */
export async function ownEuMunicipalitySlugs(principal: Principal | null): Promise<string[]> {
  const ids = principal?.memberships.filter((m) => m.kind === "EU_STAFF").map((m) => m.municipalityId) ?? [];
  if (ids.length === 0) return [];
  const rows = await db().municipality.findMany({
    where: { id: { in: ids }, country: { not: "UA" }, status: "PUBLISHED" },
    select: { slug: true },
    orderBy: { nameEn: "asc" },
  });
  return rows.map((r) => r.slug);
}

/**
 * The EU municipalities one can ask suggestions for, for the page's chooser: listed once per
 * generation (generation-cache.ts), as finding them means reading past every Ukrainian profile.
 */
export function listEuMunicipalitiesForMatching() {
  return cachedForCurrentGeneration("eu municipalities", listEuMunicipalities);
}

function listEuMunicipalities() {
  return db().municipality.findMany({
    where: { country: { not: "UA" }, status: "PUBLISHED" },
    select: { slug: true, nameEn: true, nameUk: true, nameLocal: true, country: true },
    orderBy: [{ country: "asc" }, { nameEn: "asc" }],
  });
}
