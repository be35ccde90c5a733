import { beforeAll, describe, expect, it } from "vitest";
import { parseCatalogueParams } from "@/lib/catalogue-filters";
import { searchCatalogue } from "@/server/municipalities/catalogue";
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
  it("lists every published Ukrainian profile by name, and nothing else", async () => {
    expect(await slugsFor({})).toEqual(["bila-tserkva", "chuhuiv", "ivanivka", "kharkiv", "lviv", "stryi", "zhovkva", "znamianka"]);
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
    expect(await slugsFor({ size: "10k-50k" })).toEqual(["chuhuiv", "zhovkva", "znamianka"]);
    expect(await slugsFor({ size: "50k-250k" })).toEqual(["bila-tserkva", "stryi"]);
    expect(await slugsFor({ size: "over-250k" })).toEqual(["kharkiv", "lviv"]);
  });

  it("shows only those seeking partners", async () => {
    expect(await slugsFor({ seeking: "1", oblast: "lviv" })).toEqual(["lviv", "stryi"]);
  });

  it("finds a name written in Latin or Cyrillic letters, in any case", async () => {
    expect(await slugsFor({ q: "Lviv" })).toEqual(["lviv"]);
    expect(await slugsFor({ q: "Львів" })).toEqual(["lviv"]);
    expect(await slugsFor({ q: "ЛЬВІВ" })).toEqual(["lviv"]);
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
    expect((await slugsFor({ sort: "population", oblast: "kharkiv" }))).toEqual(["kharkiv", "chuhuiv"]);
    expect(await slugsFor({ oblast: "lviv" }, "uk")).toEqual(["zhovkva", "lviv", "stryi"]);
  });
});

describe("catalogue counts and pages", () => {
  it("counts, for each area, the results there would be with it added", async () => {
    const { filters } = parseCatalogueParams({ area: "energy" }, regionSlugs);
    const result = await searchCatalogue(filters, "en");
    expect(result.total).toBe(5);
    expect(result.areaCounts.energy).toBe(5);
    expect(result.areaCounts.water).toBe(4);
    expect(result.areaCounts.reconstruction).toBe(1);
    expect(result.areaCounts.culture).toBe(0);
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
