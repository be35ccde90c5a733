import "server-only";
import { Prisma } from "@/server/db";
import { PAGE_SIZE } from "@/lib/catalogue-filters";
import { CATALOGUE_FROM, type FilterConditions, catalogueWhere } from "./filters";
import { planApart } from "./planner";
import { selectPage } from "./page-columns";

/**
 * A page without a search. The order is of plain columns: the planner walks the index on the
 * English name (municipality_name_en_id_idx; seeking first by default:
 * municipality_seeks_partners_name_en_id_idx) and stops after one page, instead of sorting every
 * matching profile; the display columns are read for that page only.
 */
export function browsePage(conditions: FilterConditions, order: Prisma.Sql, offset: number): Prisma.Sql {
  return Prisma.sql`
    WITH ${planApart(
      "page",
      Prisma.sql`
      SELECT m.id, NULL::int AS tier ${CATALOGUE_FROM}
      ${catalogueWhere(conditions)}
      ${order}
      LIMIT ${PAGE_SIZE} OFFSET ${offset}`,
    )}
    ${selectPage(null, order)}`;
}
