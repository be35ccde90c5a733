import "server-only";
import { Prisma } from "@/server/db";
import { type AreaDirectionParam, type CatalogueFilters, SIZE_BANDS, effectiveSort } from "@/lib/catalogue-filters";
import type { SearchTerms } from "@/lib/search/query";
import { searchCloseness, searchCondition, searchTier } from "./search-sql";

const HROMADA_TYPE = { urban: "URBAN", settlement: "SETTLEMENT", rural: "RURAL" } as const;
const DIRECTION = { need: "NEED", offer: "OFFER" } as const;

export const CATALOGUE_FROM = Prisma.sql`FROM municipality m LEFT JOIN region r ON r.id = m.region_id`;

/**
 * The areas filter: every chosen area needed or offered (as `direction` says); with no area
 * chosen, a direction alone asks for at least one need or offer. Null: no condition.
 */
export function areasCondition(areas: readonly string[], direction: AreaDirectionParam | null): Prisma.Sql | null {
  const directionSql = direction ? Prisma.sql`AND ma.direction = ${DIRECTION[direction]}::"AreaDirection"` : Prisma.empty;
  if (areas.length === 0) {
    return direction
      ? Prisma.sql`EXISTS (SELECT 1 FROM municipality_area ma WHERE ma.municipality_id = m.id ${directionSql})`
      : null;
  }
  return Prisma.join(
    areas.map(
      (area) => Prisma.sql`EXISTS (
        SELECT 1 FROM municipality_area ma JOIN cooperation_area a ON a.id = ma.area_id
         WHERE ma.municipality_id = m.id AND a.slug = ${area} ${directionSql})`,
    ),
    " AND ",
  );
}

/** The condition of each filter on its own, so that facet counts can leave one out. */
export type FilterConditions = {
  /** Published Ukrainian profiles matching the search: common to every count. */
  base: Prisma.Sql;
  region: Prisma.Sql | null;
  type: Prisma.Sql | null;
  size: Prisma.Sql | null;
  seeking: Prisma.Sql | null;
  languages: Prisma.Sql | null;
  areas: Prisma.Sql | null;
};

export function filterConditions(filters: CatalogueFilters, terms: SearchTerms | null): FilterConditions {
  const base = [Prisma.sql`m.country = 'UA'`, Prisma.sql`m.status = 'PUBLISHED'`];
  if (terms) base.push(searchCondition(terms));
  let size: Prisma.Sql | null = null;
  if (filters.size) {
    const band = SIZE_BANDS[filters.size];
    size = band.max === null ? Prisma.sql`m.population >= ${band.min}` : Prisma.sql`(m.population >= ${band.min} AND m.population < ${band.max})`;
  }
  return {
    base: Prisma.join(base, " AND "),
    region: filters.region ? Prisma.sql`r.slug = ${filters.region}` : null,
    type: filters.type ? Prisma.sql`m.hromada_type = ${HROMADA_TYPE[filters.type]}::"HromadaType"` : null,
    size,
    seeking: filters.seeking ? Prisma.sql`m.seeks_partners` : null,
    languages: filters.languages.length > 0 ? Prisma.sql`m.languages && ${filters.languages}::varchar[]` : null,
    areas: areasCondition(filters.areas, filters.direction),
  };
}

/** WHERE with every filter: the catalogue's result set. */
export function catalogueWhere(c: FilterConditions): Prisma.Sql {
  const all = [c.base, c.region, c.type, c.size, c.seeking, c.languages, c.areas].filter((x): x is Prisma.Sql => x !== null);
  return Prisma.sql`WHERE ${Prisma.join(all, " AND ")}`;
}

/** Columns the relevance order needs, when there is a search. */
export function relevanceColumns(terms: SearchTerms | null): Prisma.Sql {
  if (!terms) return Prisma.sql`NULL::int AS tier`;
  return Prisma.sql`${searchTier(terms)} AS tier, ${searchCloseness(terms)} AS closeness`;
}

export function catalogueOrder(filters: CatalogueFilters, locale: string): Prisma.Sql {
  const name = locale === "uk" ? Prisma.sql`coalesce(m.name_uk, m.name_en)` : Prisma.sql`m.name_en`;
  switch (effectiveSort(filters)) {
    case "relevance":
      // Bigger places first among equal matches: more people look for them.
      return Prisma.sql`ORDER BY tier, closeness DESC, m.population DESC NULLS LAST, m.id`;
    case "population":
      return Prisma.sql`ORDER BY m.population DESC NULLS LAST, m.id`;
    case "freshness":
      return Prisma.sql`ORDER BY m.profile_confirmed_at DESC NULLS LAST, m.id`;
    default:
      return Prisma.sql`ORDER BY ${name}, m.id`;
  }
}
