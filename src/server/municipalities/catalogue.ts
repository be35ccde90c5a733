import "server-only";
import { db } from "@/server/db";
import { COOPERATION_AREAS, type CooperationAreaSlug } from "@/lib/cooperation-areas";
import { type CatalogueFilters, PAGE_SIZE } from "@/lib/catalogue-filters";
import { catalogueOrder, catalogueWhere } from "./catalogue-sql";

export type CatalogueEntry = {
  slug: string;
  nameEn: string;
  nameUk: string | null;
  regionEn: string | null;
  regionUk: string | null;
  hromadaType: "URBAN" | "SETTLEMENT" | "RURAL" | null;
  population: number | null;
  seeksPartners: boolean;
  profileConfirmedAt: Date | null;
  needs: CooperationAreaSlug[];
  offers: CooperationAreaSlug[];
};

export type CataloguePage = {
  entries: CatalogueEntry[];
  total: number;
  /** The page shown: the requested one, or the last one when it was out of range. */
  page: number;
  pageCount: number;
  /** For each area: how many results there would be with that area added to the filters. */
  areaCounts: Record<CooperationAreaSlug, number>;
};

type PageRow = Omit<CatalogueEntry, "needs" | "offers"> & { needs: string[] | null; offers: string[] | null };

/**
 * One page of published Ukrainian profiles. Two queries whatever the filters or page size: the
 * counts (total and per area), then the page's rows with their areas.
 */
export async function searchCatalogue(filters: CatalogueFilters, locale: string): Promise<CataloguePage> {
  const where = catalogueWhere(filters);
  const counts = await db().$queryRaw<{ slug: string; n: bigint }[]>`
    WITH matched AS (SELECT m.id ${where})
    SELECT a.slug, count(DISTINCT ma.municipality_id) AS n
      FROM cooperation_area a
      LEFT JOIN municipality_area ma ON ma.area_id = a.id AND ma.municipality_id IN (SELECT id FROM matched)
     GROUP BY a.slug
    UNION ALL
    SELECT '*', count(*) FROM matched`;

  const areaCounts = Object.fromEntries(COOPERATION_AREAS.map((a) => [a, 0])) as Record<CooperationAreaSlug, number>;
  let total = 0;
  for (const row of counts) {
    if (row.slug === "*") total = Number(row.n);
    else if (row.slug in areaCounts) areaCounts[row.slug as CooperationAreaSlug] = Number(row.n);
  }
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  if (total === 0) return { entries: [], total, page, pageCount, areaCounts };

  const rows = await db().$queryRaw<PageRow[]>`
    SELECT m.slug, m.name_en AS "nameEn", m.name_uk AS "nameUk", r.name_en AS "regionEn", r.name_uk AS "regionUk",
           m.hromada_type::text AS "hromadaType", m.population, m.seeks_partners AS "seeksPartners",
           m.profile_confirmed_at AS "profileConfirmedAt",
           (SELECT array_agg(a.slug ORDER BY a.sort_order) FROM municipality_area ma JOIN cooperation_area a ON a.id = ma.area_id
             WHERE ma.municipality_id = m.id AND ma.direction = 'NEED') AS needs,
           (SELECT array_agg(a.slug ORDER BY a.sort_order) FROM municipality_area ma JOIN cooperation_area a ON a.id = ma.area_id
             WHERE ma.municipality_id = m.id AND ma.direction = 'OFFER') AS offers
    ${where}
    ${catalogueOrder(filters, locale)}
    LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`;

  const entries = rows.map((row) => ({
    ...row,
    needs: (row.needs ?? []) as CooperationAreaSlug[],
    offers: (row.offers ?? []) as CooperationAreaSlug[],
  }));
  return { entries, total, page, pageCount, areaCounts };
}

