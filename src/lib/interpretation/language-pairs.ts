import { WORKING_LANGUAGES } from "@/lib/languages";

/**
 * An interpreter's language pair, written "uk-de": two different working languages (ISO 639-1),
 * Ukrainian first when one of them is Ukrainian, otherwise in alphabetical order, so that a pair
 * has one spelling whichever way it was typed ("de–uk", "DE/UK", "uk de" are all "uk-de").
 */
export type LanguagePair = `${string}-${string}`;

const KNOWN = new Set<string>(WORKING_LANGUAGES);

/** The pair in its one spelling, or null when it is not two different known languages. */
export function normalisePair(raw: string): LanguagePair | null {
  const parts = raw
    .trim()
    .toLowerCase()
    .split(/\s*[-–—/ ,>]+\s*/)
    .filter(Boolean);
  if (parts.length !== 2) return null;
  const [a, b] = parts;
  if (!KNOWN.has(a) || !KNOWN.has(b) || a === b) return null;
  const [first, second] = b === "uk" || (a !== "uk" && b < a) ? [b, a] : [a, b];
  return `${first}-${second}`;
}

/**
 * Pairs typed one per line or separated by commas or semicolons: the pairs (each once, in the
 * order given) and the entries that are not a pair.
 */
export function parsePairs(raw: string): { pairs: LanguagePair[]; invalid: string[] } {
  const pairs: LanguagePair[] = [];
  const invalid: string[] = [];
  for (const entry of raw
    .split(/[\n;,]+/)
    .map((e) => e.trim())
    .filter(Boolean)) {
    const pair = normalisePair(entry);
    if (!pair) invalid.push(entry);
    else if (!pairs.includes(pair)) pairs.push(pair);
  }
  return { pairs, invalid };
}

/** How well an interpreter's pairs cover the languages a request or meeting needs: 2 covers a needed pair with Ukrainian, 1 shares a language, 0 neither. */
export function pairMatch(pairs: readonly string[], needed: readonly string[]): number {
  const wanted = needed.filter((l) => l !== "uk");
  if (pairs.some((p) => p.startsWith("uk-") && wanted.includes(p.slice(3)))) return 2;
  if (pairs.some((p) => p.split("-").some((l) => needed.includes(l)))) return 1;
  return 0;
}

/** "uk-de" as its languages' codes, for display ("uk–de"). */
export const pairLabel = (pair: string) => pair.replace("-", "–");
