import "server-only";
import { db } from "@/server/db";
import { listActivePartnerships } from "@/server/partnerships/registry";

/**
 * The partnership registry as open data: what `/{locale}/partnerships` lists (active
 * partnerships: both sides' names, the partner's country, stage, since when, areas).
 * A hromada is linked only when its profile is published, as on the page.
 */
type Row = Awaited<ReturnType<typeof listActivePartnerships>>["partnerships"][number];

export type ApiPartnership = {
  id: number;
  since: string;
  stage: string;
  hromada: { slug: string | null; name: { en: string; uk: string | null }; oblast: string | null };
  partner: { name: string; nameEn: string; country: string };
  areas: string[];
  page: string;
};

function shape(p: Row): ApiPartnership {
  const ua = p.ukrainianMunicipality;
  return {
    id: p.id,
    since: p.since.toISOString().slice(0, 10),
    stage: p.stage.toLowerCase(),
    hromada: { slug: ua.slug, name: { en: ua.nameEn, uk: ua.nameUk }, oblast: ua.region?.slug ?? null },
    partner: { name: p.euMunicipality.nameLocal ?? p.euMunicipality.nameEn, nameEn: p.euMunicipality.nameEn, country: p.euMunicipality.country },
    areas: p.areas,
    page: `/en/partnerships/${p.id}`,
  };
}

export async function partnershipsPage(page: number) {
  const result = await listActivePartnerships(page);
  return { entries: result.partnerships.map(shape), total: result.total, page: result.page, pageCount: result.pageCount };
}

export async function allPartnerships(): Promise<ApiPartnership[]> {
  const rows = await db().partnership.findMany({
    where: { stage: { not: "ENDED" } },
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
  });
  return rows.map((p) => shape({ ...p, areas: p.areas.map((a) => a.area.slug) } as Row));
}
