import "server-only";
import { Prisma } from "@/server/db";
import { COOPERATION_AREAS, type CooperationAreaSlug } from "@/lib/cooperation-areas";
import { type AreaDirectionParam, type CatalogueFilters, HROMADA_TYPES, type HromadaTypeParam, SIZE_BANDS, type SizeBand } from "@/lib/catalogue-filters";
import { WORKING_LANGUAGES, type WorkingLanguage } from "@/lib/languages";
import { CATALOGUE_FROM, type FilterConditions, areasCondition } from "./filters";

/**
 * Counts beside each filter option. Each is the number of results with that option chosen and
 * the other filters as they are (standard faceting: a facet's own choice is left out), except
 * cooperation areas, which combine with AND: theirs count the results with the area added.
 */
export type CatalogueFacets = {
  total: number;
  /** Of the total, the hromadas with a published profile (the rest: the register only). */
  published: number;
  areas: Record<CooperationAreaSlug, number>;
  direction: Record<AreaDirectionParam, number>;
  oblast: Record<string, number>;
  type: Record<HromadaTypeParam, number>;
  size: Record<SizeBand, number>;
  seeking: number;
  languages: Record<WorkingLanguage, number>;
};

type Flag = "region" | "type" | "size" | "seeking" | "languages" | "areas";
const FLAGS: Record<Flag, Prisma.Sql> = {
  region: Prisma.sql`f_region`,
  type: Prisma.sql`f_type`,
  size: Prisma.sql`f_size`,
  seeking: Prisma.sql`f_seeking`,
  languages: Prisma.sql`f_languages`,
  areas: Prisma.sql`f_areas`,
};
const TRUE = Prisma.sql`TRUE`;

/** Every filter but `left` (none: all of them), over the flags of the `base` CTE. */
function allBut(left: Flag | null): Prisma.Sql {
  return Prisma.join(
    (Object.keys(FLAGS) as Flag[]).filter((f) => f !== left).map((f) => FLAGS[f]),
    " AND ",
  );
}

function sizeBandSql(): Prisma.Sql {
  const cases = (Object.entries(SIZE_BANDS) as [SizeBand, { min: number; max: number | null }][]).map(([band, { min, max }]) =>
    max === null ? Prisma.sql`WHEN m.population >= ${min} THEN ${band}` : Prisma.sql`WHEN m.population >= ${min} AND m.population < ${max} THEN ${band}`,
  );
  return Prisma.sql`CASE ${Prisma.join(cases, " ")} END`;
}

/** The cache key of the counts (src/server/generation-cache.ts): every filter, but not the page, the order or the language. */
export function facetKey(filters: CatalogueFilters): string {
  const { page: _page, sort: _sort, ...counted } = filters;
  return `facets ${JSON.stringify({ ...counted, areas: [...counted.areas].sort(), languages: [...counted.languages].sort() })}`;
}

/**
 * Every count in one statement, whatever the page size: one scan of the matching profiles
 * (the `base` CTE, with a flag per filter), then a small aggregate per facet.
 */
