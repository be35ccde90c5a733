import "server-only";
import { Prisma } from "@/server/db";
import { MIN_TEXT_WORD, type SearchTerms, type SearchWord, type TextWord } from "@/lib/search/query";
import { TEXT_SEARCH_STEMMERS } from "@/lib/search/document";
import { skeleton } from "@/lib/search/keys";
import { hiddenFromPlanner } from "./planner";

// Whether and how closely a municipality matches a search: the tests that the match tiers
// (match-tiers.ts), the catalogue's filter and other modules' look-ups by name are made of.
// The search's SQL, over the columns refreshSearchIndex writes (search-index.ts). Every value is
// a parameter; search keys hold only a-z, 0-9 and spaces, so they carry no LIKE wildcard either.
// `%>` (pg_trgm word similarity, threshold 0.6) and LIKE '%…%' use the trigram GIN indexes;
// `@@` uses the text-search GIN index.

export const NAMES = Prisma.sql`m.search_names`;
export const PLACES = Prisma.sql`m.search_places`;
export const BODY = Prisma.sql`m.search_body`;
const FALSE = Prisma.sql`FALSE`;

/** Queries shorter than this match only at the start of a word: inside words they match nearly anything. */
const MIN_INFIX = 4;
/** Trigram similarity means little below three letters. */
const MIN_SIMILAR = 3;

export type Form = Pick<SearchWord, "key" | "skeleton">;
export type Match = (column: Prisma.Sql, text: string) => Prisma.Sql;

/** A key of the column is `text`. */
export const exact: Match = (column, text) => Prisma.sql`${column} LIKE ${`%|${text}|%`}`;
/** A key begins with `text`. */
export const startsWith: Match = (column, text) => Prisma.sql`${column} LIKE ${`%|${text}%`}`;
/** A word of a key begins with `text`. */
export const wordStartsWith: Match = (column, text) => Prisma.sql`(${startsWith(column, text)} OR ${column} LIKE ${`% ${text}%`})`;
const contains: Match = (column, text) => Prisma.sql`${column} LIKE ${`%${text}%`}`;
/** A key is `text`, or begins with it as a whole word. */
const startsWithWord: Match = (column, text) => Prisma.sql`(${exact(column, text)} OR ${column} LIKE ${`%|${text} %`})`;
/** A word of a key is `text`, whole. */
const wordIs: Match = (column, text) => Prisma.sql`(${startsWithWord(column, text)} OR ${column} LIKE ${`% ${text} %`} OR ${column} LIKE ${`% ${text}|%`})`;

/** Skeletons shorter than this match whole words only, never as the beginning of one. */
const MIN_SKELETON_PREFIX = 4;
/** The whole-word form of each beginning test, for short skeletons. */
const WHOLE_WORD = new Map<Match, Match>([
  [startsWith, startsWithWord],
  [wordStartsWith, wordIs],
]);

/**
 * `match` of the query's key or its skeleton. A skeleton much shorter than the key ("zzzzzz"
 * folds to "z") would match at the start of nearly every word: it is left out then. A short one
 * is matched as a whole word: as a beginning, "kiv" (Kyiv, Kyjiw, Kiyv) put Kivertsi and
 * Kivsharivka ahead of the hromadas of Kyiv oblast, whose place keys hold the word "kiv".
 */
export function either(match: Match, column: Prisma.Sql, f: Form): Prisma.Sql {
  if (f.skeleton === f.key || f.skeleton.length < MIN_SIMILAR) return match(column, f.key);
  const forSkeleton = f.skeleton.length < MIN_SKELETON_PREFIX ? (WHOLE_WORD.get(match) ?? match) : match;
  return Prisma.sql`(${match(column, f.key)} OR ${forSkeleton(column, f.skeleton)})`;
}

/**
 * Part of a word, or (with `similar`) a typo or two away (word similarity ≥ 0.6), for queries
 * long enough for it. Similarity is the costly test: it is used on names, not on the long
 * place keys, where curated aliases and prefixes do the work.
 */
export function loosely(column: Prisma.Sql, t: SearchTerms, similar: boolean): Prisma.Sql {
  const { core } = t;
  const parts: Prisma.Sql[] = [];
  // The skeleton alone: the column holds every name's skeleton too. Written `column %> query`
  // (the same test as `query <% column`) because that is the form the index scan uses: the
  // planner then finds the whole condition, as written, among what the index recheck tests, and
  // does not test it a second time on every row. (It does not try to prove the two forms the
  // same, because the operator reads a setting.)
  if (similar && core.key.length >= MIN_SIMILAR) parts.push(Prisma.sql`${column} %> ${core.skeleton}`);
  // Inside words, only the key as typed: skeletons are short and meet by chance (Kiev in Yenakiieve).
  if (core.key.length >= MIN_INFIX) parts.push(contains(column, core.key));
  return parts.length > 0 ? Prisma.sql`(${Prisma.join(parts, " OR ")})` : FALSE;
}

