// Network-wide counts and lists are kept per process between requests (src/server/generation-cache.ts):
// they must never outlive a change to the profiles or partnerships, made by this process or by any other.
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCatalogueParams } from "@/lib/catalogue-filters";
import { db } from "@/server/db";
import { searchCatalogue } from "@/server/catalogue/catalogue";
import { listRegions } from "@/server/regions";
import { regionFigures } from "@/server/map/region-figures";
import { listEuMunicipalitiesForMatching } from "@/server/matching/suggestions";
import { networkFigures } from "@/server/stats";
import { resetDatabase } from "../support/database";
import { createCatalogueFixture } from "../support/fixtures";

let regionSlugs: string[] = [];

async function catalogue(params: Record<string, string | string[]> = {}) {
  const { filters } = parseCatalogueParams(params, regionSlugs);
  return searchCatalogue(filters, "en");
}

/** A change made on another connection, as by another portal instance. */
async function elsewhere(sql: string, values: unknown[]) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql, values);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await resetDatabase();
  await createCatalogueFixture();
  regionSlugs = (await listRegions()).map((r) => r.slug);
});

describe("catalogue facet counts between requests", () => {
  it("follow a profile unpublished by another instance, on the next request", async () => {
    const before = await catalogue();
    expect((await catalogue()).facets).toEqual(before.facets);
    await elsewhere("UPDATE municipality SET status = 'DRAFT' WHERE slug = $1", ["kharkiv"]);
    const after = await catalogue();
    expect(after.total).toBe(before.total - 1);
    expect(after.facets.size["over-250k"]).toBe(before.facets.size["over-250k"] - 1);
    await elsewhere("UPDATE municipality SET status = 'PUBLISHED' WHERE slug = $1", ["kharkiv"]);
    expect((await catalogue()).facets).toEqual(before.facets);
  });

  it("follow an area removed from a profile, for filtered counts too", async () => {
    const before = await catalogue({ area: "water" });
    const lviv = await db().municipality.findUniqueOrThrow({ where: { slug: "lviv" }, select: { id: true } });
    const removed = await db().municipalityArea.findMany({ where: { municipalityId: lviv.id, area: { slug: "water" } } });
    expect(removed.length).toBeGreaterThan(0);
    await db().municipalityArea.deleteMany({ where: { municipalityId: lviv.id, area: { slug: "water" } } });
    try {
      const after = await catalogue({ area: "water" });
      expect(after.total).toBe(before.total - 1);
      expect(after.entries.map((e) => e.slug)).not.toContain("lviv");
    } finally {
      await db().municipalityArea.createMany({ data: removed });
    }
    expect((await catalogue({ area: "water" })).total).toBe(before.total);
  });
});

describe("the home page's and the map's figures between requests", () => {
  const lvivOblast = async () => (await regionFigures()).find((r) => r.slug === "lviv")!;

  it("follow a partnership made, then ended, by another instance", async () => {
    const before = await networkFigures();
    const mapBefore = await lvivOblast();
    expect(await networkFigures()).toEqual(before);
    const [lviv, sindelfingen] = await Promise.all(
      ["lviv", "sindelfingen"].map(async (slug) => (await db().municipality.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id),
    );
    await elsewhere("INSERT INTO partnership (ukrainian_municipality_id, eu_municipality_id, since, updated_at) VALUES ($1, $2, '2025-01-01', now())", [
      lviv,
      sindelfingen,
    ]);
    try {
      const made = await networkFigures();
      expect(made.activePartnerships).toBe(before.activePartnerships + 1);
      // Germany: the partners' countries, not Ukraine (the home page said 8 against the registry's 7).
      expect(made.countries).toBe(1);
      expect((await lvivOblast()).activePartnerships).toBe(mapBefore.activePartnerships + 1);

      await elsewhere("UPDATE partnership SET stage = 'ENDED' WHERE ukrainian_municipality_id = $1", [lviv]);
      expect(await networkFigures()).toEqual(before);
      expect(await lvivOblast()).toEqual(mapBefore);
    } finally {
      await elsewhere("DELETE FROM partnership WHERE ukrainian_municipality_id = $1", [lviv]);
    }
  });

  it("follow a profile that stops seeking partners", async () => {
    const before = await networkFigures();
    const mapBefore = await lvivOblast();
    await elsewhere("UPDATE municipality SET seeks_partners = false WHERE slug = $1", ["stryi"]);
    try {
      expect((await networkFigures()).seekingPartners).toBe(before.seekingPartners - 1);
      expect((await lvivOblast()).seeking).toBe(mapBefore.seeking - 1);
    } finally {
      await elsewhere("UPDATE municipality SET seeks_partners = true WHERE slug = $1", ["stryi"]);
    }
  });
});

describe("the EU municipalities to ask suggestions for, between requests", () => {
  it("list one registered by another instance, and drop it when it is removed", async () => {
    const slugs = async () => (await listEuMunicipalitiesForMatching()).map((m) => m.slug);
    expect(await slugs()).toEqual(["sindelfingen"]);
    await elsewhere(
      "INSERT INTO municipality (slug, country, name_en, status, languages, updated_at) VALUES ('goteborg', 'SE', 'Gothenburg', 'PUBLISHED', '{sv}', now())",
      [],
    );
    try {
      expect(await slugs()).toEqual(["sindelfingen", "goteborg"]);
    } finally {
      await elsewhere("DELETE FROM municipality WHERE slug = 'goteborg'", []);
    }
    expect(await slugs()).toEqual(["sindelfingen"]);
  });
});
