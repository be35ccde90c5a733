import { describe, expect, it } from "vitest";
import { bandIndex, bandsFor } from "@/lib/map/bands";
import { albers, fitProjection, type LonLat, UKRAINE_CONIC } from "@/lib/map/projection";
import { ringArea, simplifyLine, simplifyRing } from "@/lib/map/simplify";
import { polygonsToPath } from "@/lib/map/svg-path";
import { parseMapView } from "@/lib/map/view";

const LVIV: LonLat = [24.03, 49.84];
const KHARKIV: LonLat = [36.23, 49.99];
const CHERNIHIV: LonLat = [31.29, 51.5];
const ODESA: LonLat = [30.73, 46.48];

describe("Albers projection for Ukraine", () => {
  it("keeps east to the right and north up", () => {
    const { project } = fitProjection(UKRAINE_CONIC, [LVIV, KHARKIV, CHERNIHIV, ODESA], { width: 1000, padding: 10 });
    expect(project(LVIV)[0]).toBeLessThan(project(KHARKIV)[0]);
    expect(project(CHERNIHIV)[1]).toBeLessThan(project(ODESA)[1]); // SVG y grows downwards
  });

  it("fits the points into the box, touching the padding on the widest sides", () => {
    const points = [LVIV, KHARKIV, CHERNIHIV, ODESA];
    const { project, width, height } = fitProjection(UKRAINE_CONIC, points, { width: 400, padding: 10 });
    const xs = points.map((p) => project(p)[0]);
    const ys = points.map((p) => project(p)[1]);
    expect(Math.min(...xs)).toBeCloseTo(10);
    expect(Math.max(...xs)).toBeCloseTo(390);
    expect(Math.min(...ys)).toBeCloseTo(10);
    expect(Math.max(...ys)).toBeLessThanOrEqual(height - 10 + 1e-9);
    expect(width).toBe(400);
  });

  it("is equal-area: a degree square in the north covers less than one in the south, by the cosine", () => {
    const project = albers(UKRAINE_CONIC);
    const area = (lat: number) => {
      const ring = [
        [30, lat],
        [31, lat],
        [31, lat + 1],
        [30, lat + 1],
      ].map((p) => project(p as unknown as LonLat));
      return ringArea(ring);
    };
    const expected = (Math.sin((52 * Math.PI) / 180) - Math.sin((51 * Math.PI) / 180)) / (Math.sin((45 * Math.PI) / 180) - Math.sin((44 * Math.PI) / 180));
    expect(area(51) / area(44)).toBeCloseTo(expected, 6);
  });

  it("refuses points that span no area", () => {
    expect(() => fitProjection(UKRAINE_CONIC, [LVIV, LVIV], { width: 100, padding: 0 })).toThrow();
  });
});

