import "server-only";
import { Prisma } from "@/server/db";
import { type AreaDirectionParam, type CatalogueFilters, PAGE_SIZE, SIZE_BANDS, effectiveSort } from "@/lib/catalogue-filters";
import { MATCH_TIER } from "@/lib/search/explain";
import type { SearchTerms } from "@/lib/search/query";
import { bestTiers, nameCloseness, nameCondition, searchCloseness, searchCondition, searchTier } from "./search-sql";
import { RESPONSIVENESS_JOIN } from "./responsiveness";

const HROMADA_TYPE = { urban: "URBAN", settlement: "SETTLEMENT", rural: "RURAL" } as const;
const DIRECTION = { need: "NEED", offer: "OFFER" } as const;
const PUBLIC = (column: string) => Prisma.raw(`CASE WHEN m.status = 'PUBLISHED' THEN ${column} END`);

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
    // What a profile says (seeking, languages, areas) counts once it is published.
    seeking: filters.seeking ? Prisma.sql`(m.seeks_partners AND m.status = 'PUBLISHED')` : null,
    languages: filters.languages.length > 0 ? Prisma.sql`(m.languages && ${filters.languages}::varchar[] AND m.status = 'PUBLISHED')` : null,
    areas: publishedOnly(areasCondition(filters.areas, filters.direction)),
  };
}

/** WHERE with every filter: the catalogue's result set. */
export function catalogueWhere(c: FilterConditions): Prisma.Sql {
  const all = [c.base, c.region, c.type, c.size, c.seeking, c.languages, c.areas].filter((x): x is Prisma.Sql => x !== null);
  return Prisma.sql`WHERE ${Prisma.join(all, " AND ")}`;
}

/** The order of results, over the matching rows in cataloguePageQuery, named m (with `tier` and `closeness` when searching). */
export function catalogueOrder(filters: CatalogueFilters, terms: SearchTerms | null, locale: string): Prisma.Sql {
  const name = locale === "uk" ? Prisma.sql`coalesce(m.name_uk, m.name_en)` : Prisma.sql`m.name_en`;
  const sort = effectiveSort(filters);
  if (sort === "relevance" && terms) {
    // Bigger places first among equal matches: more people look for them.
    return Prisma.sql`ORDER BY m.tier, m.closeness DESC, m.population DESC NULLS LAST, m.id`;
  }
  switch (sort) {
    case "population":
      return Prisma.sql`ORDER BY m.population DESC NULLS LAST, m.id`;
    case "freshness":
      return Prisma.sql`ORDER BY m.profile_confirmed_at DESC NULLS LAST, m.id`;
    default:
      // Without a chosen order, those seeking partners come first: they are what a visitor
      // looks for. An explicit "name" is by name alone.
      return filters.sort === null ? Prisma.sql`ORDER BY m.seeks_partners DESC, ${name}, m.id` : Prisma.sql`ORDER BY ${name}, m.id`;
  }
}

/**
 * One page of results: what a catalogue entry shows, its areas and reply time, and with a search
 * the match tier and the fields that explain it.
 */
