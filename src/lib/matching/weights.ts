/**
 * The weights of a partner suggestion's score. The pure scoring function and the SQL ranking
 * both read them from here (the SQL receives them as parameters), so the two cannot drift; the
 * suggestions page's "How the score is made" table shows them.
 *
 * How they are balanced: what the two municipalities can do for each other comes first — each
 * shared area is worth 10 (EU offers, hromada needs) or 6 (the other way round), up to five each
 * way, so areas can reach 80 of the 127 points. A common working language (10) and a similar
 * size (10; comparable 4) come next: they decide whether staff can work together without an
 * interpreter and on the same scale of problems. "No partner yet" (15) is worth a little more
 * than one shared area: among otherwise similar hromadas, one without a partner comes first, but
 * it no longer outweighs everything else (it once added 100 and every top suggestion sat between
 * 123 and 133, whatever the areas). An oblast the EU town's Ukrainian community comes from adds 8;
 * a profile confirmed recently 4.
 */
export const MATCH_WEIGHTS = {
  /** Per area the EU municipality offers and the Ukrainian one needs. */
  euOffersUaNeeds: 10,
  /** Per area the Ukrainian municipality offers and the EU one needs. */
  uaOffersEuNeeds: 6,
  /** Populations within SIMILAR_SIZE_RATIO of each other. */
  similarSize: 10,
  /** Populations within COMPARABLE_SIZE_RATIO of each other (and not similar). */
  comparableSize: 4,
  /** At least one working language in common. */
  sharedLanguage: 10,
  /** The Ukrainian profile was confirmed within RECENT_DAYS. */
  recentlyConfirmed: 4,
  /** The hromada is in an oblast the EU municipality's Ukrainian community comes from (its EU profile says which). */
  communityOblast: 8,
  /** No active partnership yet: a little more than one shared area, so it orders like candidates, never all of them. */
  noPartnerYet: 15,
} as const;

export type MatchWeights = { readonly [K in keyof typeof MATCH_WEIGHTS]: number };

/** Shared areas beyond this many (per direction) add nothing: five strong overlaps are plenty. */
export const MAX_COUNTED_AREAS = 5;

/** Size bands: the larger population divided by the smaller, at most (whole numbers keep SQL and JS exact). */
export const SIMILAR_SIZE_RATIO = 2;
export const COMPARABLE_SIZE_RATIO = 5;

export const RECENT_DAYS = 180;

/** Suggestions shown for one EU municipality. */
export const SUGGESTION_LIMIT = 20;

/** The highest score the shared areas can reach together. */
export function maxAreaScore(w: MatchWeights = MATCH_WEIGHTS): number {
  return MAX_COUNTED_AREAS * (w.euOffersUaNeeds + w.uaOffersEuNeeds);
}

/** The highest score all parts but "no partner yet" can reach together. */
export function maxScoreWithoutNoPartner(w: MatchWeights = MATCH_WEIGHTS): number {
  return maxAreaScore(w) + Math.max(w.similarSize, w.comparableSize) + w.sharedLanguage + w.communityOblast + w.recentlyConfirmed;
}
