import "server-only";
import { Prisma } from "@/server/db";
import { MATCH_TIER } from "@/lib/search/explain";
import { MIN_TEXT_WORD, type SearchTerms, type SearchWord } from "@/lib/search/query";

// The search's SQL, over the columns refreshSearchIndex writes (search-index.ts). Every value is
// a parameter; search keys hold only a-z, 0-9 and spaces, so they carry no LIKE wildcard either.
// `<%` (pg_trgm word similarity, threshold 0.6) and LIKE '%…%' use the trigram GIN indexes;
// `@@` uses the text-search GIN index.

const NAMES = Prisma.sql`m.search_names`;
const PLACES = Prisma.sql`m.search_places`;
const BODY = Prisma.sql`m.search_body`;
const FALSE = Prisma.sql`FALSE`;

/** Queries shorter than this match only at the start of a word: inside words they match nearly anything. */
const MIN_INFIX = 4;
/** Trigram similarity means little below three letters. */
const MIN_SIMILAR = 3;

type Form = Pick<SearchWord, "key" | "skeleton">;
type Match = (column: Prisma.Sql, text: string) => Prisma.Sql;

/** A key of the column is `text`. */
const exact: Match = (column, text) => Prisma.sql`${column} LIKE ${`%|${text}|%`}`;
/** A key begins with `text`. */
const startsWith: Match = (column, text) => Prisma.sql`${column} LIKE ${`%|${text}%`}`;
/** A word of a key begins with `text`. */
const wordStartsWith: Match = (column, text) => Prisma.sql`(${startsWith(column, text)} OR ${column} LIKE ${`% ${text}%`})`;
const contains: Match = (column, text) => Prisma.sql`${column} LIKE ${`%${text}%`}`;

/** `match` of the query's key or its skeleton. */
const either = (match: Match, column: Prisma.Sql, f: Form) => Prisma.sql`(${match(column, f.key)} OR ${match(column, f.skeleton)})`;

/** Part of a word, or a typo or two away (word similarity ≥ 0.6), for queries long enough for it. */
function loosely(column: Prisma.Sql, t: SearchTerms): Prisma.Sql {
  const { core } = t;
  const parts: Prisma.Sql[] = [];
  if (core.key.length >= MIN_SIMILAR) parts.push(Prisma.sql`${core.key} <% ${column}`, Prisma.sql`${core.skeleton} <% ${column}`);
  if (core.key.length >= MIN_INFIX) parts.push(either(contains, column, core));
  return parts.length > 0 ? Prisma.sql`(${Prisma.join(parts, " OR ")})` : FALSE;
}

const textMatch = (t: SearchTerms) => (t.tsquery ? Prisma.sql`${BODY} @@ to_tsquery('simple', ${t.tsquery})` : FALSE);

/** A query of several words, each somewhere: at the start of a word of a name or place, or in the texts. */
function allWords(t: SearchTerms): Prisma.Sql | null {
  if (t.words.length < 2) return null;
  return Prisma.join(
    t.coreWords.map((w) => {
      const inText = w.key.length >= MIN_TEXT_WORD ? Prisma.sql`OR ${BODY} @@ to_tsquery('simple', ${`${w.key}:*`})` : Prisma.empty;
      return Prisma.sql`(${either(wordStartsWith, NAMES, w)} OR ${either(wordStartsWith, PLACES, w)} ${inText})`;
    }),
    " AND ",
  );
}

/** Whether a municipality matches the search at all. */
export function searchCondition(t: SearchTerms): Prisma.Sql {
  const alternatives = [
    either(wordStartsWith, NAMES, t),
    either(wordStartsWith, PLACES, t),
    loosely(NAMES, t),
    loosely(PLACES, t),
    textMatch(t),
  ];
  const words = allWords(t);
  if (words) alternatives.push(Prisma.sql`(${words})`);
  return Prisma.sql`(${Prisma.join(alternatives, " OR ")})`;
}

const similarity = (column: Prisma.Sql, t: SearchTerms) =>
  Prisma.sql`greatest(word_similarity(${t.key}, ${column}), word_similarity(${t.skeleton}, ${column}),
    word_similarity(${t.core.key}, ${column}), word_similarity(${t.core.skeleton}, ${column}))`;

/** The tiers of MATCH_TIER, best first: when each applies, and what orders results within it. */
function tiers(t: SearchTerms): { tier: number; when: Prisma.Sql; closeness: Prisma.Sql }[] {
  const names = similarity(NAMES, t);
  const places = similarity(PLACES, t);
  return [
    { tier: MATCH_TIER.exactName, when: either(exact, NAMES, t), closeness: names },
    { tier: MATCH_TIER.namePrefix, when: either(startsWith, NAMES, t), closeness: names },
    { tier: MATCH_TIER.nameWord, when: either(wordStartsWith, NAMES, t), closeness: names },
    { tier: MATCH_TIER.place, when: either(wordStartsWith, PLACES, t), closeness: places },
    { tier: MATCH_TIER.similarName, when: loosely(NAMES, t), closeness: names },
    { tier: MATCH_TIER.similarPlace, when: loosely(PLACES, t), closeness: places },
    {
      tier: MATCH_TIER.text,
      when: textMatch(t),
      closeness: t.tsquery ? Prisma.sql`ts_rank(${BODY}, to_tsquery('simple', ${t.tsquery}))` : Prisma.sql`0`,
    },
  ];
}

/** The match tier of a row (MATCH_TIER): the first that applies; all words somewhere, else. */
export function searchTier(t: SearchTerms): Prisma.Sql {
  const cases = tiers(t).map(({ tier, when }) => Prisma.sql`WHEN ${when} THEN ${tier}::int`);
  return Prisma.sql`CASE ${Prisma.join(cases, " ")} ELSE ${MATCH_TIER.allWords}::int END`;
}

/** Within its tier, how close a row is to the query: similarity of the names, places or text that matched. */
export function searchCloseness(t: SearchTerms): Prisma.Sql {
  const cases = tiers(t).map(({ when, closeness }) => Prisma.sql`WHEN ${when} THEN ${closeness}`);
  return Prisma.sql`CASE ${Prisma.join(cases, " ")} ELSE 0 END`;
}
