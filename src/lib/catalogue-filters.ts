import { COOPERATION_AREAS, type CooperationAreaSlug, isCooperationArea } from "./cooperation-areas";
import { WORKING_LANGUAGES, type WorkingLanguage } from "./languages";

/** The catalogue's view, as it lives in the URL, so that a link reproduces it. */
export type CatalogueFilters = {
  areas: CooperationAreaSlug[];
  /** Whether the areas (or, with none chosen, any area) must be needed or offered; null: either. */
  direction: AreaDirectionParam | null;
  region: string | null;
  type: HromadaTypeParam | null;
  size: SizeBand | null;
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

/** Population bands; `max` is exclusive. */
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
export const PAGE_SIZE = 24;

/** A URL parameter the catalogue could not use; the page shows a notice for each. */
export type IgnoredParam = {
  param: "area" | "direction" | "oblast" | "type" | "size" | "lang" | "sort" | "page" | "q";
  value: string;
};

type RawParams = Record<string, string | string[] | undefined>;

const EMPTY: CatalogueFilters = {
  areas: [],
  direction: null,
  region: null,
  type: null,
  size: null,
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
export function parseCatalogueParams(
  params: RawParams,
  knownRegions: readonly string[],
): { filters: CatalogueFilters; ignored: IgnoredParam[] } {
  const ignored: IgnoredParam[] = [];
  const filters: CatalogueFilters = { ...EMPTY, areas: [], languages: [] };

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

  const [region] = all(params.oblast);
  if (region !== undefined) {
    if (knownRegions.includes(region)) filters.region = region;
    else ignored.push({ param: "oblast", value: region });
  }

  const [type] = all(params.type);
  if (type !== undefined) {
    if (oneOf(HROMADA_TYPES, type)) filters.type = type;
    else ignored.push({ param: "type", value: type });
  }

  const [size] = all(params.size);
  if (size !== undefined) {
    if (oneOf(Object.keys(SIZE_BANDS) as SizeBand[], size)) filters.size = size;
    else ignored.push({ param: "size", value: size });
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

/** The query string (without "?") that reproduces `filters`, with `changes` applied. */
export function catalogueQueryString(filters: CatalogueFilters, changes: Partial<CatalogueFilters> = {}): string {
  const f = { ...filters, ...changes };
  const search = new URLSearchParams();
  if (f.q) search.set("q", f.q);
  for (const area of f.areas) search.append("area", area);
  if (f.direction) search.set("direction", f.direction);
  if (f.region) search.set("oblast", f.region);
  if (f.type) search.set("type", f.type);
  if (f.size) search.set("size", f.size);
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
