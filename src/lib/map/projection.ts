/** A longitude/latitude pair in degrees, as GeoJSON writes it. */
export type LonLat = readonly [lon: number, lat: number];
export type Point = readonly [x: number, y: number];

export type ConicParameters = { centralMeridian: number; originLatitude: number; parallels: readonly [number, number] };

/**
 * Albers equal-area conic parameters for Ukraine: standard parallels across the country's
 * latitudes, so that areas (what a choropleth compares) stay true and shapes look familiar.
 */
export const UKRAINE_CONIC: ConicParameters = { centralMeridian: 31.2, originLatitude: 48.4, parallels: [45.5, 51] };

const rad = Math.PI / 180;

/** Albers equal-area conic on the unit sphere; x grows eastwards, y northwards. */
export function albers({ centralMeridian, originLatitude, parallels: [p1, p2] }: ConicParameters) {
  const n = (Math.sin(p1 * rad) + Math.sin(p2 * rad)) / 2;
  const c = Math.cos(p1 * rad) ** 2 + 2 * n * Math.sin(p1 * rad);
  const rho0 = Math.sqrt(c - 2 * n * Math.sin(originLatitude * rad)) / n;
  return ([lon, lat]: LonLat): Point => {
    const rho = Math.sqrt(c - 2 * n * Math.sin(lat * rad)) / n;
    const theta = n * (lon - centralMeridian) * rad;
    return [rho * Math.sin(theta), rho0 - rho * Math.cos(theta)];
  };
}

export type FittedProjection = { project: (p: LonLat) => Point; width: number; height: number };

/**
 * A projection scaled and moved so that every given point lies inside a `width`-wide box with
 * `padding` on each side, north up (SVG's y grows downwards); the height follows the shape.
 */
export function fitProjection(conic: ConicParameters, points: Iterable<LonLat>, { width, padding }: { width: number; padding: number }): FittedProjection {
  const raw = albers(conic);
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (const p of points) {
    const [x, y] = raw(p);
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  if (!(maxX > minX) || !(maxY > minY)) throw new Error("fitProjection needs points spanning an area");
  const scale = (width - 2 * padding) / (maxX - minX);
  const height = Math.ceil((maxY - minY) * scale + 2 * padding);
  return {
    width,
    height,
    project: (p) => {
      const [x, y] = raw(p);
      return [padding + (x - minX) * scale, padding + (maxY - y) * scale];
    },
  };
}
