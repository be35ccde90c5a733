/**
 * The weights of a partner suggestion's score. The pure scoring function and the SQL ranking
 * both read them from here (the SQL receives them as parameters), so the two cannot drift.
 */
export const MATCH_WEIGHTS = {
  /** Per area the EU municipality offers and the Ukrainian one needs. */
  euOffersUaNeeds: 10,
  /** Per area the Ukrainian municipality offers and the EU one needs. */
  uaOffersEuNeeds: 6,
  /** Populations within SIMILAR_SIZE_RATIO of each other. */
  similarSize: 8,
  /** Populations within COMPARABLE_SIZE_RATIO of each other (and not similar). */
  comparableSize: 3,
  /** At least one working language in common. */
  sharedLanguage: 6,
  /** The Ukrainian profile was confirmed within RECENT_DAYS. */
  recentlyConfirmed: 4,
  /**
   * No active partnership yet. The network's first aim is a partner for every hromada, so this
   * outweighs every other part together: hromadas without a partner always come first.
   */
  noPartnerYet: 100,
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

/** The highest score all parts but "no partner yet" can reach together. */
export function maxScoreWithoutNoPartner(w: MatchWeights = MATCH_WEIGHTS): number {
  return (
    MAX_COUNTED_AREAS * (w.euOffersUaNeeds + w.uaOffersEuNeeds) +
    Math.max(w.similarSize, w.comparableSize) +
    w.sharedLanguage +
    w.recentlyConfirmed
  );
}
