import { COOPERATION_AREAS, type CooperationAreaSlug, isCooperationArea } from "./cooperation-areas";
import { WORKING_LANGUAGES, type WorkingLanguage } from "./languages";
import { MACRO_REGIONS, MACRO_REGION_NAMES, type MacroRegion, isMacroRegion } from "./macro-regions";

/** The catalogue's view, as it lives in the URL, so that a link reproduces it. */
export type CatalogueFilters = {
  areas: CooperationAreaSlug[];
  /** Whether the areas (or, with none chosen, any area) must be needed or offered; null: either. */
  direction: AreaDirectionParam | null;
  /** Oblasts chosen one by one (`oblast`, repeated). */
  regions: string[];
  /** Macro-regions chosen as presets (`macro`, repeated): their oblasts join `regions`. */
  macroRegions: MacroRegion[];
  type: HromadaTypeParam | null;
  /** Population range, both ends included (`pop_min`, `pop_max`); null: open. */
  populationMin: number | null;
  populationMax: number | null;
  seeking: boolean;
  /** Also the hromadas of the register without a published profile (`register=all`). */
  register: boolean;
  /** Languages the municipality's staff speak: any one of them. */
  languages: WorkingLanguage[];
  q: string | null;
  /** null: the default, best match first with a search and by name without (see effectiveSort). */
  sort: CatalogueSort | null;
  page: number;
};

export const AREA_DIRECTIONS = ["need", "offer"] as const;
export type AreaDirectionParam = (typeof AREA_DIRECTIONS)[number];

export const HROMADA_TYPES = ["urban", "settlement", "rural"] as const;
export type HromadaTypeParam = (typeof HROMADA_TYPES)[number];

/**
 * Population bands; `max` is exclusive. The form's fixed choice before the range: an old link's
 * `size=10k-50k` is read as the range it meant (and the page redirects to it), and the counts beside
 * the range are given per band.
 */
export const SIZE_BANDS = {
  "under-10k": { min: 0, max: 10_000 },
  "10k-50k": { min: 10_000, max: 50_000 },
  "50k-250k": { min: 50_000, max: 250_000 },
  "over-250k": { min: 250_000, max: null },
} as const;
export type SizeBand = keyof typeof SIZE_BANDS;

export const CATALOGUE_SORTS = ["relevance", "name", "population", "freshness"] as const;
export type CatalogueSort = (typeof CATALOGUE_SORTS)[number];
/** Sort names of older links, still understood. */
const LEGACY_SORTS: Record<string, CatalogueSort> = { confirmed: "freshness" };

export const SEARCH_MAX_LENGTH = 100;
/** More people than any municipality has: a larger number in a range is a typo. */
export const POPULATION_LIMIT = 10_000_000;
export const PAGE_SIZE = 24;

/** A URL parameter the catalogue could not use; the page shows a notice for each. */
export type IgnoredParam = {
  param: "area" | "direction" | "oblast" | "macro" | "type" | "size" | "pop_min" | "pop_max" | "lang" | "sort" | "page" | "q";
  value: string;
};

type RawParams = Record<string, string | string[] | undefined>;

const EMPTY: CatalogueFilters = {
  areas: [],
  direction: null,
  regions: [],
  macroRegions: [],
  type: null,
  populationMin: null,
  populationMax: null,
  seeking: false,
  register: false,
  languages: [],
  q: null,
  sort: null,
  page: 1,
};

function all(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((v) => v !== "");
}

function oneOf<T extends string>(allowed: readonly T[], value: string): value is T {
  return (allowed as readonly string[]).includes(value);
}

