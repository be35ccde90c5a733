import { beforeAll, describe, expect, it } from "vitest";
import { isoCodeFor } from "@/lib/map/region-codes";
import { regionFigures, regionNeeds, type RegionFigures } from "@/server/map/region-figures";
import { db, resetDatabase } from "../support/database";
import { createEuMunicipality, createHromada } from "../support/fixtures";

let figures: RegionFigures[] = [];
const of = (slug: string) => figures.find((f) => f.slug === slug)!;

async function partnership(ukrainianId: number, euId: number, stage: "INTRODUCED" | "FUNDED" | "ENDED") {
  await db().partnership.create({ data: { ukrainianMunicipalityId: ukrainianId, euMunicipalityId: euId, since: new Date("2024-05-01"), stage } });
}

beforeAll(async () => {
  await resetDatabase();
  const lviv = await createHromada({ slug: "lviv", nameEn: "Lviv", nameUk: "Львів", region: "lviv", population: 717803, needs: ["water", "energy"] });
  const stryi = await createHromada({
    slug: "stryi",
    nameEn: "Stryi",
    nameUk: "Стрий",
    region: "lviv",
    population: 59000,
    needs: ["energy"],
    offers: ["water"],
  });
  await createHromada({ slug: "zhovkva", nameEn: "Zhovkva", nameUk: "Жовква", region: "lviv", population: 13000, seeking: false, needs: ["water"] });
  await createHromada({ slug: "draft-town", nameEn: "Drafttown", nameUk: "Чернетка", region: "lviv", population: 5000, status: "DRAFT", needs: ["water"] });
  const kharkiv = await createHromada({
    slug: "kharkiv",
    nameEn: "Kharkiv",
    nameUk: "Харків",
    region: "kharkiv",
    population: 1430000,
    seeking: false,
    needs: ["water"],
  });
  const draftKyiv = await createHromada({
    slug: "kyiv-draft",
    nameEn: "Kyiv draft",
    nameUk: "Київ",
    region: "kyiv-city",
    population: 2900000,
    status: "DRAFT",
  });
  const sindelfingen = await createEuMunicipality("sindelfingen", "Sindelfingen", "DE");
  const gothenburg = await createEuMunicipality("goteborg", "Gothenburg", "SE");
  const linz = await createEuMunicipality("linz", "Linz", "AT");
  await partnership(lviv, sindelfingen, "FUNDED");
  await partnership(lviv, gothenburg, "INTRODUCED");
  await partnership(stryi, linz, "ENDED");
  await partnership(kharkiv, gothenburg, "ENDED");
  await partnership(draftKyiv, linz, "INTRODUCED");
  figures = await regionFigures();
});

describe("the map's figures by region", () => {
  it("lists all 27 regions, each one the map can draw", () => {
    expect(figures).toHaveLength(27);
    for (const f of figures) expect(isoCodeFor(f.slug), f.slug).toBeDefined();
  });

  it("counts published municipalities seeking partners, not drafts or those not seeking", () => {
    expect(of("lviv").seeking).toBe(2);
    expect(of("kharkiv").seeking).toBe(0);
    expect(of("kyiv-city").seeking).toBe(0);
  });

  it("counts partnerships that have not ended, once each, whatever the profile's state", () => {
    expect(of("lviv").activePartnerships).toBe(2);
    expect(of("kharkiv").activePartnerships).toBe(0);
    expect(of("kyiv-city").activePartnerships).toBe(1);
  });

  it("gives zeros where nothing is counted, and says which regions are occupied", () => {
    expect(of("odesa")).toMatchObject({ seeking: 0, activePartnerships: 0, occupied: false, nameUk: "Одеська область" });
    expect(
      figures
        .filter((f) => f.occupied)
        .map((f) => f.slug)
        .sort(),
    ).toEqual(["crimea", "sevastopol"]);
  });

  it("adds up to the published profiles seeking partners, country-wide", () => {
    const total = figures.reduce((n, f) => n + f.seeking, 0);
    expect(total).toBe(2);
  });
});

describe("the map of one area's need", () => {
  it("counts the published municipalities that need the area, by region: not offers, not drafts", async () => {
    const water = await regionNeeds("water");
    // Lviv and Zhovkva (not seeking partners, but in need all the same); Stryi only offers water.
    expect(water.get("lviv")).toBe(2);
    expect(water.get("kharkiv")).toBe(1);
    expect(water.get("kyiv-city")).toBeUndefined();
    expect((await regionNeeds("energy")).get("lviv")).toBe(2);
    expect((await regionNeeds("culture")).size).toBe(0);
  });
});
