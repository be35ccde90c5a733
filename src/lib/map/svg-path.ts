import type { LonLat, Point } from "./projection";

/** A number in tenths of a map unit, as path data writes it: "12", "-0.5", "3.1". */
function tenths(n: number): string {
  const s = (n / 10).toFixed(1);
  const trimmed = s.endsWith(".0") ? s.slice(0, -2) : s;
  return trimmed === "-0" ? "0" : trimmed;
}

/** Numbers joined as path data: a minus sign separates them on its own, so no space before it. */
function join(numbers: string[]): string {
  return numbers.reduce((out, n, i) => (i === 0 || n.startsWith("-") ? out + n : `${out} ${n}`), "");
}

/**
 * An SVG path for polygons (each an outer ring and its holes): one closed subpath per ring, drawn
 * with fill-rule evenodd so that holes stay holes. Each ring starts with an absolute move and goes
 * on in relative steps, rounded to a tenth of a unit; the steps are taken between rounded points,
 * so rounding never accumulates. Points that round onto the previous one are dropped.
 */
export function polygonsToPath(polygons: readonly (readonly (readonly LonLat[])[])[], project: (p: LonLat) => Point): string {
  const parts: string[] = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const points: [number, number][] = [];
      for (const p of ring) {
        const [x, y] = project(p);
        const point: [number, number] = [Math.round(x * 10), Math.round(y * 10)];
        const previous = points[points.length - 1];
        if (!previous || previous[0] !== point[0] || previous[1] !== point[1]) points.push(point);
      }
      const [first] = points;
      const last = points[points.length - 1];
      if (points.length > 1 && first[0] === last[0] && first[1] === last[1]) points.pop();
      if (points.length < 3) continue;
      const steps = points.slice(1).flatMap((p, i) => [tenths(p[0] - points[i][0]), tenths(p[1] - points[i][1])]);
      parts.push(`M${join([tenths(first[0]), tenths(first[1])])}l${join(steps)}z`);
    }
  }
  return parts.join("");
}
