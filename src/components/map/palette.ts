import type { MapView } from "@/lib/map/view";

/**
 * Fill colours for the bands: the first for zero, then light to dark. Each view has its own hue,
 * so that a screenshot of one is never read as the other. Text drawn on a fill takes `ink`.
 */
const RAMPS: Record<MapView | "need", readonly string[]> = {
  seeking: ["#c6dbef", "#6baed6", "#2171b5", "#08306b"],
  partnerships: ["#c7e9c0", "#74c476", "#1b7837", "#00441b"],
  // One area's need (?area=): orange, apart from both views.
  need: ["#fdd0a2", "#fd8d3c", "#d94801", "#7f2704"],
};
const ZERO = "#f1f5f9";

export type Swatch = { fill: string; ink: string };

/** Swatches for `count` bands (band 0 is zero); the darkest colour always marks the top band. */
export function swatches(view: MapView | "need", count: number): Swatch[] {
  const ramp = RAMPS[view];
  const coloured = ramp.slice(Math.max(0, ramp.length - (count - 1)));
  return [ZERO, ...coloured].slice(0, count).map((fill, i) => ({
    fill,
    // the two darkest steps need white text; the light ones dark text
    ink: i > 0 && ramp.indexOf(fill) >= 2 ? "#ffffff" : "#0f172a",
  }));
}

export const OCCUPIED_HATCH = "#334155";
