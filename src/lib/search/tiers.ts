// The match tiers of a catalogue search, in one table. Two orders matter and they differ:
// - `rank`: how results are listed, best first (the page query sorts by it; explain.ts reads it);
// - `test`: the order the SQL tests the tiers in, a row taking the first that holds
//   (src/server/catalogue/match-tiers.ts). A row whose texts contain the query is a text match
//   even when a name is also similar: similarity is the costly test, meant for queries that match
//   nothing as written (a typo), which a text would not contain either. So `text` is tested before
//   the two similarity tiers but ranked after them.

export type MatchTierName = "exactName" | "namePrefix" | "nameWord" | "nameAndArea" | "place" | "similarName" | "similarPlace" | "text" | "allWords";

export type MatchTierRow = {
  name: MatchTierName;
  /** The listing order, best first: the value the SQL computes as `tier`. */
  rank: number;
  /** The order of the tests; the last is what remains (no test of its own). */
  test: number;
  /** What it means, for a reader of the code and of src/server/catalogue/README.md. */
  means: string;
};

export const MATCH_TIERS: readonly MatchTierRow[] = [
  { name: "exactName", rank: 0, test: 1, means: "a name, in one of its spellings, is the query" },
  { name: "namePrefix", rank: 1, test: 2, means: "a name begins with the query" },
  { name: "nameWord", rank: 2, test: 3, means: "a word of a name begins with the query" },
  {
    name: "nameAndArea",
    rank: 3,
    test: 4,
    means:
      "the words that name a cooperation area are the municipality's areas (or in its texts), and the others begin words of a name (“Wasserversorgung Charkiw”)",
  },
  { name: "place", rank: 4, test: 5, means: "a word of the administrative centre, raion or oblast begins with the query" },
  { name: "similarName", rank: 5, test: 7, means: "part of a name, or a name a typo or two away" },
  { name: "similarPlace", rank: 6, test: 8, means: "part of a place's name" },
  { name: "text", rank: 7, test: 6, means: "the texts (descriptions, needs and offers, in every language) or the areas hold every word of the query" },
  { name: "allWords", rank: 8, test: 9, means: "each word of the query somewhere (what remains)" },
];

/** Each tier's rank by name: `MATCH_TIER.place` is 4. */
export const MATCH_TIER = Object.fromEntries(MATCH_TIERS.map((t) => [t.name, t.rank])) as Record<MatchTierName, number>;

/** The tiers in the order the SQL tests them. */
export const TIERS_IN_TEST_ORDER: readonly MatchTierRow[] = [...MATCH_TIERS].sort((a, b) => a.test - b.test);
