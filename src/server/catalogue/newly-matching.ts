import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { type CatalogueFilters, katottgInSearch } from "@/lib/catalogue-filters";
import { searchTerms } from "@/lib/search/query";
import { CATALOGUE_FROM, catalogueWhere, filterConditions } from "./filters";

export type NewMatch = {
  id: number;
  slug: string;
  nameEn: string;
  nameUk: string | null;
  regionSlug: string | null;
  regionEn: string | null;
  regionUk: string | null;
};

/**
 * The published hromadas that match `filters` (the catalogue's own conditions, `filterConditions`)
 * and whose profile was published or saved after `since` (published_at, kept by a trigger, and
 * updated_at), leaving out `exclude`; by name, at most `limit`, with how many there are in all.
 * The time condition is what keeps it cheap at 50,000 profiles: the indexes on the two columns
 * give the few rows changed in a week, and only those are tested against the filters and search.
 */
export async function newlyMatching(
  client: Pick<PrismaClient, "$queryRaw">,
  filters: CatalogueFilters,
  since: Date,
  exclude: readonly number[],
  limit: number,
): Promise<{ matches: NewMatch[]; total: number }> {
  const code = katottgInSearch(filters.q);
  const terms = filters.q && !code ? searchTerms(filters.q) : null;
  if (filters.q && !code && !terms) return { matches: [], total: 0 };
  const where = catalogueWhere(filterConditions(filters, terms, code));
  const rows = await client.$queryRaw<(NewMatch & { total: number })[]>`
    SELECT m.id, m.slug, m.name_en AS "nameEn", m.name_uk AS "nameUk",
           r.slug AS "regionSlug", r.name_en AS "regionEn", r.name_uk AS "regionUk", (count(*) OVER ())::int AS total
      ${CATALOGUE_FROM}
      ${where} AND m.status = 'PUBLISHED' AND (m.updated_at > ${since} OR m.published_at > ${since}) AND NOT (m.id = ANY(${[...exclude]}::int[]))
     ORDER BY m.name_en, m.id
     LIMIT ${limit}`;
  return { matches: rows.map(({ total: _total, ...m }) => m), total: rows[0]?.total ?? 0 };
}
