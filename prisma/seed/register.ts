// The register of hromadas as the demo sees it: the bundled KATOTTG codifier (prisma/register/),
// read with the same parser the import uses, so that every demo profile is a hromada of the
// register under its real code. Pure: no database.
import { readFileSync } from "node:fs";
import { parseRegister, type RegisterEntry } from "../../src/lib/register/register";
import { REGIONS } from "./regions";

export type { RegisterEntry } from "../../src/lib/register/register";

export interface DemoRegister {
  entries: RegisterEntry[];
  /** The slug each hromada has in a database the register was imported into first (as the seed requires). */
  slugs: Map<string, string>;
  byKatottg: Map<string, RegisterEntry>;
}

/** Reads prisma/register/ua-hromadas-katottg.csv, the edition every database imports at migration. */
export function loadRegister(): DemoRegister {
  const url = new URL("../register/ua-hromadas-katottg.csv", import.meta.url);
  const parsed = parseRegister(readFileSync(url, "utf8"));
  if (!parsed.ok) throw new Error(`Demo seed: the bundled register does not parse (line ${parsed.problems[0].line}: ${parsed.problems[0].message})`);
  return { entries: parsed.entries, slugs: registerSlugs(parsed.entries), byKatottg: new Map(parsed.entries.map((e) => [e.katottg, e])) };
}

/**
 * The slugs `importRegister` (src/server/register/import.ts) gives the entries when it adds them
 * all to a database without municipalities: a name several hromadas share takes its oblast (then
 * its raion) after it. The seed writes profiles by code, never by slug; these slugs only let the
 * dataset's rows refer to each other, and demo.ts checks them against the database.
 */
export function registerSlugs(entries: RegisterEntry[]): Map<string, string> {
  const regionSlug = new Map(REGIONS.map((r) => [r.katottgPrefix, r.slug]));
  const shared = new Map<string, number>();
  for (const e of entries) shared.set(e.slugBase, (shared.get(e.slugBase) ?? 0) + 1);
  const taken = new Set<string>();
  const out = new Map<string, string>();
  for (const e of entries) {
    const region = regionSlug.get(e.regionPrefix)!;
    const candidates = (shared.get(e.slugBase) ?? 0) > 1 ? [] : [e.slugBase];
    candidates.push(`${e.slugBase}-${region}`);
    if (e.raionEn) candidates.push(`${e.slugBase}-${slugOfLatin(e.raionEn)}-${region}`);
    candidates.push(`${e.slugBase}-${e.katottg.toLowerCase()}`);
    const slug = candidates.find((c) => !taken.has(c))!;
    taken.add(slug);
    out.set(e.katottg, slug);
  }
  return out;
}

function slugOfLatin(latin: string): string {
  return latin
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’ʼ`]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Ukrainian text compared without case and with one apostrophe (the codifier writes ’, GeoNames-derived names ʼ or '). */
export function ukKey(text: string): string {
  return text
    .normalize("NFC")
    .replace(/['’ʼ`]/g, "’")
    .toLowerCase()
    .trim();
}

/** The adjective a hromada is named by: "Бродівська" in "Бродівська територіальна громада", "Львівська" in "м. Львів та Львівська …". */
export function hromadaAdjective(officialNameUk: string): string {
  const city = /^м\. .+? та (.+?) територіальна громада$/.exec(officialNameUk);
  if (city) return city[1];
  return officialNameUk.replace(/ територіальна громада$/, "");
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Letters a town's name and its hromada's adjective must share at least ("Броди" / "Бродівська"), and at least half the name. */
export const MIN_SHARED_PREFIX = 4;

/**
 * A town's name as the start of its hromada's adjective: the words joined, a first word's ending
 * as in a compound ("Велика Лепетиха" → "великолепетиха", as in "Великолепетиська").
 */
function townStem(nameUk: string): string {
  const words = ukKey(nameUk).split(/\s+/);
  if (words.length === 1) return words[0];
  return words.map((w, i) => (i < words.length - 1 ? w.replace(/(ий|а|е|і)$/, "о") : w)).join("");
}

export type RegisterMatch = { entry: RegisterEntry; how: "city" | "adjective" };

/**
 * The hromada of the register whose centre is the town `nameUk` in raion `raionUk` of the oblast
 * with KATOTTG prefix `regionPrefix`: first the town's own city hromada ("м. Броди та …", whose
 * name is the town's), otherwise the hromada of the same raion whose adjective shares the longest
 * beginning with the town's name, at least MIN_SHARED_PREFIX letters and half the name, or the whole of a shorter name (Броди → Бродівська,
 * Городок → Городоцька). Null when none does.
 */
export function matchTown(register: DemoRegister, regionPrefix: string, nameUk: string, raionUk: string | null): RegisterMatch | null {
  const inRegion = register.entries.filter((e) => e.regionPrefix === regionPrefix);
  const name = ukKey(nameUk);
  const city = inRegion.filter((e) => e.hromadaType === "URBAN" && ukKey(e.nameUk) === name);
  if (city.length === 1) return { entry: city[0], how: "city" };
  const raion = raionUk ? ukKey(raionUk) : null;
  const stem = townStem(nameUk);
  // "Ново…" alone is no match for "Новоолексіївка": the shared part must be half the name or more.
  const needed = Math.max(MIN_SHARED_PREFIX, Math.ceil(stem.length / 2));
  let best: RegisterEntry | null = null;
  let bestLength = 0;
  for (const e of inRegion) {
    if (raion && ukKey(e.raionUk ?? "") !== raion) continue;
    const shared = commonPrefix(stem, ukKey(hromadaAdjective(e.officialNameUk)));
    // A short name wholly at the start of the adjective counts too ("Бар" / "Барська").
    const enough = shared >= needed || (shared === stem.length && shared >= 3);
    if (!enough) continue;
    if (shared > bestLength || (shared === bestLength && best !== null && e.katottg < best.katottg)) {
      best = e;
      bestLength = shared;
    }
  }
  return best ? { entry: best, how: "adjective" } : null;
}
