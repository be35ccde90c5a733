import type { UkraineShapes } from "./derive-shapes";
import { fitProjection, type Point, UKRAINE_CONIC } from "./projection";
import { REGION_ISO_CODES } from "./region-codes";
import { ringArea } from "./simplify";
import { polygonsToPath } from "./svg-path";
import data from "./ukraine-regions.json";

export const MAP_WIDTH = 1000;
const PADDING = 8;

export type MapRegion = {
  slug: string;
  iso: string;
  path: string;
  /** Where the region's figure goes: Natural Earth's label point, projected. */
  label: Point;
  /** Width and height of the region's bounding box, in map units. */
  size: readonly [number, number];
};
export type UkraineMap = { width: number; height: number; regions: MapRegion[]; source: UkraineShapes["source"] };

/**
 * Projects the regions' boundaries into SVG paths. Larger regions come first, so that Kyiv and
 * Sevastopol, which lie within or beside bigger ones, are drawn on top and stay clickable.
 */
export function buildUkraineMap(shapes: UkraineShapes, width = MAP_WIDTH): UkraineMap {
  const slugByIso = new Map(Object.entries(REGION_ISO_CODES).map(([slug, iso]) => [iso as string, slug]));
  const allPoints = shapes.regions.flatMap((r) => r.polygons.flatMap((polygon) => polygon[0]));
  const { project, height } = fitProjection(UKRAINE_CONIC, allPoints, { width, padding: PADDING });
  const area = (r: UkraineShapes["regions"][number]) => r.polygons.reduce((sum, polygon) => sum + ringArea(polygon[0]), 0);
  const regions = [...shapes.regions]
    .sort((a, b) => area(b) - area(a))
    .flatMap((r) => {
      const slug = slugByIso.get(r.iso);
      if (!slug) return [];
      const [x, y] = project(r.label);
      const projected = r.polygons.flatMap((polygon) => polygon[0].map(project));
      const xs = projected.map((p) => p[0]);
      const ys = projected.map((p) => p[1]);
      const size = [Math.round(Math.max(...xs) - Math.min(...xs)), Math.round(Math.max(...ys) - Math.min(...ys))] as const;
      return [{ slug, iso: r.iso, path: polygonsToPath(r.polygons, project), label: [Math.round(x), Math.round(y)] as Point, size }];
    });
  return { width, height, regions, source: shapes.source };
}

let cached: UkraineMap | undefined;

/** The map of Ukraine's regions, built once per process: it is derived from static data. */
export function ukraineMap(): UkraineMap {
  cached ??= buildUkraineMap(data as unknown as UkraineShapes);
  return cached;
}
