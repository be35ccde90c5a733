// The forms in which names and queries are compared. Both sides go through the same functions,
// so a query matches whenever it and a stored name reduce to the same letters.
import { APOSTROPHES, transliterateKmu } from "./transliteration";

/** Latin letters that Unicode does not decompose into a base letter and a mark. */
const SPECIAL_LETTERS: Record<string, string> = { ß: "ss", ø: "o", æ: "ae", œ: "oe", ł: "l", đ: "d", ð: "d", þ: "th", ı: "i", ħ: "h" };
const APOSTROPHES_ALL = new RegExp(APOSTROPHES.source, "gu");

/**
 * The search key of a text: lower case, Cyrillic romanised by KMU 2010, accents dropped,
 * apostrophes removed, anything but a-z and 0-9 turned into single spaces.
 * "Знам'янка" → "znamianka", "Lwów" → "lwow", "Ivano-Frankivsk" → "ivano frankivsk".
 * The key holds ASCII only, so trigram and text-search matching do not depend on the
 * database's locale (pg_trgm ignores Cyrillic letters in a database with the C locale).
 */
export function searchKey(text: string): string {
  return transliterateKmu(text.normalize("NFC").toLowerCase())
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[ßøæœłđðþıħ]/g, (c) => SPECIAL_LETTERS[c])
    .replace(APOSTROPHES_ALL, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Spellings of one sound in the romanisations people use (English, Russian-style, German, Polish). */
const FOLDS: Record<string, string> = {
  tsch: "ch",
  sch: "s",
  sh: "s",
  sz: "s",
  cz: "ch",
  kh: "h",
  zh: "z",
  ts: "c",
  tz: "c",
  w: "v",
  j: "i",
  y: "i",
  g: "h",
  x: "ks",
  q: "k",
};
// "ch" is matched only to keep it whole (Ч): folded into "c" it would meet Ц (Cherkasy, Tserkva).
const FOLD_PATTERN = /tsch|sch|sh|sz|ch|cz|kh|zh|ts|tz|[wjygxq]/g;

/**
 * A looser form of a search key, where the usual romanisations of one name meet:
 * Zhytomyr and Zhitomir → "zitomir", Luhansk and Lugansk → "luhansk", Zaporizhzhia and
 * Zaporizhia → "zaporizia", Drohobych, Drohobycz and Drohobytsch → "drohobich", Uzhhorod and
 * Uzhgorod → "uzhorod". Doubled letters count once. Takes a search key.
 */
export function skeleton(key: string): string {
  return key.replace(FOLD_PATTERN, (m) => FOLDS[m] ?? m).replace(/([a-z])\1+/g, "$1");
}
