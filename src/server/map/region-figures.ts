import "server-only";
import { db } from "@/server/db";
import { cachedForCurrentGeneration } from "@/server/generation-cache";
import type { CooperationAreaSlug } from "@/lib/cooperation-areas";

export type RegionFigures = {
  slug: string;
  nameEn: string;
  nameUk: string;
  occupied: boolean;
  /** Published Ukrainian municipalities there that seek partners. */
  seeking: number;
  /** Partnerships not ended whose Ukrainian side lies there. */
  activePartnerships: number;
};

/**
 * The map's figures for every region of Ukraine, in one query grouped by region, computed once
 * per generation (generation-cache.ts). Regions with nothing to count are listed with zeros: an
 * empty oblast is a figure too.
 */
export function regionFigures(): Promise<RegionFigures[]> {
  return cachedForCurrentGeneration("region figures", countRegionFigures);
}

async function countRegionFigures(): Promise<RegionFigures[]> {
  const rows = await db().$queryRaw<{ slug: string; name_en: string; name_uk: string; occupied: boolean; seeking: bigint; active: bigint }[]>`
    SELECT r.slug, r.name_en, r.name_uk, r.occupied,
           count(DISTINCT m.id) FILTER (WHERE m.status = 'PUBLISHED' AND m.seeks_partners AND m.occupied_since IS NULL) AS seeking,
           count(DISTINCT p.id) AS active
      FROM region r
      LEFT JOIN municipality m ON m.region_id = r.id AND m.country = 'UA'
      LEFT JOIN partnership p ON p.ukrainian_municipality_id = m.id AND p.stage <> 'ENDED'
     GROUP BY r.id
     ORDER BY r.name_en`;
  return rows.map((r) => ({
    slug: r.slug,
    nameEn: r.name_en,
    nameUk: r.name_uk,
    occupied: r.occupied,
    seeking: Number(r.seeking),
    activePartnerships: Number(r.active),
  }));
}

/**
 * For the map of one cooperation area's need ("where is water supply needed?"): by region slug,
 * the published Ukrainian municipalities whose profile says they need `area`. Regions with none
 * are left out (zero). Computed once per generation and area.
 */
export function regionNeeds(area: CooperationAreaSlug): Promise<Map<string, number>> {
  return cachedForCurrentGeneration(`region needs ${area}`, async () => {
    const rows = await db().$queryRaw<{ slug: string; count: bigint }[]>`
      SELECT r.slug, count(*) AS count
        FROM municipality m
        JOIN region r ON r.id = m.region_id
       WHERE m.country = 'UA' AND m.status = 'PUBLISHED'
         AND EXISTS (SELECT 1 FROM municipality_area ma JOIN cooperation_area a ON a.id = ma.area_id
                      WHERE ma.municipality_id = m.id AND a.slug = ${area} AND ma.direction = 'NEED')
       GROUP BY r.slug`;
    return new Map(rows.map((r) => [r.slug, Number(r.count)]));
  });
}