export function cataloguePageQuery(
  filters: CatalogueFilters,
  terms: SearchTerms | null,
  conditions: FilterConditions,
  locale: string,
  page: number,
): Prisma.Sql {
  // A hromada without a published profile shows its register entry only: none of a draft's texts.
  const explanationColumns = terms
    ? Prisma.sql`, m.admin_centre_en AS "adminCentreEn", m.admin_centre_uk AS "adminCentreUk", m.raion_en AS "raionEn",
        m.raion_uk AS "raionUk", ${PUBLIC("m.description_en")} AS "descriptionEn", ${PUBLIC("m.description_uk")} AS "descriptionUk",
        (SELECT json_agg(json_build_object('area', a.slug, 'direction', ma.direction, 'en', ma.detail_en, 'uk', ma.detail_uk) ORDER BY ma.direction, a.sort_order)
           FROM municipality_area ma JOIN cooperation_area a ON a.id = ma.area_id WHERE ma.municipality_id = m.id AND m.status = 'PUBLISHED') AS details`
    : Prisma.empty;
  const order = catalogueOrder(filters, terms, locale);
  const columns = Prisma.sql`m.slug, m.name_en AS "nameEn", m.name_uk AS "nameUk", m.name_local AS "nameLocal",
           r.slug AS "regionSlug", r.name_en AS "regionEn", r.name_uk AS "regionUk",
           m.hromada_type::text AS "hromadaType", m.population, m.status = 'PUBLISHED' AND m.seeks_partners AS "seeksPartners",
           m.status = 'PUBLISHED' AS "onPortal", m.katottg,
           m.profile_confirmed_at AS "profileConfirmedAt",
           (SELECT array_agg(a.slug ORDER BY a.sort_order) FROM municipality_area ma JOIN cooperation_area a ON a.id = ma.area_id
             WHERE ma.municipality_id = m.id AND ma.direction = 'NEED' AND m.status = 'PUBLISHED') AS needs,
           (SELECT array_agg(a.slug ORDER BY a.sort_order) FROM municipality_area ma JOIN cooperation_area a ON a.id = ma.area_id
             WHERE ma.municipality_id = m.id AND ma.direction = 'OFFER' AND m.status = 'PUBLISHED') AS offers,
           resp.answered, resp.median_seconds AS "medianSeconds", page.tier
           ${explanationColumns}`;
  const offset = (page - 1) * PAGE_SIZE;
  if (!terms) {
    // Without a search the order is of plain columns: the planner can walk the index on the
    // English name (municipality_name_en_id_idx; seeking first by default:
    // municipality_seeks_partners_name_en_id_idx) and stop after one page, instead of sorting
    // every matching profile, and the display columns are read for that page only.
    return Prisma.sql`
    WITH page AS MATERIALIZED (
      SELECT m.id, NULL::int AS tier ${CATALOGUE_FROM}
      ${catalogueWhere(conditions)}
      ${order}
      LIMIT ${PAGE_SIZE} OFFSET ${offset}
    )
    SELECT ${columns}
      FROM page JOIN municipality m ON m.id = page.id LEFT JOIN region r ON r.id = m.region_id
      ${RESPONSIVENESS_JOIN}
     ${order}`;
  }
  // With a search, the matching rows first, on their own (MATERIALIZED) so that the planner
  // picks the index scans for the filter, with what ordering needs (match tier and closeness
  // computed once per row); then one page of them, and the display columns for that page only.
  const matched = Prisma.sql`
      SELECT m.id, m.population, m.name_en, m.name_uk, m.profile_confirmed_at, m.tier,
             ${searchCloseness(terms, Prisma.sql`m.tier`)} AS closeness
        FROM (
          SELECT m.id, m.population, m.name_en, m.name_uk, m.profile_confirmed_at,
                 m.search_names, m.search_places, m.search_body, ${searchTier(terms)} AS tier
          ${CATALOGUE_FROM}
          ${catalogueWhere(conditions)}
          OFFSET 0 -- keeps the planner from copying the tier's CASE into each use of it below
        ) AS m`;
  const select = Prisma.sql`
    SELECT ${columns}
      FROM page JOIN municipality m ON m.id = page.id LEFT JOIN region r ON r.id = m.region_id
      ${RESPONSIVENESS_JOIN}
     ORDER BY page.position`;
  if (effectiveSort(filters) === "relevance") {
    // Best match first. A page needs the whole matching set only when the best tiers do not fill
    // it: when the rows where a word of a name begins with the query (`named`, from the names'
    // index) and the place tier's most populous rows (`placed`: every hromada of the oblast the
    // query names, tested on their place and name keys only, not on the texts) come to a page's
    // worth, they are the page, and `matched` is never read (so never computed). At 50,000
    // profiles: Lviv 8 → 5 ms, Kyiv 25 → 11 ms. A keyword search (texts) finds little in names
    // and places and takes `matched`, as does a page past the best tiers' rows.
    const best = bestTiers(terms);
    const wanted = offset + PAGE_SIZE;
    const scope = catalogueScope(filters, terms, null);
    const where = (condition: Prisma.Sql) => catalogueWhere({ ...conditions, base: Prisma.sql`${scope} AND ${condition}` });
    const enough = Prisma.sql`((SELECT count(*) FROM named) + (SELECT count(*) FROM placed) >= ${wanted})`;
    return Prisma.sql`
    WITH named AS MATERIALIZED (
      SELECT m.id, m.population, m.tier, ${nameCloseness(terms)}::real AS closeness
        FROM (SELECT m.id, m.population, m.search_names, ${best.nameTier} AS tier ${CATALOGUE_FROM} ${where(best.names)}) AS m
    ), placed AS MATERIALIZED (
      SELECT m.id, m.population, ${MATCH_TIER.place}::int AS tier, 1::real AS closeness
        ${CATALOGUE_FROM} ${where(Prisma.sql`${best.place} AND NOT ${best.names}`)}
       ORDER BY m.population DESC NULLS LAST, m.id
       LIMIT ${wanted}
    ), matched AS MATERIALIZED (${matched}
    ), candidates AS (
      SELECT id, population, tier, closeness FROM named WHERE ${enough}
      UNION ALL
      SELECT id, population, tier, closeness FROM placed WHERE ${enough}
      UNION ALL
      SELECT id, population, tier, closeness::real FROM matched WHERE NOT ${enough}
    ), page AS (
      SELECT m.id, m.tier, row_number() OVER (${order}) AS position FROM candidates m
      ${order}
      LIMIT ${PAGE_SIZE} OFFSET ${offset}
    )
    ${select}`;
  }
  return Prisma.sql`
    WITH matched AS MATERIALIZED (${matched}
    ), page AS (
      SELECT m.id, m.tier, row_number() OVER (${order}) AS position FROM matched m
      ${order}
      LIMIT ${PAGE_SIZE} OFFSET ${offset}
    )
    ${select}`;
}
