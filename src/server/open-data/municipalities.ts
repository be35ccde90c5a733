import "server-only";
import { db, Prisma } from "@/server/db";
import { type CatalogueFilters, type IgnoredParam, katottgInSearch, parseCatalogueParams } from "@/lib/catalogue-filters";
import { searchTerms } from "@/lib/search/query";
import type { CooperationAreaSlug } from "@/lib/cooperation-areas";
import { searchCatalogue, type CatalogueEntry } from "@/server/catalogue/catalogue";
import { CATALOGUE_FROM, catalogueWhere, filterConditions } from "@/server/catalogue/filters";
import { getPublicProfile, getRegisterEntry } from "@/server/municipalities/profile";
import { listRegions } from "@/server/regions";

/**
 * The catalogue as open data: the same filters and the same rows as `/{locale}/municipalities`
 * (through the catalogue's own query functions), in the API's shape. Only what the catalogue and
 * the public profile show anonymously: never a contact person.
 */
export type ApiMunicipality = {
  slug: string;
  katottg: string | null;
  name: { en: string; uk: string | null };
  oblast: { slug: string; en: string | null; uk: string | null } | null;
  hromadaType: "urban" | "settlement" | "rural" | null;
  population: number | null;
  onPortal: boolean;
  seeksPartners: boolean;
  profileConfirmedAt: string | null;
  needs: CooperationAreaSlug[];
  offers: CooperationAreaSlug[];
  /** The profile page, in English (any of the nine locales may replace `/en`). */
  page: string;
};

const lower = (t: CatalogueEntry["hromadaType"]) => (t ? (t.toLowerCase() as ApiMunicipality["hromadaType"]) : null);

function shape(e: Omit<CatalogueEntry, "responsiveness" | "match">): ApiMunicipality {
  return {
    slug: e.slug,
    katottg: e.katottg,
    name: { en: e.nameEn, uk: e.nameUk },
    oblast: e.regionSlug ? { slug: e.regionSlug, en: e.regionEn, uk: e.regionUk } : null,
    hromadaType: lower(e.hromadaType),
    population: e.population,
    onPortal: e.onPortal,
    seeksPartners: e.seeksPartners,
    profileConfirmedAt: e.profileConfirmedAt ? new Date(e.profileConfirmedAt).toISOString() : null,
    needs: e.needs,
    offers: e.offers,
    page: `/en/municipalities/${e.slug}`,
  };
}

/** The catalogue's parameters from a query string; what it could not use is a list of problems. */
export async function parseApiFilters(search: URLSearchParams): Promise<{ filters: CatalogueFilters; ignored: IgnoredParam[] }> {
  const raw: Record<string, string[]> = {};
  for (const [key, value] of search) (raw[key] ??= []).push(value);
  const regions = await listRegions();
  return parseCatalogueParams(
    raw,
    regions.map((r) => r.slug),
  );
}

/** One page of the catalogue, as the page shows it (its page size and order). */
export async function municipalitiesPage(filters: CatalogueFilters) {
  const result = await searchCatalogue(filters, "en");
  return { entries: result.entries.map(shape), total: result.total, page: result.page, pageCount: result.pageCount };
}

/** At most this many rows in one download: the whole register is 1,469 hromadas. */
export const DOWNLOAD_LIMIT = 100_000;

/**
 * Every municipality the filters select, by name, for a download: one query through the
 * catalogue's own conditions (its page query walks one page at a time).
 */
export async function allMunicipalities(filters: CatalogueFilters): Promise<ApiMunicipality[]> {
  const code = katottgInSearch(filters.q);
  const terms = filters.q && !code ? searchTerms(filters.q) : null;
  if (filters.q && !code && !terms) return [];
  const where = catalogueWhere(filterConditions(filters, terms, code));
  const rows = await db().$queryRaw<Omit<CatalogueEntry, "responsiveness" | "match">[]>(Prisma.sql`
    SELECT m.slug, m.name_en AS "nameEn", m.name_uk AS "nameUk", r.slug AS "regionSlug", r.name_en AS "regionEn", r.name_uk AS "regionUk",
           m.hromada_type::text AS "hromadaType", m.population, m.status = 'PUBLISHED' AND m.seeks_partners AS "seeksPartners",
           m.status = 'PUBLISHED' AS "onPortal", m.katottg, m.profile_confirmed_at AS "profileConfirmedAt",
           coalesce((SELECT array_agg(a.slug ORDER BY a.sort_order) FROM municipality_area ma JOIN cooperation_area a ON a.id = ma.area_id
              WHERE ma.municipality_id = m.id AND ma.direction = 'NEED' AND m.status = 'PUBLISHED'), '{}') AS needs,
           coalesce((SELECT array_agg(a.slug ORDER BY a.sort_order) FROM municipality_area ma JOIN cooperation_area a ON a.id = ma.area_id
              WHERE ma.municipality_id = m.id AND ma.direction = 'OFFER' AND m.status = 'PUBLISHED'), '{}') AS offers
      ${CATALOGUE_FROM}
      ${where}
     ORDER BY m.name_en, m.id
     LIMIT ${DOWNLOAD_LIMIT}`);
  return rows.map(shape);
}

/**
 * One hromada: its public profile when published (what the page shows anonymously: no contact
 * person), otherwise its register entry; null when the portal has no such hromada.
 */
export async function oneMunicipality(slug: string) {
  const profile = await getPublicProfile(slug);
  if (profile) {
    const { id: _id, hromadaType, profileConfirmedAt, partnerships, region, ...rest } = profile;
    void _id;
    return {
      ...rest,
      onPortal: true,
      hromadaType: hromadaType ? hromadaType.toLowerCase() : null,
      profileConfirmedAt: profileConfirmedAt?.toISOString() ?? null,
      oblast: region ? { slug: region.slug, en: region.nameEn, uk: region.nameUk, occupied: region.occupied } : null,
      partnerships: partnerships.map((p) => ({ ...p, since: p.since.toISOString().slice(0, 10), stage: p.stage.toLowerCase() })),
      page: `/en/municipalities/${profile.slug}`,
    };
  }
  const entry = await getRegisterEntry(slug);
  if (!entry) return null;
  const { id: _id, region, hromadaType, ukrainianPartnerships, leftRegisterAt, occupiedSince, frontlineSince, ...rest } = entry;
  void _id;
  return {
    ...rest,
    onPortal: false,
    hromadaType: hromadaType ? hromadaType.toLowerCase() : null,
    oblast: region ? { slug: region.slug, en: region.nameEn, uk: region.nameUk, occupied: region.occupied } : null,
    leftRegisterAt: leftRegisterAt?.toISOString() ?? null,
    occupiedSince: occupiedSince?.toISOString().slice(0, 10) ?? null,
    frontlineSince: frontlineSince?.toISOString().slice(0, 10) ?? null,
    partnerships: ukrainianPartnerships.map((p) => ({
      id: p.id,
      since: p.since.toISOString().slice(0, 10),
      stage: p.stage.toLowerCase(),
      partner: p.euMunicipality,
    })),
    page: `/en/municipalities/${entry.slug}`,
  };
}
