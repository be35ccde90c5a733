import type { LonLat, Point } from "./projection";

const fmt = (n: number, decimals: number) => {
  const s = n.toFixed(decimals);
  // "12.0" → "12", "-0.0" → "0": shorter paths, same shape
  const trimmed = s.includes(".") ? s.replace(/\.?0+$/, "") : s;
  return trimmed === "-0" ? "0" : trimmed;
};

/**
 * An SVG path for polygons (each an outer ring and its holes): one closed subpath per ring, drawn
 * with fill-rule evenodd so that holes stay holes. Points that round to the previous one are dropped.
 */
export function polygonsToPath(polygons: readonly (readonly (readonly LonLat[])[])[], project: (p: LonLat) => Point, decimals = 1): string {
  const parts: string[] = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      let previous = "";
      const points: string[] = [];
      for (const p of ring) {
        const [x, y] = project(p);
        const point = `${fmt(x, decimals)} ${fmt(y, decimals)}`;
        if (point !== previous) points.push(point);
        previous = point;
      }
      if (points.length > 1 && points[0] === points[points.length - 1]) points.pop();
      if (points.length < 3) continue;
      parts.push(`M${points[0]}L${points.slice(1).join(" ")}Z`);
    }
  }
  return parts.join("");
}
