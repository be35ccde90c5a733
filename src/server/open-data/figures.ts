import "server-only";
import { db } from "@/server/db";
import { cachedForCurrentGeneration } from "@/server/generation-cache";
import { COOPERATION_AREAS, type CooperationAreaSlug } from "@/lib/cooperation-areas";

/**
 * The network's figures, as the statistics page charts them and the API and downloads give them:
 * public aggregates only (counts and medians), never a person or a request's text.
 */
export type PartnershipsByCountry = { country: string; partnerships: number }[];
export type PartnershipsByYear = { year: number; partnerships: number }[];
export type AreasBalance = { area: CooperationAreaSlug; needed: number; offered: number }[];
export type RequestsByMonth = { month: string; submitted: number; decided: number; medianDaysToDecision: number | null }[];
export type SeekingByOblast = { oblast: string; nameEn: string; nameUk: string; seeking: number }[];

export type Figures = {
  partnershipsByCountry: PartnershipsByCountry;
  partnershipsByYear: PartnershipsByYear;
  areas: AreasBalance;
  requestsByMonth: RequestsByMonth;
  seekingByOblast: SeekingByOblast;
};

export const FIGURES = ["partnerships-by-country", "partnerships-by-year", "areas", "requests-by-month", "seeking-by-oblast"] as const;
export type FigureName = (typeof FIGURES)[number];
export const isFigureName = (value: string): value is FigureName => (FIGURES as readonly string[]).includes(value);

/** Months shown by the requests chart: this one and the eleven before it (Kyiv time). */
export const REQUEST_MONTHS = 12;
/** The portal's time zone: a month is a month there, as everywhere the portal shows a date. */
const TIME_ZONE = "Europe/Kyiv";

/** Active partnerships (every stage but ENDED) by the partner's country, most first. */
async function partnershipsByCountry(): Promise<PartnershipsByCountry> {
  const rows = await db().$queryRaw<{ country: string; n: number }[]>`
    SELECT m.country, count(*)::int AS n FROM partnership p JOIN municipality m ON m.id = p.eu_municipality_id
     WHERE p.stage <> 'ENDED' GROUP BY m.country ORDER BY n DESC, m.country`;
  return rows.map((r) => ({ country: r.country, partnerships: r.n }));
}

/** Partnerships by the year they began (ended ones too: they began then), every year from the first to this one. */
async function partnershipsByYear(): Promise<PartnershipsByYear> {
  const rows = await db().$queryRaw<{ year: number; n: number }[]>`
    WITH years AS (SELECT extract(year FROM since)::int AS year FROM partnership)
    SELECT y.year, (SELECT count(*)::int FROM years WHERE years.year = y.year) AS n
      FROM generate_series((SELECT min(year) FROM years), (SELECT max(year) FROM years)) AS y(year)
     ORDER BY y.year`;
  return rows.map((r) => ({ year: r.year, partnerships: r.n }));
}

/** Per cooperation area, how many published profiles need it and how many offer it. */
async function areasBalance(): Promise<AreasBalance> {
  const rows = await db().$queryRaw<{ slug: string; needed: number; offered: number }[]>`
    SELECT a.slug,
           count(*) FILTER (WHERE ma.direction = 'NEED')::int AS needed,
           count(*) FILTER (WHERE ma.direction = 'OFFER')::int AS offered
      FROM municipality_area ma
      JOIN municipality m ON m.id = ma.municipality_id AND m.status = 'PUBLISHED'
      JOIN cooperation_area a ON a.id = ma.area_id
     GROUP BY a.slug`;
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  return COOPERATION_AREAS.map((area) => ({ area, needed: bySlug.get(area)?.needed ?? 0, offered: bySlug.get(area)?.offered ?? 0 }));
}

/**
 * Requests sent per month over the last twelve, the decisions (approved or declined) taken in
 * each, and the median days from sending to that decision. Requests are not in the catalogue's
 * generation, so these are counted on each call (one index-backed query).
 */
