export const MAP_VIEWS = ["seeking", "partnerships"] as const;
export type MapView = (typeof MAP_VIEWS)[number];

/** Reads `?view=`; an unknown value falls back to the default and is reported, never an error. */
export function parseMapView(raw: string | string[] | undefined): { view: MapView; ignored: string | null } {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined || value === "") return { view: "seeking", ignored: null };
  if ((MAP_VIEWS as readonly string[]).includes(value)) return { view: value as MapView, ignored: null };
  return { view: "seeking", ignored: value.slice(0, 40) };
}
