import "server-only";
import { Prisma } from "@/server/db";
import { MATCH_TIER, type MatchTierName, TIERS_IN_TEST_ORDER } from "@/lib/search/tiers";
import type { SearchTerms } from "@/lib/search/query";
import {
  NAMES,
  PLACES,
  allWords,
  broadText,
  either,
  exact,
  loosely,
  similarity,
  startsWith,
  nameAndArea,
  textMatch,
  textRank,
  typoTolerant,
  wordStartsWith,
} from "./match";

// The SQL of the match tiers whose ranks and test order src/lib/search/tiers.ts tabulates.

type TierTest = {
  when: (t: SearchTerms) => Prisma.Sql;
  /** Holds only where the query's key or skeleton is somewhere in the names (see searchTier). */
  needsKeyInNames?: true;
};

/** The test of each tier; `allWords` has none: it is what remains of the rows the search found. */
const TESTS: Record<Exclude<MatchTierName, "allWords">, TierTest> = {
  exactName: { when: (t) => either(exact, NAMES, t), needsKeyInNames: true },
  namePrefix: { when: (t) => either(startsWith, NAMES, t), needsKeyInNames: true },
  nameWord: { when: (t) => either(wordStartsWith, NAMES, t), needsKeyInNames: true },
  nameAndArea: { when: nameAndArea },
  place: { when: (t) => either(wordStartsWith, PLACES, t) },
  text: { when: textMatch },
  similarName: { when: (t) => loosely(NAMES, t, typoTolerant(t)) },
  similarPlace: { when: (t) => loosely(PLACES, t, false) },
};

const tested = TIERS_IN_TEST_ORDER.flatMap(({ name, rank }) => (name === "allWords" ? [] : [{ name, rank, ...TESTS[name] }]));

/**
 * The text tier's test in searchTier for a broad keyword (match.ts, broadText), where testing it
 * reads each row's text (TOAST) once more than ts_rank does. The rows searchTier sees meet
 * searchCondition, whose tests are those of the tiers (the name tiers', nameWord's; place; text;
 * similarName; similarPlace; allWords). A row that reaches the text tier has met none of the
 * earlier ones, so it matched by its texts unless a later one holds: only then are its texts
 * tested. `NOT` of a later test that is NULL is NULL, which tests the texts too.
 */
function textTierTest(t: SearchTerms): Prisma.Sql {
  const later = tested.slice(tested.findIndex((x) => x.name === "text") + 1).map((x) => x.when(t));
  const words = allWords(t);
  if (words) later.push(Prisma.sql`(${words})`);
  return Prisma.sql`(NOT (${Prisma.join(later, " OR ")}) OR ${textMatch(t)})`;
}

/**
 * The match tier of a row (its rank in MATCH_TIER): the first tier, in test order, that holds.
 *
 * The name tiers each need the query's key or skeleton somewhere in the names. Most rows a search
 * finds have neither (every hromada of an oblast matches a name search by place; a keyword
 * matches texts): for them two substring tests replace the dozen LIKEs of the name tiers
 * (figures: README.md, "Measurements"). A broad keyword's text tier is tested as textTierTest
 * says (`readTextOnce`; false tests every tier as written, for the tests to compare).
 */
export function searchTier(t: SearchTerms, readTextOnce = broadText(t)): Prisma.Sql {
  const test = (x: (typeof tested)[number]) => (x.name === "text" && readTextOnce ? textTierTest(t) : x.when(t));
  const chain = (list: typeof tested) =>
    Prisma.sql`CASE ${Prisma.join(
      list.map((x) => Prisma.sql`WHEN ${test(x)} THEN ${x.rank}::int`),
      " ",
    )} ELSE ${MATCH_TIER.allWords}::int END`;
  const keyInNoName = Prisma.join(
    [...new Set([t.key, t.skeleton])].map((form) => Prisma.sql`strpos(${NAMES}, ${form}) = 0`),
    " AND ",
  );
  return Prisma.sql`CASE WHEN ${keyInNoName} THEN ${chain(tested.filter((x) => !x.needsKeyInNames))} ELSE ${chain(tested)} END`;
}

/**
 * The best tiers on their own, for a page of results that they fill (page-best-tiers.ts):
 * `names`, the rows of the three name tiers (a word of a name begins with the query: nameWord's
 * test holds for all three), with `nameTier`, their tier; `place`, the place tier's test, whose
 * rows a name tier has not taken. Both are tests of searchCondition, with the tiers searchTier gives.
 */
export function bestTiers(t: SearchTerms): { names: Prisma.Sql; nameTier: Prisma.Sql; place: Prisma.Sql } {
  const { exactName, namePrefix, nameWord } = MATCH_TIER;
  return {
    names: TESTS.nameWord.when(t),
    nameTier: Prisma.sql`CASE WHEN ${TESTS.exactName.when(t)} THEN ${exactName}::int WHEN ${TESTS.namePrefix.when(t)} THEN ${namePrefix}::int ELSE ${nameWord}::int END`,
    place: TESTS.place.when(t),
  };
}

/**
 * Within its tier (`tier`, computed by searchTier), how close a row is to the query: the
 * similarity of the names or places that matched, or the text rank.
 */
export function searchCloseness(t: SearchTerms, tier: Prisma.Sql): Prisma.Sql {
  const { exactName, namePrefix, nameWord, nameAndArea: nameArea, similarName, place, similarPlace, text } = MATCH_TIER;
  const rank = textRank(t);
  // A word of a place beginning with the query is as good a match for every row (all the
  // hromadas of an oblast): population orders them, and no similarity is computed for them.
  return Prisma.sql`CASE
    WHEN ${tier} IN (${exactName}::int, ${namePrefix}::int, ${nameWord}::int, ${similarName}::int) THEN ${similarity(NAMES, t)}
    WHEN ${tier} IN (${place}::int, ${nameArea}::int) THEN 1
    WHEN ${tier} = ${similarPlace}::int THEN ${similarity(PLACES, t)}
    WHEN ${tier} = ${text}::int THEN ${rank}
    ELSE 0 END`;
}