/**
 * One word of a query in the texts: as the beginning of a word (which forgives the endings of
 * Polish and Ukrainian words, which Postgres has no stemmer for), as a word form of each
 * language Postgres stems (the index holds each text stemmed in its own language, and the query's
 * language is not known: "Schulen" → german "schul" meets "Schule"), or as the area it names.
 * The configurations are constants and the word a parameter, so Postgres computes the query once.
 */
function wordQuery(w: TextWord): Prisma.Sql {
  return Prisma.sql`(${wordAsWritten(w)} || ${wordStemmed(w)})`;
}

/** The word as the beginning of a word, or the area it names. */
const wordAsWritten = (w: TextWord) => Prisma.sql`to_tsquery('simple', ${[`${w.key}:*`, ...w.areaTokens].join(" | ")})`;

/** The word's forms in each stemmed language. */
const wordStemmed = (w: TextWord) =>
  Prisma.sql`(${Prisma.join(
    TEXT_SEARCH_STEMMERS.map((config) => Prisma.sql`to_tsquery(${Prisma.raw(`'${config}'`)}::regconfig, ${w.key})`),
    " || ",
  )})`;

/**
 * The word for ranking, in one tsquery: as written, and its stems with the word itself (where a
 * stemmer leaves it as it is) turned into the prefix it already is, so that the two do not meet.
 */
const wordRanked = (w: TextWord) =>
  Prisma.sql`(${wordAsWritten(w)} || ts_rewrite(${wordStemmed(w)}, to_tsquery('simple', ${w.key}), to_tsquery('simple', ${`${w.key}:*`})))`;

/** Every word of the query in the texts (a tsquery), or null when no word is long enough. */
export function textQuery(t: SearchTerms): Prisma.Sql | null {
  return t.textWords.length > 0 ? Prisma.sql`(${Prisma.join(t.textWords.map(wordQuery), " && ")})` : null;
}

/**
 * How well the texts match (ts_rank): the words as written (and the areas they name) and their
 * stemmed forms, in one query, so each matching profile's text is read once (at 50,000 profiles a
 * second ts_rank cost "school" ~15 %: src/server/catalogue/README.md). Where a stemmer leaves a
 * word as it is ("waterzuivering"), the stem would meet the prefix item and ts_rank would count it
 * as the whole word only, so a text where it begins a longer word ("waterzuiveringsinstallaties")
 * would rank no higher than one that only needs water: `wordRanked` turns that stem into the prefix.
 */
export function textRank(t: SearchTerms): Prisma.Sql {
  if (t.textWords.length === 0) return Prisma.sql`0`;
  const all = (part: (w: TextWord) => Prisma.Sql) => Prisma.sql`(${Prisma.join(t.textWords.map(part), " && ")})`;
  return Prisma.sql`ts_rank(${BODY}, ${all(wordRanked)})`;
}

/**
 * Whether a name a typo or two away from the query counts. Not for a query that names a
 * cooperation area ("school", "Schulen"): it is a keyword, and as a name it would be "similar" to
 * short skeletons ("school" folds to "sol": Solotvyno) ranked above every profile that needs
 * schools. Names that begin with such a query are still found (Enerhodar for "енерг…").
 */
export const typoTolerant = (t: SearchTerms) => t.areas.length === 0;

/**
 * A query naming a cooperation area and a municipality ("Wasserversorgung Charkiw", "santé
 * Vinnytsia"): the words that name an area are in its texts or areas, and every other word
 * begins a word of its names. False for a query that does not mix the two.
 */
export function nameAndArea(t: SearchTerms): Prisma.Sql {
  const inArea = t.textWords.filter((w) => w.areaTokens.length > 0);
  const named = t.coreWords.filter((w) => !inArea.some((a) => a.key === w.key));
  if (inArea.length === 0 || named.length === 0) return FALSE;
  return Prisma.sql`(${Prisma.join(
    named.map((w) => either(wordStartsWith, NAMES, w)),
    " AND ",
  )} AND ${BODY} @@ (${Prisma.join(inArea.map(wordQuery), " && ")}))`;
}

export const textMatch = (t: SearchTerms) => {
  const query = textQuery(t);
  return query ? Prisma.sql`${BODY} @@ ${query}` : FALSE;
};

/**
 * Whether the query's text matches are broad: every word of it names a cooperation area, so the
 * text query matches at least every profile that needs or offers that area ("school": 26,000 of
 * 50,000 profiles at scale). Such a query is read from the text index (`searchCondition`) and
 * its text tier is not tested on each row (match-tiers.ts, searchTier).
 */
