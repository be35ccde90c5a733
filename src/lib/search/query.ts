import { searchKey, skeleton } from "./keys";

/** Words of a query that count separately: enough for any real name, few enough to bound the SQL. */
export const MAX_QUERY_WORDS = 6;

export type SearchWord = { key: string; skeleton: string };

export type SearchTerms = {
  /** The query as typed (normalised by the catalogue's parser). */
  text: string;
  /** The whole query as a search key, e.g. "bila tserkva". */
  key: string;
  skeleton: string;
  words: SearchWord[];
  /**
   * The query without words that name a kind of place ("Kyiv oblast" → "kyiv"), for the loose
   * matches: in them "oblast" would make every oblast similar to every other.
   */
  core: SearchWord;
  coreWords: SearchWord[];
  /**
   * A `simple` tsquery matching every word as a prefix ("bila:* & tserkva:*"), or null when no
   * word is long enough to search texts for. Built from [a-z0-9] words only, so no user text
   * reaches the tsquery syntax.
   */
  tsquery: string | null;
};

/** Words that say what kind of place is meant, in English and romanised Ukrainian. */
const GENERIC_WORDS = new Set([
  "oblast", "oblasti", "region", "raion", "rayon", "district", "province", "hromada", "hromady", "gromada",
  "city", "town", "village", "municipality", "misto", "selo", "selyshche", "miska", "silska", "selyshchna",
  "terytorialna", "community",
]);

/** Shorter words are looked for at the start of names only: in texts they would match nearly everything. */
export const MIN_TEXT_WORD = 2;

/**
 * The forms a search text is compared in, or null when it has no letter or digit to search
 * for (only punctuation, symbols or emoji): such a search finds nothing.
 */
export function searchTerms(text: string): SearchTerms | null {
  const key = searchKey(text);
  if (key === "") return null;
  const words = [...new Set(key.split(" "))].slice(0, MAX_QUERY_WORDS).map((w) => ({ key: w, skeleton: skeleton(w) }));
  const specific = words.filter((w) => !GENERIC_WORDS.has(w.key));
  const coreWords = specific.length > 0 ? specific : words;
  const coreKey = coreWords.map((w) => w.key).join(" ");
  const textWords = coreWords.filter((w) => w.key.length >= MIN_TEXT_WORD);
  return {
    text,
    key,
    skeleton: skeleton(key),
    words,
    core: { key: coreKey, skeleton: skeleton(coreKey) },
    coreWords,
    tsquery: textWords.length > 0 ? textWords.map((w) => `${w.key}:*`).join(" & ") : null,
  };
}
