import "server-only";
import { db } from "@/server/db";
import type { CooperationAreaSlug } from "@/lib/cooperation-areas";
import { type CatalogueFilters, PAGE_SIZE, katottgInSearch } from "@/lib/catalogue-filters";
import type { Responsiveness } from "@/lib/freshness";
import { type MatchReason, explainMatch } from "@/lib/search/explain";
import { type SearchTerms, searchTerms } from "@/lib/search/query";
import { filterConditions } from "./filters";
import { cataloguePageQuery } from "./page";
import { type CatalogueFacets, facetKey, facetQuery, readFacets } from "./facets";
import { cachedForCurrentGeneration } from "@/server/generation-cache";

export type CatalogueEntry = {
  slug: string;
  nameEn: string;
  nameUk: string | null;
  regionSlug: string | null;
  regionEn: string | null;
  regionUk: string | null;
  hromadaType: "URBAN" | "SETTLEMENT" | "RURAL" | null;
  population: number | null;
  seeksPartners: boolean;
  /** False for a hromada of the register without a published profile ("not yet on the portal"). */
  onPortal: boolean;
  katottg: string | null;
  profileConfirmedAt: Date | null;
  needs: CooperationAreaSlug[];
  offers: CooperationAreaSlug[];
  responsiveness: Responsiveness;
  /** With a search: why this result matched, when its shown name does not say so. */
  match: MatchReason | null;
};

export type CataloguePage = {
  entries: CatalogueEntry[];
  total: number;
  /** The page shown: the requested one, or the last one when it was out of range. */
  page: number;
  pageCount: number;
  facets: CatalogueFacets;
  /** The search as compared (null without one, or when it has no letter or digit). */
  terms: SearchTerms | null;
};

type Detail = { area: CooperationAreaSlug; direction: "NEED" | "OFFER"; en: string | null; uk: string | null };
type PageRow = {
  slug: string;
  nameEn: string;
  nameUk: string | null;
  nameLocal: string | null;
  regionSlug: string | null;
  regionEn: string | null;
  regionUk: string | null;
  hromadaType: CatalogueEntry["hromadaType"];
  population: number | null;
  seeksPartners: boolean;
  onPortal: boolean;
  katottg: string | null;
  profileConfirmedAt: Date | null;
  needs: string[] | null;
  offers: string[] | null;
  answered: number;
  medianSeconds: number | null;
  tier: number | null;
  adminCentreEn: string | null;
  adminCentreUk: string | null;
  raionEn: string | null;
  raionUk: string | null;
  descriptionEn: string | null;
  descriptionUk: string | null;
  details: Detail[] | null;
};

const EMPTY_RESULT = (terms: SearchTerms | null): CataloguePage => ({
  entries: [],
  total: 0,
  page: 1,
  pageCount: 1,
  facets: readFacets([]),
  terms,
});

/**
 * One page of published Ukrainian profiles, with the counts beside every filter option. At
 * most three queries whatever the filters or page size: the catalogue's generation, the counts
 * (total and every facet) unless this process has them for that generation (generation-cache.ts),
 * then the page's rows with their areas and response times.
 */
export async function searchCatalogue(filters: CatalogueFilters, locale: string): Promise<CataloguePage> {
  // A KATOTTG code is looked up as such, in the whole register, not searched for as a name.
  const code = katottgInSearch(filters.q);
  const terms = filters.q && !code ? searchTerms(filters.q) : null;
  // A search of only symbols or emoji finds nothing: no query needed.
  if (filters.q && !code && !terms) return EMPTY_RESULT(null);

  const conditions = filterConditions(filters, terms, code);
  const facets = await cachedForCurrentGeneration(facetKey(filters), async () =>
    readFacets(await db().$queryRaw<{ facet: string; value: string | null; n: number }[]>(facetQuery(filters, conditions))),
  );
  const total = facets.total;
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  if (total === 0) return { entries: [], total, page, pageCount, facets, terms };

  const rows = await db().$queryRaw<PageRow[]>(cataloguePageQuery(filters, terms, conditions, locale, page));

  const entries = rows.map((row): CatalogueEntry => ({
    slug: row.slug,
    nameEn: row.nameEn,
    nameUk: row.nameUk,
    regionSlug: row.regionSlug,
    regionEn: row.regionEn,
    regionUk: row.regionUk,
    hromadaType: row.hromadaType,
    population: row.population,
    seeksPartners: row.seeksPartners,
    onPortal: row.onPortal,
    katottg: row.katottg,
    profileConfirmedAt: row.profileConfirmedAt,
    needs: (row.needs ?? []) as CooperationAreaSlug[],
    offers: (row.offers ?? []) as CooperationAreaSlug[],
    responsiveness: { answered: row.answered, medianSeconds: row.medianSeconds },
    match: terms && row.tier !== null ? explainMatch({ ...row, tier: row.tier, details: row.details ?? [] }, terms, locale) : null,
  }));
  return { entries, total, page, pageCount, facets, terms };
}
