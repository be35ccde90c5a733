import "server-only";
import { Prisma } from "@/server/db";
import { type CatalogueFilters, PAGE_SIZE } from "@/lib/catalogue-filters";
import { MATCH_TIER } from "@/lib/search/tiers";
import type { SearchTerms } from "@/lib/search/query";
import { CATALOGUE_FROM, type FilterConditions, catalogueScope, catalogueWhere } from "./filters";
import { nameCloseness } from "./match";
import { bestTiers } from "./match-tiers";
import { planApart, readOnlyIf } from "./planner";
import { BY_POSITION, pageOf, selectPage } from "./page-columns";
import { matchedRows } from "./page-ranked";

/**
 * A page of a search, best match first. It needs every matching row ranked only when the best
 * tiers do not fill it: when the rows where a word of a name begins with the query (`named`, from
 * the names' index) and the place tier's most populous rows (`placed`: every hromada of the oblast
 * the query names, tested on their place and name keys only, not on the texts) come to the rows
 * up to this page's end, they are the page, and `matched` is never computed (readOnlyIf). A
 * keyword search (texts) finds little in names and places and takes `matched`, as does a page
 * past the best tiers' rows. Both ways list the same rows in the same order: tests/integration/
 * search.test.ts ("pages of a search") compares them page by page.
 */
export function bestTiersPage(filters: CatalogueFilters, terms: SearchTerms, conditions: FilterConditions, order: Prisma.Sql, offset: number): Prisma.Sql {
  const best = bestTiers(terms);
  const wanted = offset + PAGE_SIZE;
  const scope = catalogueScope(filters, terms, null);
  const where = (condition: Prisma.Sql) => catalogueWhere({ ...conditions, base: Prisma.sql`${scope} AND ${condition}` });
  const enough = Prisma.sql`((SELECT count(*) FROM named) + (SELECT count(*) FROM placed) >= ${wanted})`;
  const named = Prisma.sql`
      SELECT m.id, m.population, m.tier, ${nameCloseness(terms)}::real AS closeness
        FROM (SELECT m.id, m.population, m.search_names, ${best.nameTier} AS tier ${CATALOGUE_FROM} ${where(best.names)}) AS m`;
  const placed = Prisma.sql`
      SELECT m.id, m.population, ${MATCH_TIER.place}::int AS tier, 1::real AS closeness
        ${CATALOGUE_FROM} ${where(Prisma.sql`${best.place} AND NOT ${best.names}`)}
       ORDER BY m.population DESC NULLS LAST, m.id
       LIMIT ${wanted}`;
  return Prisma.sql`
    WITH ${planApart("named", named)}, ${planApart("placed", placed)}, ${planApart("matched", matchedRows(terms, conditions))}, candidates AS (
      SELECT id, population, tier, closeness FROM named ${readOnlyIf(enough)}
      UNION ALL
      SELECT id, population, tier, closeness FROM placed ${readOnlyIf(enough)}
      UNION ALL
      SELECT id, population, tier, closeness::real FROM matched ${readOnlyIf(Prisma.sql`NOT ${enough}`)}
    ), ${pageOf("candidates", order, offset)}
    ${selectPage(terms, BY_POSITION)}`;
}
