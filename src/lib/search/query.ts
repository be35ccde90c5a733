import type { CooperationAreaSlug } from "../cooperation-areas";
import { areaToken, areaVocabulary, areasNamedBy } from "./area-vocabulary";
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
   * The words looked for in the texts, each as a prefix and in every stemmed language, and each
   * with the area words of the areas it names ("vattenförsörjning" → coopneedwater,
   * coopofferwater); empty when no word is long enough. [a-z0-9] only, so no user text reaches
   * the tsquery syntax (src/server/catalogue/match.ts builds the query).
   */
  textWords: TextWord[];
  /** The cooperation areas the query names, in any of the nine languages (area-vocabulary.ts). */
  areas: CooperationAreaSlug[];
};

export type TextWord = { key: string; areaTokens: string[] };

/** Words that say what kind of place is meant, in English and romanised Ukrainian. */
const GENERIC_WORDS = new Set([
  "oblast",
  "oblasti",
  "region",
  "raion",
  "rayon",
  "district",
  "province",
  "hromada",
  "hromady",
  "gromada",
  "city",
  "town",
  "village",
  "municipality",
  "misto",
  "selo",
  "selyshche",
  "miska",
  "silska",
  "selyshchna",
  "terytorialna",
  "community",
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
  const named = areasNamedBy(text, areaVocabulary());
  // A query naming a cooperation area is a keyword, not a name's other romanisation: its
  // skeleton is its key ("школи", shkoly, folds to "skoli": Skolivska).
  const fold = named.length > 0 ? (k: string) => k : skeleton;
  const words = [...new Set(key.split(" "))].slice(0, MAX_QUERY_WORDS).map((w) => ({ key: w, skeleton: fold(w) }));
  const specific = words.filter((w) => !GENERIC_WORDS.has(w.key));
  const coreWords = specific.length > 0 ? specific : words;
  const coreKey = coreWords.map((w) => w.key).join(" ");
  const textWords = coreWords
    .filter((w) => w.key.length >= MIN_TEXT_WORD)
    .map((w) => ({
      key: w.key,
      areaTokens: named.filter((a) => a.keys.includes(w.key)).flatMap((a) => [areaToken(a.area, "NEED"), areaToken(a.area, "OFFER")]),
    }));
  return {
    text,
    key,
    skeleton: fold(key),
    words,
    core: { key: coreKey, skeleton: fold(coreKey) },
    coreWords,
    textWords,
    areas: named.map((a) => a.area),
  };
}
