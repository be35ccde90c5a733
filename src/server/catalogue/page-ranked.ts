import "server-only";
import { Prisma } from "@/server/db";
import type { SearchTerms } from "@/lib/search/query";
import { CATALOGUE_FROM, type FilterConditions, catalogueWhere } from "./filters";
import { searchCloseness, searchTier } from "./match-tiers";
import { COMPUTE_ONCE, planApart } from "./planner";
import { BY_POSITION, pageOf, selectPage } from "./page-columns";

/**
 * Every row matching the search, with what ordering needs: its match tier and closeness, each
 * computed once per row. The tier is computed inside a subquery kept whole (COMPUTE_ONCE), as
 * the closeness reads it several times. Without `closeness` (an order that does not read it: by
 * name, population or freshness), it is 0: its ts_rank would read every text-matching row's text
 * (TOAST) for nothing.
 */
export function matchedRows(terms: SearchTerms, conditions: FilterConditions, closeness = true): Prisma.Sql {
  return Prisma.sql`
      SELECT m.id, m.population, m.name_en, m.name_uk, m.profile_confirmed_at, m.tier,
             ${closeness ? searchCloseness(terms, Prisma.sql`m.tier`) : Prisma.sql`0`} AS closeness
        FROM (
          SELECT m.id, m.population, m.name_en, m.name_uk, m.profile_confirmed_at,
                 m.search_names, m.search_places, m.search_body, ${searchTier(terms)} AS tier
          ${CATALOGUE_FROM}
          ${catalogueWhere(conditions)}
          ${COMPUTE_ONCE}
        ) AS m`;
}

/**
 * A page of a search in any order but best match (name, population, freshness), or of one whose
 * best tiers do not fill the page: every matching row ranked (planned apart, so that its filter
 * gets the index scans), then one page of them, and the display columns for that page only.
 * `byRelevance`: the order reads the closeness (catalogueOrder's best match first).
 */
export function rankedPage(terms: SearchTerms, conditions: FilterConditions, order: Prisma.Sql, offset: number, byRelevance: boolean): Prisma.Sql {
  return Prisma.sql`
    WITH ${planApart("matched", matchedRows(terms, conditions, byRelevance))}, ${pageOf("matched", order, offset)}
    ${selectPage(terms, BY_POSITION)}`;
}
