import { COOPERATION_AREAS, type CooperationAreaSlug } from "@/lib/cooperation-areas";
import { COMPARABLE_SIZE_RATIO, MATCH_WEIGHTS, MAX_COUNTED_AREAS, type MatchWeights, RECENT_DAYS, SIMILAR_SIZE_RATIO } from "./weights";

/** What both sides share: areas, size and working languages. NEED rows may be absent: then nothing matches them. */
export type MatchSide = {
  needs: readonly CooperationAreaSlug[];
  offers: readonly CooperationAreaSlug[];
  population: number | null;
  languages: readonly string[];
};

/** What the scoring needs to know of the EU municipality. */
export type MatchEuSide = MatchSide & {
  /** The oblasts (region slugs) its Ukrainian community comes from, as its EU profile records them; often none. */
  communityRegions: readonly string[];
};

/** What it needs to know of a Ukrainian candidate. */
export type MatchCandidate = MatchSide & {
  regionSlug: string | null;
  hasActivePartner: boolean;
  profileConfirmedAt: Date | null;
};

export type SizeBand = "similar" | "comparable";

/** Each named part of a score, with the points it adds and what it found. */
export type MatchParts = {
  euOffersUaNeeds: { points: number; areas: CooperationAreaSlug[] };
  uaOffersEuNeeds: { points: number; areas: CooperationAreaSlug[] };
  size: { points: number; band: SizeBand | null };
  /** Points only for a language in common; none in common is a note beside the suggestion, never a reason for it. */
  language: { points: number; shared: string[] };
  communityOblast: { points: number; region: string | null };
  noPartnerYet: { points: number };
  recentlyConfirmed: { points: number };
};

export type MatchScore = { score: number; parts: MatchParts };

const areaOrder = (a: CooperationAreaSlug, b: CooperationAreaSlug) => COOPERATION_AREAS.indexOf(a) - COOPERATION_AREAS.indexOf(b);

function shared(wanted: readonly CooperationAreaSlug[], given: readonly CooperationAreaSlug[]): CooperationAreaSlug[] {
  return [...new Set(wanted.filter((a) => given.includes(a)))].sort(areaOrder);
}

/** How close two populations are, in whole-number ratios; unknown or zero populations have no band. */
export function sizeBand(a: number | null, b: number | null): SizeBand | null {
  if (a === null || b === null || a <= 0 || b <= 0) return null;
  const [small, large] = a < b ? [a, b] : [b, a];
  if (large <= SIMILAR_SIZE_RATIO * small) return "similar";
  if (large <= COMPARABLE_SIZE_RATIO * small) return "comparable";
  return null;
}

/** The earliest confirmation that still counts as recent at `now`. */
export function recentSince(now: Date): Date {
  return new Date(now.getTime() - RECENT_DAYS * 24 * 60 * 60 * 1000);
}

/**
 * The score of a Ukrainian candidate for an EU municipality: the sum of named parts. The SQL
 * ranking (src/server/matching) computes the same parts with the same weights; a test holds
 * them to agreeing.
 */
export function scoreMatch(eu: MatchEuSide, ua: MatchCandidate, now: Date, w: MatchWeights = MATCH_WEIGHTS): MatchScore {
  const euGives = shared(ua.needs, eu.offers);
  const uaGives = shared(ua.offers, eu.needs);
  const band = sizeBand(eu.population, ua.population);
  const languages = [...new Set(ua.languages.filter((l) => eu.languages.includes(l)))];
  const community = ua.regionSlug !== null && eu.communityRegions.includes(ua.regionSlug) ? ua.regionSlug : null;
  const recent = ua.profileConfirmedAt !== null && ua.profileConfirmedAt.getTime() >= recentSince(now).getTime();

  const parts: MatchParts = {
    euOffersUaNeeds: { points: Math.min(euGives.length, MAX_COUNTED_AREAS) * w.euOffersUaNeeds, areas: euGives },
    uaOffersEuNeeds: { points: Math.min(uaGives.length, MAX_COUNTED_AREAS) * w.uaOffersEuNeeds, areas: uaGives },
    size: { points: band === "similar" ? w.similarSize : band === "comparable" ? w.comparableSize : 0, band },
    language: { points: languages.length > 0 ? w.sharedLanguage : 0, shared: languages },
    communityOblast: { points: community ? w.communityOblast : 0, region: community },
    noPartnerYet: { points: ua.hasActivePartner ? 0 : w.noPartnerYet },
    recentlyConfirmed: { points: recent ? w.recentlyConfirmed : 0 },
  };
  const score = Object.values(parts).reduce((sum, part) => sum + part.points, 0);
  return { score, parts };
}

/** A candidate is suggested only when the two sides share at least one area, either way round. */
export function isSuggestion(score: MatchScore): boolean {
  return score.parts.euOffersUaNeeds.areas.length + score.parts.uaOffersEuNeeds.areas.length > 0;
}

/** The ranking's order: higher score first, then slug by code point (SQL: COLLATE "C"). */
export function compareSuggestions(a: { score: number; slug: string }, b: { score: number; slug: string }): number {
  if (a.score !== b.score) return b.score - a.score;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}