/** At most `max` UTF-16 units, never half a character (an emoji is two). */
export function cut(text: string, max: number): string {
  let out = "";
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/** Printable text only: control characters and runs of spaces would never match a name. */
export function normaliseSearch(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Reads the catalogue's URL parameters. Unknown values are dropped and reported, never an error:
 * a stale or hand-edited link still shows a useful page.
 */
export function parseCatalogueParams(params: RawParams, knownRegions: readonly string[]): { filters: CatalogueFilters; ignored: IgnoredParam[] } {
  const ignored: IgnoredParam[] = [];
  const filters: CatalogueFilters = { ...EMPTY, areas: [], languages: [], regions: [], macroRegions: [] };

  for (const value of all(params.area)) {
    if (!isCooperationArea(value)) ignored.push({ param: "area", value });
    else if (!filters.areas.includes(value)) filters.areas.push(value);
  }
  filters.areas.sort((a, b) => COOPERATION_AREAS.indexOf(a) - COOPERATION_AREAS.indexOf(b));

  const [direction] = all(params.direction);
  if (direction !== undefined) {
    if (oneOf(AREA_DIRECTIONS, direction)) filters.direction = direction;
    else ignored.push({ param: "direction", value: direction });
  }

  for (const region of all(params.oblast)) {
    if (!knownRegions.includes(region)) ignored.push({ param: "oblast", value: region });
    else if (!filters.regions.includes(region)) filters.regions.push(region);
  }
  filters.regions.sort();
  for (const macro of all(params.macro)) {
    if (!isMacroRegion(macro)) ignored.push({ param: "macro", value: macro });
    else if (!filters.macroRegions.includes(macro)) filters.macroRegions.push(macro);
  }
  filters.macroRegions.sort((a, b) => MACRO_REGION_NAMES.indexOf(a) - MACRO_REGION_NAMES.indexOf(b));

  const [type] = all(params.type);
  if (type !== undefined) {
    if (oneOf(HROMADA_TYPES, type)) filters.type = type;
    else ignored.push({ param: "type", value: type });
  }

  const [size] = all(params.size);
  if (size !== undefined) {
    if (oneOf(Object.keys(SIZE_BANDS) as SizeBand[], size)) {
      const band = SIZE_BANDS[size];
      filters.populationMin = band.min === 0 ? null : band.min;
      filters.populationMax = band.max === null ? null : band.max - 1;
    } else ignored.push({ param: "size", value: size });
  }
  for (const [param, key] of [
    ["pop_min", "populationMin"],
    ["pop_max", "populationMax"],
  ] as const) {
    const [raw] = all(params[param]);
    if (raw === undefined) continue;
    const n = populationNumber(raw);
    if (n === null) ignored.push({ param, value: cut(raw, 40) });
    else filters[key] = n;
  }
  // "From 50,000 to 10,000" means between the two.
  if (filters.populationMin !== null && filters.populationMax !== null && filters.populationMin > filters.populationMax) {
    [filters.populationMin, filters.populationMax] = [filters.populationMax, filters.populationMin];
  }

  const [seeking] = all(params.seeking);
  filters.seeking = seeking === "1" || seeking === "true" || seeking === "on";

  const [register] = all(params.register);
  filters.register = register === "all";

  for (const value of all(params.lang)) {
    if (!oneOf(WORKING_LANGUAGES, value)) ignored.push({ param: "lang", value });
    else if (!filters.languages.includes(value)) filters.languages.push(value);
  }
  filters.languages.sort((a, b) => WORKING_LANGUAGES.indexOf(a) - WORKING_LANGUAGES.indexOf(b));

  const [q] = all(params.q);
  if (q !== undefined) {
    const text = normaliseSearch(q);
    if (text.length > SEARCH_MAX_LENGTH) {
      ignored.push({ param: "q", value: cut(text, 40) + "…" });
      filters.q = cut(text, SEARCH_MAX_LENGTH);
    } else if (text !== "") {
      filters.q = text;
    }
  }

  const [sort] = all(params.sort);
  if (sort !== undefined) {
    if (oneOf(CATALOGUE_SORTS, sort)) filters.sort = sort;
    else if (sort in LEGACY_SORTS) filters.sort = LEGACY_SORTS[sort];
    else ignored.push({ param: "sort", value: sort });
  }

  const [page] = all(params.page);
  if (page !== undefined) {
    const n = /^\d{1,9}$/.test(page) ? Number(page) : NaN;
    if (Number.isInteger(n) && n >= 1) filters.page = n;
    else ignored.push({ param: "page", value: page });
  }

  return { filters, ignored };
}

/** A whole number of people as typed ("10000", "10 000", "10,000", "10.000"), within POPULATION_LIMIT; else null. */
export function populationNumber(raw: string): number | null {
  const digits = raw.trim().replace(/[\s,.\u00a0\u202f'’]/g, "");
  if (!/^\d{1,9}$/.test(digits)) return null;
  const n = Number(digits);
  return n <= POPULATION_LIMIT ? n : null;
}

/** The oblasts the region filter admits: those chosen one by one and those of the chosen macro-regions. */
export function chosenRegions(filters: Pick<CatalogueFilters, "regions" | "macroRegions">): string[] {
  return [...new Set([...filters.macroRegions.flatMap((m) => MACRO_REGIONS[m]), ...filters.regions])].sort();
}

/** How many filters are chosen, for the "Filters (n)" control: each value of a repeated one counts. */
export function activeFilterCount(filters: CatalogueFilters): number {
  return (
    filters.areas.length +
    (filters.direction ? 1 : 0) +
    filters.regions.length +
    filters.macroRegions.length +
    (filters.type ? 1 : 0) +
    (filters.populationMin !== null || filters.populationMax !== null ? 1 : 0) +
    (filters.seeking ? 1 : 0) +
    (filters.register ? 1 : 0) +
    filters.languages.length
  );
}

/** The query string (without "?") that reproduces `filters`, with `changes` applied. */
export function catalogueQueryString(filters: CatalogueFilters, changes: Partial<CatalogueFilters> = {}): string {
  const f = { ...filters, ...changes };
  const search = new URLSearchParams();
  if (f.q) search.set("q", f.q);
  for (const area of f.areas) search.append("area", area);
  if (f.direction) search.set("direction", f.direction);
  for (const macro of f.macroRegions) search.append("macro", macro);
  for (const region of f.regions) search.append("oblast", region);
  if (f.type) search.set("type", f.type);
  if (f.populationMin !== null) search.set("pop_min", String(f.populationMin));
  if (f.populationMax !== null) search.set("pop_max", String(f.populationMax));
  if (f.seeking) search.set("seeking", "1");
  if (f.register) search.set("register", "all");
  for (const lang of f.languages) search.append("lang", lang);
  if (f.sort) search.set("sort", f.sort);
  if (f.page !== 1) search.set("page", String(f.page));
  return search.toString();
}

export function hasActiveFilters(filters: CatalogueFilters): boolean {
  return catalogueQueryString({ ...filters, sort: null, page: 1 }) !== "";
}

/** The order results are shown in: best match needs a search, without one it is by name. */
export function effectiveSort(filters: Pick<CatalogueFilters, "q" | "sort">): CatalogueSort {
  const sort = filters.sort ?? (filters.q ? "relevance" : "name");
  return sort === "relevance" && !filters.q ? "name" : sort;
}

/** A KATOTTG code typed as a search ("UA46060250000025047", any case, spaces ignored), or null. */
export function katottgInSearch(q: string | null): string | null {
  const code = (q ?? "").replace(/\s+/g, "").toUpperCase();
  return /^UA\d{17}$/.test(code) ? code : null;
}
