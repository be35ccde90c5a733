import { type CooperationAreaSlug, isCooperationArea } from "@/lib/cooperation-areas";

export const MAP_VIEWS = ["seeking", "partnerships"] as const;
export type MapView = (typeof MAP_VIEWS)[number];

/** Reads `?view=`; an unknown value falls back to the default and is reported, never an error. */
export function parseMapView(raw: string | string[] | undefined): { view: MapView; ignored: string | null } {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined || value === "") return { view: "seeking", ignored: null };
  if ((MAP_VIEWS as readonly string[]).includes(value)) return { view: value as MapView, ignored: null };
  return { view: "seeking", ignored: value.slice(0, 40) };
}

/**
 * Reads `?area=`: the map then shows where that cooperation area is needed. An unknown value is
 * reported and the map falls back to its view, never an error.
 */
export function parseMapArea(raw: string | string[] | undefined): { area: CooperationAreaSlug | null; ignored: string | null } {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined || value === "") return { area: null, ignored: null };
  return isCooperationArea(value) ? { area: value, ignored: null } : { area: null, ignored: value.slice(0, 40) };
}
