import "server-only";
import type { Prisma } from "@/server/db";
import { type CatalogueFilters, PAGE_SIZE, effectiveSort } from "@/lib/catalogue-filters";
import type { SearchTerms } from "@/lib/search/query";
import type { FilterConditions } from "./filters";
import { catalogueOrder } from "./order";
import { browsePage } from "./page-browse";
import { bestTiersPage } from "./page-best-tiers";
import { rankedPage } from "./page-ranked";

/**
 * The query of one page of results, by one of three strategies: without a search, `browsePage`
 * (an index walk); with one, best match first, `bestTiersPage` (the name and place tiers alone
 * when they fill the page, every match ranked otherwise); in another order, or for a query that
 * names a cooperation area, `rankedPage`.
 */
export function cataloguePageQuery(
  filters: CatalogueFilters,
  terms: SearchTerms | null,
  conditions: FilterConditions,
  locale: string,
  page: number,
): Prisma.Sql {
  const order = catalogueOrder(filters, terms, locale);
  const offset = (page - 1) * PAGE_SIZE;
  if (!terms) return browsePage(conditions, order, offset);
  // The best tiers skip the tier between the name tiers and the place tier, nameAndArea: a
  // query naming an area is ranked whole.
  const byRelevance = effectiveSort(filters) === "relevance";
  if (byRelevance && terms.areas.length === 0) return bestTiersPage(filters, terms, conditions, order, offset);
  return rankedPage(terms, conditions, order, offset, byRelevance);
}