describe("simplification", () => {
  it("drops points that lie on the line, keeps corners", () => {
    const line: LonLat[] = [
      [0, 0],
      [1, 0.001],
      [2, 0],
      [2, 1],
      [2, 2],
    ];
    expect(simplifyLine(line, 0.01)).toEqual([
      [0, 0],
      [2, 0],
      [2, 2],
    ]);
  });

  it("keeps a ring closed and its extent whole", () => {
    const ring: LonLat[] = [
      [0, 0],
      [0.5, 0.0001],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    const simplified = simplifyRing(ring, 0.01)!;
    expect(simplified[0]).toEqual(simplified[simplified.length - 1]);
    expect(ringArea(simplified)).toBeCloseTo(1, 3);
    expect(simplified).not.toContainEqual([0.5, 0.0001]);
  });

  it("gives up on a ring with no area left", () => {
    expect(
      simplifyRing(
        [
          [0, 0],
          [1, 0],
          [0, 0],
        ],
        0.01,
      ),
    ).toBeNull();
  });
});

describe("SVG paths", () => {
  const identity = (p: LonLat) => p;

  it("writes one closed subpath per ring, holes included", () => {
    const square: LonLat[] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    const hole: LonLat[] = [
      [4, 4],
      [6, 4],
      [6, 6],
      [4, 4],
    ];
    expect(polygonsToPath([[square, hole]], identity)).toBe("M0 0l10 0 0 10-10 0zM4 4l2 0 0 2z");
  });

  it("rounds to tenths, and drops points that round onto the previous one", () => {
    const ring: LonLat[] = [
      [0.04, 0],
      [0.01, 0.02],
      [5.25, 0],
      [5.26, 5.04],
      [0, 5],
    ];
    expect(polygonsToPath([[ring]], identity)).toBe("M0 0l5.3 0 0 5-5.3 0z");
  });

  it("takes relative steps between rounded points, so rounding never drifts", () => {
    const ring: LonLat[] = Array.from({ length: 40 }, (_, i) => [i * 0.26, i % 2 === 0 ? 0 : 0.04 * i] as LonLat);
    ring.push([10.14, 50.01], [0, 50]);
    const [, x0, y0, steps] = polygonsToPath([[ring]], identity).match(/^M(\S+) (\S+)l(.*)z$/)!;
    const numbers = steps.match(/-?[\d.]+/g)!.map(Number);
    const end = numbers.reduce((acc, n, i) => (i % 2 === 0 ? [acc[0] + n, acc[1]] : [acc[0], acc[1] + n]), [Number(x0), Number(y0)]);
    expect(end[0]).toBeCloseTo(0, 6);
    expect(end[1]).toBeCloseTo(50, 6);
  });

  it("leaves out rings that collapse to fewer than three points", () => {
    expect(
      polygonsToPath(
        [
          [
            [
              [0, 0],
              [0.01, 0],
              [0.02, 0.01],
            ],
          ],
        ],
        identity,
      ),
    ).toBe("");
  });
});

describe("legend bands", () => {
  it("puts zero on its own and the rest in round ranges, without gaps, as far as the largest count", () => {
    // Clustered figures used to give 0 / 1–8 / 9 / 10 / 11+: a difference of one looked like a step.
    const values = [0, 0, 1, 7, 8, 8, 8, 8, 9, 9, ...Array(10).fill(10), ...Array(5).fill(11), 12, 13];
    const bands = bandsFor(values);
    expect(bands).toEqual([
      { min: 0, max: 0 },
      { min: 1, max: 4 },
      { min: 5, max: 9 },
      { min: 10, max: null },
    ]);
    expect([0, 1, 4, 5, 9, 10, 11, 13, 500].map((v) => bandIndex(v, bands))).toEqual([0, 1, 1, 2, 2, 3, 3, 3, 3]);
  });

  it("reaches 20+ when a region has twenty or more", () => {
    expect(bandsFor([0, 3, 12, 25])).toEqual([
      { min: 0, max: 0 },
      { min: 1, max: 4 },
      { min: 5, max: 9 },
      { min: 10, max: 19 },
      { min: 20, max: null },
    ]);
  });

  it("keeps four classes for large figures, with round bounds from 1 to the highest", () => {
    expect(bandsFor([0, 40, 300])).toEqual([
      { min: 0, max: 0 },
      { min: 1, max: 9 },
      { min: 10, max: 49 },
      { min: 50, max: 199 },
      { min: 200, max: null },
    ]);
  });

  it("has a single band when nothing is counted yet", () => {
    expect(bandsFor([0, 0, 0])).toEqual([{ min: 0, max: 0 }]);
    expect(bandsFor([])).toEqual([{ min: 0, max: 0 }]);
  });

  it("has one band from 1 when every count is small", () => {
    expect(bandsFor([2, 2, 2, 2, 2, 2])).toEqual([
      { min: 0, max: 0 },
      { min: 1, max: null },
    ]);
    expect(bandsFor([1, 1, 1, 5])).toEqual([
      { min: 0, max: 0 },
      { min: 1, max: 4 },
      { min: 5, max: null },
    ]);
  });
});

describe("the map's view parameter", () => {
  it("accepts the two views and defaults to municipalities seeking partners", () => {
    expect(parseMapView(undefined)).toEqual({ view: "seeking", ignored: null });
    expect(parseMapView("")).toEqual({ view: "seeking", ignored: null });
    expect(parseMapView("partnerships")).toEqual({ view: "partnerships", ignored: null });
    expect(parseMapView(["partnerships", "seeking"])).toEqual({ view: "partnerships", ignored: null });
  });

  it("reports anything else, shortened, instead of failing", () => {
    expect(parseMapView("<script>")).toEqual({ view: "seeking", ignored: "<script>" });
    expect(parseMapView("x".repeat(500)).ignored).toHaveLength(40);
  });
});
