// Which words of a shown text a search matched, so that pages can mark them. Words are compared
// in the same forms as in the database (search key and skeleton), so "Kyiv" marks "Київ".
import { searchKey, skeleton } from "./keys";
import type { SearchTerms, SearchWord } from "./query";

export type TextPart = { text: string; match: boolean };

/** Words (letters, digits and apostrophes inside them) and what lies between them. */
const TOKEN = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*|[^\p{L}\p{N}]+/gu;

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}

/**
 * Whether a word of a text matches a word of the query: the query word begins it (in either
 * form), or, with `fuzzy`, the word's beginning is one typo away (two for long words).
 */
export function wordMatches(word: string, term: SearchWord, fuzzy = true): boolean {
  const key = searchKey(word).replaceAll(" ", "");
  if (key === "") return false;
  if (term.key.length < 2) return key === term.key;
  const skel = skeleton(key);
  if (key.startsWith(term.key) || skel.startsWith(term.skeleton)) return true;
  if (!fuzzy || term.skeleton.length < 4 || skel.length < 3) return false;
  const allowed = term.skeleton.length >= 7 ? 2 : 1;
  const n = term.skeleton.length;
  return [n - 1, n, n + 1].some((len) => len <= skel.length && levenshtein(skel.slice(0, len), term.skeleton) <= allowed);
}

function tokens(text: string): { text: string; word: boolean }[] {
  return Array.from(text.matchAll(TOKEN), (m) => ({ text: m[0], word: /[\p{L}\p{N}]/u.test(m[0][0]) }));
}

/** `text` cut into parts, the words the search matched marked; one unmarked part without a search. */
export function highlightParts(text: string, terms: SearchTerms | null, fuzzy = true): TextPart[] {
  if (!terms) return [{ text, match: false }];
  const parts: TextPart[] = [];
  for (const token of tokens(text)) {
    const match = token.word && terms.words.some((w) => wordMatches(token.text, w, fuzzy));
    const last = parts[parts.length - 1];
    if (last && last.match === match) last.text += token.text;
    else parts.push({ text: token.text, match });
  }
  return parts;
}

/** How many of the query's words some word of `text` matches. */
export function matchedWordCount(text: string, terms: SearchTerms, fuzzy = true): number {
  const words = tokens(text).filter((t) => t.word);
  return terms.words.filter((w) => words.some((t) => wordMatches(t.text, w, fuzzy))).length;
}

/** A few words of a long text around its first matched word, with "…" where it was cut. */
export function snippet(text: string, terms: SearchTerms, maxWords = 16): string {
  const all = tokens(text.replace(/\s+/g, " ").trim());
  const wordIndexes = all.flatMap((t, i) => (t.word ? [i] : []));
  if (wordIndexes.length <= maxWords) return all.map((t) => t.text).join("");
  const first = wordIndexes.findIndex((i) => terms.words.some((w) => wordMatches(all[i].text, w, false)));
  const startWord = Math.max(0, Math.min(first - 4, wordIndexes.length - maxWords));
  const endWord = Math.min(wordIndexes.length - 1, startWord + maxWords - 1);
  const from = startWord === 0 ? 0 : wordIndexes[startWord];
  const to = endWord === wordIndexes.length - 1 ? all.length : wordIndexes[endWord] + 1;
  const body = all
    .slice(from, to)
    .map((t) => t.text)
    .join("")
    .trim();
  return `${from > 0 ? "… " : ""}${body}${to < all.length ? " …" : ""}`;
}
