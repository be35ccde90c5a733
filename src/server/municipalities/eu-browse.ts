import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { COOPERATION_AREAS, type CooperationAreaSlug } from "@/lib/cooperation-areas";
import { WORKING_LANGUAGES } from "@/lib/languages";

export const EU_BROWSE_PAGE_SIZE = 20;

/** What a hromada looks for in an EU partner: its country, an area it offers, a language its staff speak, a Ukrainian community from an oblast. */
export type EuBrowseFilter = { country: string | null; area: CooperationAreaSlug | null; language: string | null; oblast: string | null; page: number };

/** The filter from GET parameters; a value that is not one of the options counts as not given. */
export function parseEuBrowseFilter(params: Record<string, string | string[] | undefined>): EuBrowseFilter {
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string) : "");
  const country = /^[A-Z]{2}$/.test(one("country")) && one("country") !== "UA" ? one("country") : null;
  const area = (COOPERATION_AREAS as readonly string[]).includes(one("area")) ? (one("area") as CooperationAreaSlug) : null;
  const language = (WORKING_LANGUAGES as readonly string[]).includes(one("language")) ? one("language") : null;
  const oblast = /^[a-z0-9-]{1,40}$/.test(one("oblast")) ? one("oblast") : null;
  const page = Number.parseInt(one("page") || "1", 10);
  return { country, area, language, oblast, page: Number.isSafeInteger(page) && page >= 1 && page <= 1000 ? page : 1 };
}

/**
 * Published profiles of municipalities outside Ukraine, by name, filtered; public, as their
 * profiles are (the contact person is not selected). Hromadas' editors browse them to propose a
 * partnership (src/server/requests/propose.ts).
 */
export async function browseEuMunicipalities(filter: EuBrowseFilter) {
  const where: Prisma.MunicipalityWhereInput = {
    country: filter.country ?? { not: "UA" },
    status: "PUBLISHED",
    ...(filter.area ? { areas: { some: { direction: "OFFER", area: { slug: filter.area } } } } : {}),
    ...(filter.language ? { languages: { has: filter.language } } : {}),
    ...(filter.oblast ? { ukrainianCommunityRegions: { has: filter.oblast } } : {}),
  };
  const [total, rows, countries, oblasts] = await Promise.all([
    db().municipality.count({ where }),
    db().municipality.findMany({
      where,
      orderBy: [{ nameEn: "asc" }, { id: "asc" }],
      skip: (filter.page - 1) * EU_BROWSE_PAGE_SIZE,
      take: EU_BROWSE_PAGE_SIZE,
      select: {
        slug: true,
        country: true,
        nameEn: true,
        nameLocal: true,
        languages: true,
        ukrainianCommunityRegions: true,
        areas: { where: { direction: "OFFER" }, select: { area: { select: { slug: true } } }, orderBy: { area: { sortOrder: "asc" } } },
      },
    }),
    db().municipality.findMany({
      where: { country: { not: "UA" }, status: "PUBLISHED" },
      distinct: ["country"],
      select: { country: true },
      orderBy: { country: "asc" },
    }),
    db().region.findMany({ select: { slug: true, nameEn: true, nameUk: true }, orderBy: { nameEn: "asc" } }),
  ]);
  const oblastBySlug = new Map(oblasts.map((o) => [o.slug, o]));
  return {
    total,
    pages: Math.max(1, Math.ceil(total / EU_BROWSE_PAGE_SIZE)),
    options: { countries: countries.map((c) => c.country), oblasts },
    rows: rows.map((m) => ({
      slug: m.slug,
      country: m.country,
      name: m.nameLocal ?? m.nameEn,
      languages: m.languages,
      offers: m.areas.map((a) => a.area.slug as CooperationAreaSlug),
      communityFrom: m.ukrainianCommunityRegions.flatMap((slug) => oblastBySlug.get(slug) ?? []),
    })),
  };
}

export type EuBrowseResult = Awaited<ReturnType<typeof browseEuMunicipalities>>;
