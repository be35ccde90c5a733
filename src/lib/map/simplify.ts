import type { LonLat } from "./projection";

/** Ramer–Douglas–Peucker: drops the points of a line that lie within `tolerance` of it. */
export function simplifyLine(points: readonly LonLat[], tolerance: number): LonLat[] {
  if (points.length <= 2) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let maxDistance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(points[i], points[first], points[last]);
      if (d > maxDistance) {
        maxDistance = d;
        farthest = i;
      }
    }
    if (farthest !== -1) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/**
 * Simplifies a closed ring (first point = last point). The ring is split at the point farthest
 * from its start, so that both halves are simplified as lines and the ring keeps its extent.
 * Returns null when too little is left to enclose an area.
 */
export function simplifyRing(ring: readonly LonLat[], tolerance: number): LonLat[] | null {
  const open = samePoint(ring[0], ring[ring.length - 1]) ? ring.slice(0, -1) : ring.slice();
  if (open.length < 3) return null;
  let split = 0;
  let max = -1;
  for (let i = 1; i < open.length; i++) {
    const d = Math.hypot(open[i][0] - open[0][0], open[i][1] - open[0][1]);
    if (d > max) {
      max = d;
      split = i;
    }
  }
  const a = simplifyLine(open.slice(0, split + 1), tolerance);
  const b = simplifyLine([...open.slice(split), open[0]], tolerance);
  const result = [...a, ...b.slice(1)];
  return result.length >= 4 ? result : null;
}

/** Area enclosed by a ring, in square degrees (shoelace formula); sign ignored. */
export function ringArea(ring: readonly LonLat[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j][0] + ring[i][0]) * (ring[j][1] - ring[i][1]);
  }
  return Math.abs(sum) / 2;
}

function samePoint(a: LonLat, b: LonLat): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

function distanceToSegment(p: LonLat, a: LonLat, b: LonLat): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSquared = dx * dx + dy * dy;
  if (lengthSquared === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSquared));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}
