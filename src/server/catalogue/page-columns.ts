import "server-only";
import { Prisma } from "@/server/db";
import { PAGE_SIZE } from "@/lib/catalogue-filters";
import type { SearchTerms } from "@/lib/search/query";
import { RESPONSIVENESS_JOIN } from "@/server/municipalities/responsiveness";

const PUBLIC = (column: string) => Prisma.raw(`CASE WHEN m.status = 'PUBLISHED' THEN ${column} END`);

/**
 * What a catalogue entry shows, its areas and reply time, over a `page` CTE of ids (with `tier`);
 * with a search, the fields that explain the match too. A hromada without a published profile
 * shows its register entry only: none of a draft's texts.
 */
export function pageColumns(terms: SearchTerms | null): Prisma.Sql {
  const explanationColumns = terms
    ? Prisma.sql`, m.admin_centre_en AS "adminCentreEn", m.admin_centre_uk AS "adminCentreUk", m.raion_en AS "raionEn",
        m.raion_uk AS "raionUk", ${PUBLIC("m.description_en")} AS "descriptionEn", ${PUBLIC("m.description_uk")} AS "descriptionUk",
        (SELECT json_agg(json_build_object('area', a.slug, 'direction', ma.direction, 'en', ma.detail_en, 'uk', ma.detail_uk) ORDER BY ma.direction, a.sort_order)
           FROM municipality_area ma JOIN cooperation_area a ON a.id = ma.area_id WHERE ma.municipality_id = m.id AND m.status = 'PUBLISHED') AS details`
    : Prisma.empty;
  return Prisma.sql`m.slug, m.name_en AS "nameEn", m.name_uk AS "nameUk", m.name_local AS "nameLocal",
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
}

/** The display columns of the `page` CTE's rows, in `order`. */
export function selectPage(terms: SearchTerms | null, order: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT ${pageColumns(terms)}
      FROM page JOIN municipality m ON m.id = page.id LEFT JOIN region r ON r.id = m.region_id
      ${RESPONSIVENESS_JOIN}
     ${order}`;
}

/**
 * The `page` CTE: one page of the rows of `source` (a CTE with `id` and `tier`, and the columns
 * `order` reads, as m), with each row's position in `order`. The page is taken first, by a sort
 * that keeps only the rows up to its end (top-N), and then numbered: numbering every row first
 * sorted them all ("school" at 50,000 profiles: 25,000 rows, ~20 ms of ~290).
 */
export function pageOf(source: string, order: Prisma.Sql, offset: number): Prisma.Sql {
  return Prisma.sql`page AS (
      SELECT m.id, m.tier, row_number() OVER (${order}) AS position FROM (
        SELECT m.* FROM ${Prisma.raw(source)} m
        ${order}
        LIMIT ${PAGE_SIZE} OFFSET ${offset}
      ) AS m
    )`;
}

/** A search's page keeps the position its ranking gave each row. */
export const BY_POSITION = Prisma.sql`ORDER BY page.position`;
