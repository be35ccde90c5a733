// The facet counts are kept per process between requests (src/server/municipalities/facet-cache.ts):
// they must never outlive a change to the profiles, made by this process or by any other.
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCatalogueParams } from "@/lib/catalogue-filters";
import { db } from "@/server/db";
import { searchCatalogue } from "@/server/municipalities/catalogue";
import { listRegions } from "@/server/regions";
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
