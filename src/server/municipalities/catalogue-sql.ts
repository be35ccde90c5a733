import "server-only";
import { Prisma } from "@/server/db";
import { type CatalogueFilters, SIZE_BANDS } from "@/lib/catalogue-filters";

const HROMADA_TYPE = { urban: "URBAN", settlement: "SETTLEMENT", rural: "RURAL" } as const;

/** `%text%` for ILIKE, with LIKE's wildcards escaped and any apostrophe matching any other. */
export function likePattern(text: string): string {
  const escaped = text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
  return `%${escaped.replace(/['’ʼ`]/g, "_")}%`;
}

/**
 * The catalogue's WHERE clause: published Ukrainian profiles matching every filter. The one
 * place the filters become SQL, shared by the page query and the area counts.
 */
export function catalogueWhere(filters: CatalogueFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`m.country = 'UA'`, Prisma.sql`m.status = 'PUBLISHED'`];
  if (filters.region) conditions.push(Prisma.sql`r.slug = ${filters.region}`);
  if (filters.type) conditions.push(Prisma.sql`m.hromada_type = ${HROMADA_TYPE[filters.type]}::"HromadaType"`);
  if (filters.size) {
    const band = SIZE_BANDS[filters.size];
    conditions.push(Prisma.sql`m.population >= ${band.min}`);
    if (band.max !== null) conditions.push(Prisma.sql`m.population < ${band.max}`);
  }
  if (filters.seeking) conditions.push(Prisma.sql`m.seeks_partners`);
  if (filters.q) {
    const pattern = likePattern(filters.q);
    conditions.push(Prisma.sql`(
      lower(m.name_en) LIKE ${pattern} OR lower(m.name_uk) LIKE ${pattern}
      OR lower(m.admin_centre_en) LIKE ${pattern} OR lower(m.admin_centre_uk) LIKE ${pattern})`);
  }
  for (const area of filters.areas) {
    conditions.push(Prisma.sql`EXISTS (
      SELECT 1 FROM municipality_area ma JOIN cooperation_area a ON a.id = ma.area_id
      WHERE ma.municipality_id = m.id AND a.slug = ${area})`);
  }
  return Prisma.sql`FROM municipality m LEFT JOIN region r ON r.id = m.region_id WHERE ${Prisma.join(conditions, " AND ")}`;
}

export function catalogueOrder(filters: CatalogueFilters, locale: string): Prisma.Sql {
  const name = locale === "uk" ? Prisma.sql`coalesce(m.name_uk, m.name_en)` : Prisma.sql`m.name_en`;
  switch (filters.sort) {
    case "population":
      return Prisma.sql`ORDER BY m.population DESC NULLS LAST, m.id`;
    case "confirmed":
      return Prisma.sql`ORDER BY m.profile_confirmed_at DESC NULLS LAST, m.id`;
    default:
      return Prisma.sql`ORDER BY ${name}, m.id`;
  }
}
