import { COOPERATION_AREAS, type CooperationAreaSlug } from "@/lib/cooperation-areas";
import { SIZE_BANDS, type SizeBand as PopulationBand } from "@/lib/catalogue-filters";

/**
 * What a person can narrow the suggestions to, from the page's GET form (so it lives in the
 * address): one cooperation area the hromada needs or offers, one oblast, one population band
 * (the catalogue's bands). Each is a filter; the score and its parts stay as they are.
 */
export type MatchSteering = {
  area: CooperationAreaSlug | null;
  oblast: string | null;
  size: PopulationBand | null;
};

export const NO_STEERING: MatchSteering = { area: null, oblast: null, size: null };

export function isSteered(s: MatchSteering): boolean {
  return s.area !== null || s.oblast !== null || s.size !== null;
}

type RawParams = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim();

/** The steering in the address; a value the portal does not know is dropped and reported by its parameter. */
export function parseSteering(params: RawParams, oblasts: readonly string[]): { steering: MatchSteering; ignored: ("area" | "oblast" | "size")[] } {
  const steering: MatchSteering = { ...NO_STEERING };
  const ignored: ("area" | "oblast" | "size")[] = [];
  const area = one(params.area);
  if (area) {
    if ((COOPERATION_AREAS as readonly string[]).includes(area)) steering.area = area as CooperationAreaSlug;
    else ignored.push("area");
  }
  const oblast = one(params.oblast);
  if (oblast) {
    if (oblasts.includes(oblast)) steering.oblast = oblast;
    else ignored.push("oblast");
  }
  const size = one(params.size);
  if (size) {
    if (size in SIZE_BANDS) steering.size = size as PopulationBand;
    else ignored.push("size");
  }
  return { steering, ignored };
}

/** Whether a candidate passes the steering; the SQL ranking applies the same conditions. */
export function passesSteering(
  c: { needs: readonly string[]; offers: readonly string[]; regionSlug: string | null; population: number | null },
  s: MatchSteering,
): boolean {
  if (s.area && !c.needs.includes(s.area) && !c.offers.includes(s.area)) return false;
  if (s.oblast && c.regionSlug !== s.oblast) return false;
  if (s.size) {
    const band = SIZE_BANDS[s.size];
    if (c.population === null || c.population < band.min || (band.max !== null && c.population >= band.max)) return false;
  }
  return true;
}
