import { beforeAll, describe, expect, it } from "vitest";
import { parseCatalogueParams } from "@/lib/catalogue-filters";
import { searchCatalogue } from "@/server/catalogue/catalogue";
import { listRegions } from "@/server/regions";
import { resetDatabase } from "../support/database";
import { createCatalogueFixture } from "../support/fixtures";

let regionSlugs: string[] = [];

async function slugsFor(params: Record<string, string | string[]>, locale = "en") {
  const { filters } = parseCatalogueParams(params, regionSlugs);
  const result = await searchCatalogue(filters, locale);
  return result.entries.map((e) => e.slug);
}

beforeAll(async () => {
  await resetDatabase();
  await createCatalogueFixture();
  regionSlugs = (await listRegions()).map((r) => r.slug);
});

describe("catalogue filters (exact results on the fixture)", () => {
  it("lists every published Ukrainian profile, those seeking partners first, then by name, and nothing else", async () => {
    // Zhovkva does not seek partners: last, though Z-h comes before Z-n.
    expect(await slugsFor({})).toEqual(["bila-tserkva", "chuhuiv", "ivanivka", "kharkiv", "lviv", "stryi", "znamianka", "zhovkva"]);
  });

  it("sorts by name alone when asked to", async () => {
    expect(await slugsFor({ sort: "name" })).toEqual(["bila-tserkva", "chuhuiv", "ivanivka", "kharkiv", "lviv", "stryi", "zhovkva", "znamianka"]);
    expect(await slugsFor({ sort: "name", area: "culture" })).toEqual(["zhovkva"]);
  });

  it("filters by one area, matching needs and offers", async () => {
    expect(await slugsFor({ area: "water" })).toEqual(["chuhuiv", "ivanivka", "kharkiv", "lviv", "stryi"]);
  });

  it("filters by several areas: every one must match", async () => {
    expect(await slugsFor({ area: ["energy", "water"] })).toEqual(["ivanivka", "kharkiv", "lviv", "stryi"]);
  });

  it("filters by region", async () => {
    expect(await slugsFor({ oblast: "lviv" })).toEqual(["lviv", "stryi", "zhovkva"]);
  });

  it("filters by hromada type", async () => {
    expect(await slugsFor({ type: "rural" })).toEqual(["ivanivka"]);
    expect(await slugsFor({ type: "settlement" })).toEqual(["zhovkva"]);
  });

  it("filters by population band", async () => {
    expect(await slugsFor({ size: "under-10k" })).toEqual(["ivanivka"]);
    expect(await slugsFor({ size: "10k-50k" })).toEqual(["chuhuiv", "znamianka", "zhovkva"]);
    expect(await slugsFor({ size: "50k-250k" })).toEqual(["bila-tserkva", "stryi"]);
    expect(await slugsFor({ size: "over-250k" })).toEqual(["kharkiv", "lviv"]);
  });

  it("shows only those seeking partners", async () => {
    expect(await slugsFor({ seeking: "1", oblast: "lviv" })).toEqual(["lviv", "stryi"]);
  });

  it("finds a name written in Latin or Cyrillic letters, in any case, then the places in its oblast", async () => {
    expect(await slugsFor({ q: "Lviv" })).toEqual(["lviv", "stryi", "zhovkva"]);
    expect(await slugsFor({ q: "Львів" })).toEqual(["lviv", "stryi", "zhovkva"]);
    expect(await slugsFor({ q: "ЛЬВІВ" })).toEqual(["lviv", "stryi", "zhovkva"]);
    expect(await slugsFor({ q: "tserk" })).toEqual(["bila-tserkva"]);
  });

  it("matches any apostrophe in a Ukrainian name", async () => {
    expect(await slugsFor({ q: "Знам'янка" })).toEqual(["znamianka"]);
    expect(await slugsFor({ q: "Знам’янка" })).toEqual(["znamianka"]);
  });

  it("treats LIKE wildcards and SQL in the search as plain text", async () => {
    expect(await slugsFor({ q: "%" })).toEqual([]);
    expect(await slugsFor({ q: "_" })).toEqual([]);
    expect(await slugsFor({ q: "'; DROP TABLE municipality; --" })).toEqual([]);
    expect(await slugsFor({})).toHaveLength(8);
  });

  it("combines every filter", async () => {
    expect(await slugsFor({ area: ["energy", "water"], oblast: "kharkiv", type: "urban", size: "over-250k", seeking: "1", q: "Харк" })).toEqual(["kharkiv"]);
    expect(await slugsFor({ area: "education", oblast: "lviv" })).toEqual([]);
  });

  it("sorts by population and by the Ukrainian name", async () => {
    expect(await slugsFor({ sort: "population", oblast: "kharkiv" })).toEqual(["kharkiv", "chuhuiv"]);
    expect(await slugsFor({ oblast: "lviv", sort: "name" }, "uk")).toEqual(["zhovkva", "lviv", "stryi"]);
  });
});

