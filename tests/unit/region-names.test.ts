import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { routing } from "@/i18n/routing";
import { REGION_NAMES, byName, regionName } from "@/lib/region-names";

/** The regions the migrations insert, with their English and Ukrainian names. */
function migratedRegions(): { slug: string; en: string; uk: string }[] {
  const sql = readFileSync(path.resolve(import.meta.dirname, "../../prisma/migrations/20261128000100_reference_data/migration.sql"), "utf8");
  const block = sql.slice(sql.indexOf('INSERT INTO "region"'), sql.indexOf('INSERT INTO "cooperation_area"'));
  return [...block.matchAll(/\('\d{2}', '([a-z-]+)', '([^']+)', '([^']+)'/g)].map((m) => ({ slug: m[1], en: m[2], uk: m[3] }));
}

describe("region names in every interface language", () => {
  const regions = migratedRegions();

  it("names each of the 27 regions, and no other", () => {
    expect(regions).toHaveLength(27);
    expect(Object.keys(REGION_NAMES).sort()).toEqual(regions.map((r) => r.slug).sort());
  });

  it("agrees with the database on the English and the official Ukrainian names", () => {
    for (const r of regions) {
      expect(REGION_NAMES[r.slug].en).toBe(r.en);
      expect(REGION_NAMES[r.slug].uk).toBe(r.uk);
    }
  });

  it("has a name for every region in every language, no two regions alike", () => {
    for (const locale of routing.locales) {
      const names = regions.map((r) => regionName(locale, { slug: r.slug, nameEn: r.en, nameUk: r.uk }));
      expect(
        names.every((n) => n.trim().length > 2),
        locale,
      ).toBe(true);
      expect(new Set(names).size, locale).toBe(27);
    }
  });

  it("names an oblast each language's own way, not in English", () => {
    const lviv = { slug: "lviv", nameEn: "Lviv Oblast", nameUk: "Львівська область" };
    expect(regionName("sv", lviv)).toBe("Lviv oblast");
    expect(regionName("de", lviv)).toBe("Oblast Lwiw");
    expect(regionName("pl", lviv)).toBe("obwód lwowski");
    expect(regionName("uk", lviv)).toBe("Львівська область");
    for (const locale of routing.locales.filter((l) => l !== "en")) {
      expect(
        regions.filter((r) => regionName(locale, { slug: r.slug, nameEn: r.en, nameUk: r.uk }).endsWith(" Oblast")),
        locale,
      ).toEqual([]);
    }
  });

  it("falls back to the database's names for a region it does not know", () => {
    expect(regionName("sv", { slug: "new-region", nameEn: "New Oblast", nameUk: "Нова область" })).toBe("New Oblast");
    expect(regionName("uk", { slug: null, nameEn: "New Oblast", nameUk: "Нова область" })).toBe("Нова область");
  });

  it("sorts a list of regions by their names in the page's language", () => {
    const list = ["kharkiv", "cherkasy", "lviv"].map((slug) => ({ slug, nameEn: REGION_NAMES[slug].en, nameUk: REGION_NAMES[slug].uk }));
    expect(byName(list, "en").map((r) => r.slug)).toEqual(["cherkasy", "kharkiv", "lviv"]);
    // Charkiv, Lviv, Tjerkasy
    expect(byName(list, "sv").map((r) => r.slug)).toEqual(["kharkiv", "lviv", "cherkasy"]);
  });
});
