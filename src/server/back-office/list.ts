import "server-only";
import { Prisma, db } from "@/server/db";
import { authorize, type Principal } from "@/server/auth/principal";
import { katottgInSearch } from "@/lib/catalogue-filters";
import { searchTerms } from "@/lib/search/query";
import { nameCloseness, nameCondition } from "@/server/catalogue/match";

export const BACK_OFFICE_PAGE_SIZE = 25;

export type ManagedRow = {
  slug: string;
  country: string;
  katottg: string | null;
  nameEn: string;
  nameUk: string | null;
  nameLocal: string | null;
  regionEn: string | null;
  regionUk: string | null;
  regionName: string | null;
  status: "DRAFT" | "PUBLISHED";
  leftRegister: boolean;
  occupied: boolean;
  frontline: boolean;
};

export type ManagedFilter = { q: string; left: boolean; page: number };

/**
 * Every municipality of the portal, of any country and status, for the coordinators: by name in
 * any spelling the search forgives, or by KATOTTG code; `left` keeps those no longer in the
 * codifier (to be merged). Closest names first; without a query, by name.
 */
export async function listMunicipalities(
  principal: Principal | null,
  filter: ManagedFilter,
): Promise<{ rows: ManagedRow[]; total: number; page: number; pageCount: number }> {
  await authorize(principal, "municipality.manage");
  const code = katottgInSearch(filter.q);
  const terms = filter.q && !code ? searchTerms(filter.q) : null;
  if (filter.q && !code && !terms) return { rows: [], total: 0, page: 1, pageCount: 1 };
  const conditions: Prisma.Sql[] = [];
  if (code) conditions.push(Prisma.sql`m.katottg = ${code}`);
  if (terms) conditions.push(nameCondition(terms));
  if (filter.left) conditions.push(Prisma.sql`m.left_register_at IS NOT NULL`);
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const [{ total }] = await db().$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM municipality m ${where}`;
  const pageCount = Math.max(1, Math.ceil(total / BACK_OFFICE_PAGE_SIZE));
  const page = Math.min(Math.max(1, filter.page), pageCount);
  const order = terms ? Prisma.sql`${nameCloseness(terms)} DESC, m.population DESC NULLS LAST, m.name_en, m.id` : Prisma.sql`m.name_en, m.id`;
  const rows = await db().$queryRaw<ManagedRow[]>`
    SELECT m.slug, m.country, m.katottg, m.name_en AS "nameEn", m.name_uk AS "nameUk", m.name_local AS "nameLocal",
           r.name_en AS "regionEn", r.name_uk AS "regionUk", m.region_name AS "regionName", m.status::text AS status,
           m.left_register_at IS NOT NULL AS "leftRegister", m.occupied_since IS NOT NULL AS occupied,
           m.frontline_since IS NOT NULL AS frontline
      FROM municipality m LEFT JOIN region r ON r.id = m.region_id
      ${where}
     ORDER BY ${order}
     LIMIT ${BACK_OFFICE_PAGE_SIZE} OFFSET ${(page - 1) * BACK_OFFICE_PAGE_SIZE}`;
  return { rows, total, page, pageCount };
}
