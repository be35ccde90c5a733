import "server-only";
// The catalogue's filters as SQL conditions: which rows a page and its counts look through.
import { Prisma } from "@/server/db";
import { type AreaDirectionParam, type CatalogueFilters, chosenRegions } from "@/lib/catalogue-filters";
import type { SearchTerms } from "@/lib/search/query";
import { nameCondition, searchCondition } from "./match";

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
    return direction ? Prisma.sql`EXISTS (SELECT 1 FROM municipality_area ma WHERE ma.municipality_id = m.id ${directionSql})` : null;
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

const publishedOnly = (condition: Prisma.Sql | null) => (condition ? Prisma.sql`(${condition} AND m.status = 'PUBLISHED')` : null);

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

const PUBLISHED_UA = Prisma.sql`m.country = 'UA' AND m.status = 'PUBLISHED'`;
/** A hromada of the register (src/server/register) that the codifier still lists. */
const IN_REGISTER = Prisma.sql`m.country = 'UA' AND m.katottg IS NOT NULL AND m.left_register_at IS NULL`;

/**
 * Which rows the catalogue looks through: published profiles; with `register`, every hromada of
 * the register too; with a search, the hromadas of the register whose name matches (someone
 * looking for one hromada wants it before it has a profile). A row without a published profile
 * is found by its names or its code only: the texts of a draft are not public.
 */
export function catalogueScope(filters: CatalogueFilters, terms: SearchTerms | null, code: string | null): Prisma.Sql {
  if (code) return Prisma.sql`(${PUBLISHED_UA} OR ${IN_REGISTER}) AND m.katottg = ${code}`;
  if (terms) return Prisma.sql`(${PUBLISHED_UA} OR (${IN_REGISTER} AND ${nameCondition(terms)}))`;
  return filters.register ? Prisma.sql`(${PUBLISHED_UA} OR ${IN_REGISTER})` : PUBLISHED_UA;
}

export function filterConditions(filters: CatalogueFilters, terms: SearchTerms | null, code: string | null = null): FilterConditions {
  const base = [catalogueScope(filters, terms, code)];
  if (terms) base.push(searchCondition(terms));
  const regions = chosenRegions(filters);
  return {
    base: Prisma.join(base, " AND "),
    region: regions.length === 0 ? null : regions.length === 1 ? Prisma.sql`r.slug = ${regions[0]}` : Prisma.sql`r.slug = ANY(${regions}::varchar[])`,
    type: filters.type ? Prisma.sql`m.hromada_type = ${HROMADA_TYPE[filters.type]}::"HromadaType"` : null,
    size: populationRange(filters.populationMin, filters.populationMax),
    // What a profile says (seeking, languages, areas) counts once it is published.
    seeking: filters.seeking ? Prisma.sql`(m.seeks_partners AND m.status = 'PUBLISHED')` : null,
    languages: filters.languages.length > 0 ? Prisma.sql`(m.languages && ${filters.languages}::varchar[] AND m.status = 'PUBLISHED')` : null,
    areas: publishedOnly(areasCondition(filters.areas, filters.direction)),
  };
}

/** The population range, both ends included; a municipality of unknown population is outside any range. */
function populationRange(min: number | null, max: number | null): Prisma.Sql | null {
  if (min !== null && max !== null) return Prisma.sql`(m.population >= ${min} AND m.population <= ${max})`;
  if (min !== null) return Prisma.sql`m.population >= ${min}`;
  if (max !== null) return Prisma.sql`m.population <= ${max}`;
  return null;
}

/** WHERE with every filter: the catalogue's result set. */
export function catalogueWhere(c: FilterConditions): Prisma.Sql {
  const all = [c.base, c.region, c.type, c.size, c.seeking, c.languages, c.areas].filter((x): x is Prisma.Sql => x !== null);
  return Prisma.sql`WHERE ${Prisma.join(all, " AND ")}`;
}