export function facetQuery(filters: CatalogueFilters, c: FilterConditions): Prisma.Sql {
  // A direction's count needs the areas filter with that direction, per row, only when areas or
  // a direction are chosen; otherwise one join counts who needs or offers anything.
  const perRowDirection = filters.areas.length > 0 || filters.direction !== null;
  const directionFlags = perRowDirection
    ? Prisma.sql`, ${areasCondition(filters.areas, "need") ?? TRUE} AS f_need, ${areasCondition(filters.areas, "offer") ?? TRUE} AS f_offer`
    : Prisma.empty;
  const directionCounts = perRowDirection
    ? Prisma.sql`SELECT 'direction', d.v, count(*)::int FROM base CROSS JOIN (VALUES ('need'), ('offer')) AS d(v)
        WHERE ${allBut("areas")} AND CASE d.v WHEN 'need' THEN f_need ELSE f_offer END GROUP BY d.v`
    : Prisma.sql`SELECT 'direction', lower(ma.direction::text), count(DISTINCT base.id)::int
        FROM base JOIN municipality_area ma ON ma.municipality_id = base.id WHERE ${allBut("areas")} AND published GROUP BY ma.direction`;
  const areaDirection = filters.direction ? Prisma.sql`AND ma.direction = ${filters.direction === "need" ? "NEED" : "OFFER"}::"AreaDirection"` : Prisma.empty;

  return Prisma.sql`
    WITH base AS MATERIALIZED (
      SELECT m.id, r.slug AS region, m.hromada_type::text AS type, ${sizeBandSql()} AS band,
             m.status = 'PUBLISHED' AS published, m.seeks_partners AND m.status = 'PUBLISHED' AS seeking,
             CASE WHEN m.status = 'PUBLISHED' THEN m.languages END AS languages,
             ${c.region ?? TRUE} AS f_region, ${c.type ?? TRUE} AS f_type, ${c.size ?? TRUE} AS f_size,
             ${c.seeking ?? TRUE} AS f_seeking, ${c.languages ?? TRUE} AS f_languages, ${c.areas ?? TRUE} AS f_areas
             ${directionFlags}
      ${CATALOGUE_FROM}
      WHERE ${c.base}
    )
    SELECT 'total' AS facet, NULL::text AS value, count(*)::int AS n FROM base WHERE ${allBut(null)}
    UNION ALL SELECT 'oblast', region, count(*)::int FROM base WHERE ${allBut("region")} GROUP BY region
    UNION ALL SELECT 'type', type, count(*)::int FROM base WHERE ${allBut("type")} GROUP BY type
    UNION ALL SELECT 'size', band, count(*)::int FROM base WHERE ${allBut("size")} GROUP BY band
    UNION ALL SELECT 'published', 'yes', count(*)::int FROM base WHERE ${allBut(null)} AND published
    UNION ALL SELECT 'seeking', 'yes', count(*)::int FROM base WHERE ${allBut("seeking")} AND seeking
    UNION ALL SELECT 'lang', l, count(*)::int FROM base CROSS JOIN unnest(base.languages) AS l WHERE ${allBut("languages")} GROUP BY l
    UNION ALL ${directionCounts}
    UNION ALL SELECT 'area', a.slug, count(DISTINCT base.id)::int
      FROM base JOIN municipality_area ma ON ma.municipality_id = base.id ${areaDirection}
      JOIN cooperation_area a ON a.id = ma.area_id
     WHERE ${allBut(null)} AND published GROUP BY a.slug`;
}

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function readFacets(rows: { facet: string; value: string | null; n: number }[]): CatalogueFacets {
  const facets: CatalogueFacets = {
    total: 0,
    published: 0,
    areas: zeros(COOPERATION_AREAS),
    direction: zeros(["need", "offer"] as const),
    oblast: {},
    type: zeros(HROMADA_TYPES),
    size: zeros(Object.keys(SIZE_BANDS) as SizeBand[]),
    seeking: 0,
    languages: zeros(WORKING_LANGUAGES),
  };
  const put = <K extends string>(record: Record<K, number>, key: string | null, n: number) => {
    if (key !== null && key in record) record[key as K] = n;
  };
  for (const { facet, value, n } of rows) {
    if (facet === "total") facets.total = n;
    else if (facet === "seeking") facets.seeking = n;
    else if (facet === "published") facets.published = n;
    else if (facet === "oblast" && value !== null) facets.oblast[value] = n;
    else if (facet === "type") put(facets.type, value?.toLowerCase() ?? null, n);
    else if (facet === "size") put(facets.size, value, n);
    else if (facet === "lang") put(facets.languages, value, n);
    else if (facet === "direction") put(facets.direction, value, n);
    else if (facet === "area") put(facets.areas, value, n);
  }
  return facets;
}
