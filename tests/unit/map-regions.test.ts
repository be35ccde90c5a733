import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isoCodeFor, REGION_ISO_CODES } from "@/lib/map/region-codes";
import { buildUkraineMap, ukraineMap } from "@/lib/map/ukraine-map";
import type { UkraineShapes } from "@/lib/map/derive-shapes";
import shapes from "@/lib/map/ukraine-regions.json";

/** The region slugs the migrations insert: the `region` table's rows everywhere. */
function migratedRegionSlugs(): string[] {
  const sql = readFileSync(path.resolve(import.meta.dirname, "../../prisma/migrations/20261128000100_reference_data/migration.sql"), "utf8");
  const block = sql.slice(sql.indexOf('INSERT INTO "region"'), sql.indexOf('INSERT INTO "cooperation_area"'));
  return [...block.matchAll(/\('\d{2}', '([a-z-]+)'/g)].map((m) => m[1]);
}

describe("region slugs against the boundary data's ISO 3166-2 codes", () => {
  it("maps every one of the 27 regions, and nothing else", () => {
    const slugs = migratedRegionSlugs();
    expect(slugs).toHaveLength(27);
    expect(Object.keys(REGION_ISO_CODES).sort()).toEqual([...slugs].sort());
  });

  it("gives no two regions the same code", () => {
    const codes = Object.values(REGION_ISO_CODES);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("has a boundary for every code, and no boundary without a region", () => {
    const isos = (shapes as unknown as UkraineShapes).regions.map((r) => r.iso).sort();
    expect(isos).toEqual(Object.values(REGION_ISO_CODES).sort());
  });

  it("pairs names the source spells differently with the right region", () => {
    const sourceName = (slug: string) => (shapes as unknown as UkraineShapes).regions.find((r) => r.iso === isoCodeFor(slug))!.sourceName;
    expect(sourceName("kyiv-oblast")).toBe("Kiev");
    expect(sourceName("kyiv-city")).toBe("Kiev City");
    expect(sourceName("lviv")).toBe("L'viv");
    expect(sourceName("zakarpattia")).toBe("Transcarpathia");
    expect(sourceName("odesa")).toBe("Odessa");
    expect(sourceName("sevastopol")).toBe("Sevastopol");
    expect(sourceName("crimea")).toBe("Crimea");
  });

  it("knows no code for an unknown or inherited slug", () => {
    expect(isoCodeFor("atlantis")).toBeUndefined();
    expect(isoCodeFor("toString")).toBeUndefined();
  });
});

/** The points of a path written as "M x y l dx dy … z" subpaths. */
function absolutePoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  for (const [, mx, my, steps] of d.matchAll(/M(-?[\d.]+) (-?[\d.]+)l([^z]*)z/g)) {
    let [x, y] = [Number(mx), Number(my)];
    points.push([x, y]);
    const numbers = steps.match(/-?[\d.]+/g) ?? [];
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      x += Number(numbers[i]);
      y += Number(numbers[i + 1]);
      points.push([x, y]);
    }
  }
  return points;
}

describe("the drawn map", () => {
  const map = ukraineMap();
  const region = (slug: string) => map.regions.find((r) => r.slug === slug)!;
  const order = (slug: string) => map.regions.findIndex((r) => r.slug === slug);

  it("draws all 27 regions as closed paths inside its box", () => {
    expect(map.regions).toHaveLength(27);
    for (const r of map.regions) {
      expect(r.path, r.slug).toMatch(/^M[\d.]+ [\d.]+l.*z$/);
      for (const [x, y] of absolutePoints(r.path)) {
        expect(x, r.slug).toBeGreaterThanOrEqual(0);
        expect(y, r.slug).toBeGreaterThanOrEqual(0);
        expect(x, r.slug).toBeLessThanOrEqual(map.width);
        expect(y, r.slug).toBeLessThanOrEqual(map.height);
      }
    }
  });

  it("is wider than high, as Ukraine is", () => {
    expect(map.width / map.height).toBeGreaterThan(1.3);
    expect(map.width / map.height).toBeLessThan(1.8);
  });

  it("puts regions where they are: Lviv west, Luhansk east, Chernihiv north, Crimea south", () => {
    expect(region("lviv").label[0]).toBeLessThan(region("kyiv-oblast").label[0]);
    expect(region("luhansk").label[0]).toBeGreaterThan(region("kharkiv").label[0]);
    expect(region("chernihiv").label[1]).toBeLessThan(region("kyiv-oblast").label[1]);
    expect(region("crimea").label[1]).toBeGreaterThan(region("kherson").label[1]);
    expect(region("zakarpattia").label[0]).toBe(Math.min(...map.regions.map((r) => r.label[0])));
  });

  it("draws Kyiv over Kyiv Oblast and Sevastopol over Crimea, so the small ones stay clickable", () => {
    expect(order("kyiv-city")).toBeGreaterThan(order("kyiv-oblast"));
    expect(order("sevastopol")).toBeGreaterThan(order("crimea"));
    // Kyiv Oblast keeps the hole where the city is: two subpaths.
    expect(region("kyiv-oblast").path.match(/M/g)).toHaveLength(2);
  });

  it("stays small enough to inline in a page", () => {
    const total = map.regions.reduce((n, r) => n + r.path.length, 0);
    expect(total).toBeLessThan(40_000);
  });

  it("scales to another width with the same proportions", () => {
    const small = buildUkraineMap(shapes as unknown as UkraineShapes, 500);
    expect(small.width).toBe(500);
    const padding = 8;
    const ratio = (m: { width: number; height: number }) => (m.height - 2 * padding) / (m.width - 2 * padding);
    expect(ratio(small)).toBeCloseTo(ratio(map), 2);
  });
});