export async function requestsByMonth(now: Date = new Date()): Promise<RequestsByMonth> {
  const rows = await db().$queryRaw<{ month: string; submitted: number; decided: number; median: number | null }[]>`
    WITH months AS (
      SELECT generate_series(
               date_trunc('month', ${now}::timestamptz AT TIME ZONE ${TIME_ZONE}) - make_interval(months => ${REQUEST_MONTHS - 1}),
               date_trunc('month', ${now}::timestamptz AT TIME ZONE ${TIME_ZONE}),
               interval '1 month') AS month),
    window_start AS (SELECT (min(month) AT TIME ZONE ${TIME_ZONE}) AS at FROM months),
    sent AS (
      SELECT date_trunc('month', submitted_at AT TIME ZONE ${TIME_ZONE}) AS month, count(*)::int AS n
        FROM partnership_request WHERE submitted_at >= (SELECT at FROM window_start) GROUP BY 1),
    decided AS (
      SELECT date_trunc('month', decided_at AT TIME ZONE ${TIME_ZONE}) AS month, count(*)::int AS n,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM decided_at - submitted_at) / 86400.0) AS median
        FROM partnership_request
       WHERE status IN ('APPROVED', 'DECLINED') AND decided_at >= (SELECT at FROM window_start)
       GROUP BY 1)
    SELECT to_char(months.month, 'YYYY-MM') AS month, coalesce(sent.n, 0) AS submitted, coalesce(decided.n, 0) AS decided, decided.median::float8 AS median
      FROM months LEFT JOIN sent USING (month) LEFT JOIN decided USING (month)
     ORDER BY months.month`;
  return rows.map((r) => ({
    month: r.month,
    submitted: r.submitted,
    decided: r.decided,
    medianDaysToDecision: r.median === null ? null : Math.round(r.median * 10) / 10,
  }));
}

/** Published hromadas seeking partners (none in occupied territory) per oblast, every oblast listed. */
async function seekingByOblast(): Promise<SeekingByOblast> {
  const rows = await db().$queryRaw<{ slug: string; nameEn: string; nameUk: string; n: number }[]>`
    SELECT r.slug, r.name_en AS "nameEn", r.name_uk AS "nameUk",
           count(m.id)::int AS n
      FROM region r
      LEFT JOIN municipality m ON m.region_id = r.id AND m.country = 'UA' AND m.status = 'PUBLISHED'
                              AND m.seeks_partners AND m.occupied_since IS NULL
     GROUP BY r.id ORDER BY n DESC, r.name_en`;
  return rows.map((r) => ({ oblast: r.slug, nameEn: r.nameEn, nameUk: r.nameUk, seeking: r.n }));
}

/** What changes only with profiles, areas, regions and partnerships: kept per catalogue generation. */
function catalogueFigures() {
  return cachedForCurrentGeneration("open-data figures", computeCatalogueFigures);
}

/** The same, computed now (what the first request after a change pays; the bench times it). */
export async function computeCatalogueFigures() {
  return {
    partnershipsByCountry: await partnershipsByCountry(),
    partnershipsByYear: await partnershipsByYear(),
    areas: await areasBalance(),
    seekingByOblast: await seekingByOblast(),
  };
}

export async function networkStatistics(now: Date = new Date()): Promise<Figures> {
  const [kept, requests] = await Promise.all([catalogueFigures(), requestsByMonth(now)]);
  return { ...kept, requestsByMonth: requests };
}

/** One chart's figures, by its name in the API and the download addresses. */
export async function figure(name: FigureName, now: Date = new Date()) {
  const all = await networkStatistics(now);
  const key = (
    {
      "partnerships-by-country": "partnershipsByCountry",
      "partnerships-by-year": "partnershipsByYear",
      areas: "areas",
      "requests-by-month": "requestsByMonth",
      "seeking-by-oblast": "seekingByOblast",
    } as const
  )[name];
  return all[key];
}