describe("catalogue counts and pages", () => {
  it("counts, for each area, the results there would be with it added", async () => {
    const { filters } = parseCatalogueParams({ area: "energy" }, regionSlugs);
    const result = await searchCatalogue(filters, "en");
    expect(result.total).toBe(5);
    expect(result.facets.areas.energy).toBe(5);
    expect(result.facets.areas.water).toBe(4);
    expect(result.facets.areas.reconstruction).toBe(1);
    expect(result.facets.areas.culture).toBe(0);
  });

  it("shows the last page when the requested one is past the end", async () => {
    const { filters } = parseCatalogueParams({ page: "99999" }, regionSlugs);
    const result = await searchCatalogue(filters, "en");
    expect(result.page).toBe(1);
    expect(result.pageCount).toBe(1);
    expect(result.entries).toHaveLength(8);
  });

  it("returns needs and offers with each entry", async () => {
    const { filters } = parseCatalogueParams({ q: "Lviv" }, regionSlugs);
    const [lviv] = (await searchCatalogue(filters, "en")).entries;
    expect(lviv.needs).toEqual(["energy", "water", "healthcare"]);
    expect(lviv.offers).toEqual(["ukrainian-expertise"]);
    expect(lviv.regionEn).toBe("Lviv Oblast");
  });
});

describe("catalogue facets (exact counts on the fixture)", () => {
  async function facets(params: Record<string, string | string[]>) {
    const { filters } = parseCatalogueParams(params, regionSlugs);
    return (await searchCatalogue(filters, "en")).facets;
  }

  it("counts each option with its own facet's choice left out", async () => {
    const f = await facets({ seeking: "1" });
    expect(f.total).toBe(7);
    expect(f.seeking).toBe(7);
    expect(f.oblast).toEqual({ lviv: 2, kharkiv: 2, "kyiv-oblast": 2, kirovohrad: 1 });
    const inLviv = await facets({ oblast: "lviv" });
    expect(inLviv.total).toBe(3);
    expect(inLviv.oblast).toEqual({ lviv: 3, kharkiv: 2, "kyiv-oblast": 2, kirovohrad: 1 });
    expect(inLviv.type).toEqual({ urban: 2, settlement: 1, rural: 0 });
    expect(inLviv.size).toEqual({ "under-10k": 0, "10k-50k": 1, "50k-250k": 1, "over-250k": 1 });
    expect(inLviv.seeking).toBe(2);
  });

  it("counts needs and offers: the areas filter in either direction", async () => {
    const f = await facets({ area: "water", direction: "offer" });
    expect(f.total).toBe(1);
    expect(f.direction).toEqual({ need: 4, offer: 1 });
    expect(f.areas.water).toBe(1);
    expect(f.areas.energy).toBe(0);
    const anyArea = await facets({ direction: "offer" });
    expect(anyArea.total).toBe(2);
    expect(anyArea.direction).toEqual({ need: 8, offer: 2 });
  });

  it("counts the languages staff speak, any of those ticked", async () => {
    const f = await facets({ lang: "en" });
    expect(f.total).toBe(0);
    expect(f.languages.uk).toBe(8);
    expect(f.languages.en).toBe(0);
    expect((await facets({ lang: ["en", "uk"] })).total).toBe(8);
  });
});
