import "server-only";
import { db } from "@/server/db";
import type { CooperationAreaSlug } from "@/lib/cooperation-areas";

export const REGISTRY_PAGE_SIZE = 50;

/** Active partnerships (every stage but ENDED), newest first; a page past the end shows the last. */
export async function listActivePartnerships(requestedPage: number) {
  const where = { stage: { not: "ENDED" as const } };
  const total = await db().partnership.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / REGISTRY_PAGE_SIZE));
  const page = Math.min(Math.max(1, requestedPage), pageCount);
  const rows = await db().partnership.findMany({
    where,
    select: {
      id: true,
      since: true,
      stage: true,
      ukrainianMunicipality: {
        select: { slug: true, nameEn: true, nameUk: true, status: true, region: { select: { slug: true, nameEn: true, nameUk: true } } },
      },
      euMunicipality: { select: { nameEn: true, nameLocal: true, country: true } },
      areas: { select: { area: { select: { slug: true } } }, orderBy: { area: { sortOrder: "asc" } } },
    },
    orderBy: [{ since: "desc" }, { id: "asc" }],
    skip: (page - 1) * REGISTRY_PAGE_SIZE,
    take: REGISTRY_PAGE_SIZE,
  });
  return {
    total,
    page,
    pageCount,
    partnerships: rows.map((p) => ({ ...p, areas: p.areas.map((a) => a.area.slug as CooperationAreaSlug) })),
  };
}