export const broadText = (t: SearchTerms) => t.textWords.length > 0 && t.textWords.every((w) => w.areaTokens.length > 0);

/**
 * The text test of `searchCondition`: the same test, its query `hiddenFromPlanner` for a broad
 * keyword. Seen, the query of "school" was estimated to match 45,000 of 50,000 rows (26,000 in
 * truth), and the planner tested it in a sequential scan, reading the text (a tsvector of about
 * 2.5 KB kept out of line, TOAST) of every row; hidden, it is estimated at a few hundred rows and
 * the condition gets its BitmapOr of the three indexes, whose text index names the matching rows
 * without reading a text (figures: README.md, "Measurements").
 */
function textCondition(t: SearchTerms): Prisma.Sql {
  const query = textQuery(t);
  if (!query) return FALSE;
  return broadText(t) ? Prisma.sql`${BODY} @@ ${hiddenFromPlanner(query)}` : Prisma.sql`${BODY} @@ ${query}`;
}

/**
 * A query of several words, each somewhere: at the start of a word of a name or place, or in the
 * texts. At least one must be in a name or place: every word in the texts is the text match
 * (the tsquery holds them all), and testing that first spares a fetch of the texts for each
 * row that has none of the words in a name or place (most rows, for a keyword search).
 */
export function allWords(t: SearchTerms): Prisma.Sql | null {
  if (t.words.length < 2) return null;
  const inNameOrPlace = t.coreWords.map((w) => Prisma.sql`${either(wordStartsWith, NAMES, w)} OR ${either(wordStartsWith, PLACES, w)}`);
  const each = t.coreWords.map((w, i) => {
    const text = t.textWords.find((x) => x.key === w.key);
    const inText = text && w.key.length >= MIN_TEXT_WORD ? Prisma.sql`OR ${BODY} @@ ${wordQuery(text)}` : Prisma.empty;
    return Prisma.sql`(${inNameOrPlace[i]!} ${inText})`;
  });
  return Prisma.sql`(${Prisma.join(inNameOrPlace, " OR ")}) AND ${Prisma.join(each, " AND ")}`;
}

/** Whether a municipality matches the search at all. */
export function searchCondition(t: SearchTerms): Prisma.Sql {
  const alternatives = [either(wordStartsWith, NAMES, t), either(wordStartsWith, PLACES, t), textCondition(t)];
  const words = allWords(t);
  if (words) alternatives.push(Prisma.sql`(${words})`);
  alternatives.push(loosely(NAMES, t, typoTolerant(t)), loosely(PLACES, t, false));
  // Cheap tests first: Postgres rechecks each row the indexes found, and OR stops at the first
  // test that holds. LIKE on the short name and place keys is cheapest; the text is a tsvector of
  // about 2 KB kept out of line (TOAST), fetched and decompressed for every row it is tested on;
  // the similarity is the costliest. A name search matches mostly by place (every hromada of
  // the oblast), so places are tested before the text (figures: README.md, "Measurements").
  return Prisma.sql`(${Prisma.join(alternatives, " OR ")})`;
}

/**
 * Whether a name of the municipality matches: a word of it begins with the query, or contains
 * it, or is a typo or two away. For finding a municipality by name, of any country or status.
 */
export function nameCondition(t: SearchTerms): Prisma.Sql {
  return Prisma.sql`(${either(wordStartsWith, NAMES, t)} OR ${loosely(NAMES, t, true)})`;
}

/**
 * Whether a name of the municipality, in one of its spellings, is the query as a whole (without
 * words such as "hromada"): for matching a name from a file, where a prefix or a typo must not
 * count as the same municipality.
 */
export function nameIsCondition(t: SearchTerms): Prisma.Sql {
  // A hromada without a town in its name is stored as "Dmytrivska hromada": "Дмитрівська" and
  // "Дмитрівська територіальна громада" are that name too.
  const hromada = `${t.core.key} hromada`;
  const forms = [t, t.core, { key: hromada, skeleton: skeleton(hromada) }];
  return Prisma.sql`(${Prisma.join(
    forms.map((f) => either(exact, NAMES, f)),
    " OR ",
  )})`;
}

/** How close a name of the municipality is to the query (word similarity, 0 to 1). */
export function nameCloseness(t: SearchTerms): Prisma.Sql {
  return similarity(NAMES, t);
}

/** The best word similarity of the query (and of its core, when that differs) to a column. */
export function similarity(column: Prisma.Sql, t: SearchTerms): Prisma.Sql {
  const forms = [...new Set([t.key, t.skeleton, t.core.key, t.core.skeleton])];
  return Prisma.sql`greatest(${Prisma.join(
    forms.map((f) => Prisma.sql`word_similarity(${f}, ${column})`),
    ", ",
  )})`;
}
