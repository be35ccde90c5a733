import { beforeAll, describe, expect, it } from "vitest";
import type { CooperationAreaSlug } from "@/lib/cooperation-areas";
import { compareSuggestions, isSuggestion, scoreMatch } from "@/lib/matching/score";
import { MATCH_WEIGHTS, RECENT_DAYS } from "@/lib/matching/weights";
import { type MatchSteering, NO_STEERING, passesSteering } from "@/lib/matching/steering";
import { getEuMunicipality, suggestPartners, suggestionsToday } from "@/server/matching/suggestions";
import { seedDemo } from "../../prisma/seed/demo";
import { REFERENCE_DATE } from "../../prisma/seed/prng";
import { db, resetDatabase } from "../support/database";
import { createMatchFixture, MATCH_NOW } from "../support/match-fixtures";

/** The ranking the pure function gives, computed from rows read through Prisma, not through the ranking SQL. */
async function rankWithPureFunction(euSlug: string, now: Date, steering: MatchSteering = NO_STEERING) {
  const eu = await db().municipality.findUniqueOrThrow({
    where: { slug: euSlug },
    select: {
      id: true,
      population: true,
      languages: true,
      ukrainianCommunityRegions: true,
      areas: { select: { direction: true, area: { select: { slug: true } } } },
    },
  });
  const of = (areas: { direction: string; area: { slug: string } }[], direction: string) =>
    areas.filter((a) => a.direction === direction).map((a) => a.area.slug as CooperationAreaSlug);
  const candidates = await db().municipality.findMany({
    where: { country: "UA", status: "PUBLISHED", seeksPartners: true },
    select: {
      slug: true,
      population: true,
      languages: true,
      profileConfirmedAt: true,
      region: { select: { slug: true } },
      areas: { select: { direction: true, area: { select: { slug: true } } } },
      ukrainianPartnerships: { where: { stage: { not: "ENDED" } }, select: { euMunicipalityId: true } },
    },
  });
  const euSide = {
    needs: of(eu.areas, "NEED"),
    offers: of(eu.areas, "OFFER"),
    population: eu.population,
    languages: eu.languages,
    communityRegions: eu.ukrainianCommunityRegions,
  };
  return candidates
    .filter((c) => !c.ukrainianPartnerships.some((p) => p.euMunicipalityId === eu.id))
    .filter((c) =>
      passesSteering({ needs: of(c.areas, "NEED"), offers: of(c.areas, "OFFER"), regionSlug: c.region?.slug ?? null, population: c.population }, steering),
    )
    .map((c) => ({
      slug: c.slug,
      ...scoreMatch(
        euSide,
        {
          needs: of(c.areas, "NEED"),
          offers: of(c.areas, "OFFER"),
          regionSlug: c.region?.slug ?? null,
          population: c.population,
          languages: c.languages,
          hasActivePartner: c.ukrainianPartnerships.length > 0,
          profileConfirmedAt: c.profileConfirmedAt,
        },
        now,
      ),
    }))
    .filter(isSuggestion)
    .sort(compareSuggestions);
}

async function rankWithSql(euSlug: string, now: Date, limit?: number, steering: MatchSteering = NO_STEERING) {
  const eu = await getEuMunicipality(euSlug);
  if (!eu) throw new Error(`no EU municipality ${euSlug}`);
  return suggestPartners(eu.id, now, { steering, ...(limit === undefined ? {} : { limit }) });
}

describe("partner suggestions on a fixture with a known order", () => {
  beforeAll(async () => {
    await resetDatabase();
    await createMatchFixture();
  });

  it("ranks by the sum of the parts: shared areas, size and language count for more than having no partner yet", async () => {
    const ranked = await rankWithSql("testburg", MATCH_NOW);
    // charlie has a partner already but shares four areas and a language: it comes before juliet
    // (no partner, one area) and well before bravo and india (no partner, one area, nothing else).
    expect(ranked.map((s) => [s.slug, s.score])).toEqual([
      ["alpha", 75],
      ["charlie", 54],
      ["juliet", 53],
      ["bravo", 25],
      ["india", 25],
    ]);
  });

  it("counts the oblast the EU town's Ukrainian community comes from", async () => {
    const juliet = (await rankWithSql("testburg", MATCH_NOW)).find((s) => s.slug === "juliet")!;
    expect(juliet.parts.communityOblast).toEqual({ points: MATCH_WEIGHTS.communityOblast, region: "zakarpattia" });
  });

  it("can be steered by area, oblast and size, and agrees with the pure function when it is", async () => {
    const slugs = async (steering: Partial<MatchSteering>) =>
      (await rankWithSql("testburg", MATCH_NOW, undefined, { ...NO_STEERING, ...steering })).map((s) => s.slug);
    expect(await slugs({ oblast: "lviv" })).toEqual(["alpha"]);
    expect(await slugs({ area: "culture" })).toEqual(["alpha", "charlie", "juliet"]);
    expect(await slugs({ size: "50k-250k" })).toEqual(["alpha", "charlie", "juliet"]);
    expect(await slugs({ size: "over-250k", area: "energy" })).toEqual(["bravo"]);
    expect(await slugs({ oblast: "volyn", area: "energy" })).toEqual([]);
    for (const steering of [
      { ...NO_STEERING, area: "water" as const },
      { ...NO_STEERING, oblast: "zakarpattia" },
      { ...NO_STEERING, size: "under-10k" as const },
    ]) {
      const sql = await rankWithSql("testburg", MATCH_NOW, undefined, steering);
      expect(sql.map((s) => ({ slug: s.slug, score: s.score, parts: s.parts }))).toEqual(await rankWithPureFunction("testburg", MATCH_NOW, steering));
    }
  });

  it("explains each suggestion part by part", async () => {
    const [alpha] = await rankWithSql("testburg", MATCH_NOW);
    expect(alpha.parts).toEqual({
      euOffersUaNeeds: { points: 30, areas: ["energy", "water", "healthcare"] },
      uaOffersEuNeeds: { points: 6, areas: ["culture"] },
      size: { points: 10, band: "similar" },
      language: { points: 10, shared: ["en"] },
      communityOblast: { points: 0, region: null },
      noPartnerYet: { points: 15 },
      recentlyConfirmed: { points: 4 },
    });
    const charlie = (await rankWithSql("testburg", MATCH_NOW)).find((s) => s.slug === "charlie")!;
    expect(charlie.parts.noPartnerYet.points).toBe(0);
    expect(charlie.parts.size.band).toBe("comparable");
    expect(charlie.parts.language.shared).toEqual(["de"]);
  });

  it("leaves out drafts, hromadas not seeking, current partners and hromadas sharing no area", async () => {
    const slugs = (await rankWithSql("testburg", MATCH_NOW)).map((s) => s.slug);
    for (const absent of ["echo", "foxtrot", "golf", "hotel", "othertown", "testburg"]) expect(slugs).not.toContain(absent);
  });

  it("agrees with the pure function, order and scores", async () => {
    const sql = await rankWithSql("testburg", MATCH_NOW);
    const pure = await rankWithPureFunction("testburg", MATCH_NOW);
    expect(sql.map((s) => ({ slug: s.slug, score: s.score, parts: s.parts }))).toEqual(pure);
  });

  it("counts freshness from the day given", async () => {
    const later = new Date(MATCH_NOW.getTime() + 200 * 86_400_000);
    const ranked = await rankWithSql("testburg", later);
    expect(ranked.every((s) => s.parts.recentlyConfirmed.points === 0)).toBe(true);
  });

  it("honours the limit", async () => {
    expect((await rankWithSql("testburg", MATCH_NOW, 2)).map((s) => s.slug)).toEqual(["alpha", "charlie"]);
  });

  it("finds only published municipalities outside Ukraine", async () => {
    expect(await getEuMunicipality("testburg")).not.toBeNull();
    expect(await getEuMunicipality("alpha")).toBeNull();
    expect(await getEuMunicipality("no-such-town")).toBeNull();
    expect(await getEuMunicipality("Testburg'; --")).toBeNull();
  });
});

describe("partner suggestions on the demo data", () => {
  let euSlugs: string[] = [];

  beforeAll(async () => {
    await resetDatabase();
    await seedDemo(db());
    euSlugs = (await db().municipality.findMany({ where: { country: { not: "UA" } }, select: { slug: true }, orderBy: { slug: "asc" } })).map((m) => m.slug);
  }, 180_000);

  it("shows Sindelfingen explained suggestions whose scores differ by what the pair shares, not by a flat bonus", async () => {
    const ranked = await rankWithSql("sindelfingen", REFERENCE_DATE);
    expect(ranked.length).toBeGreaterThan(0);
    expect(ranked[0].parts.euOffersUaNeeds.areas.length + ranked[0].parts.uaOffersEuNeeds.areas.length).toBeGreaterThan(0);
    // The top suggestions once sat within 10 points of each other, all lifted by 100 for "no partner yet".
    expect(ranked.every((s) => s.parts.noPartnerYet.points < s.score / 2)).toBe(true);
  });

  it("agrees with the pure function for every EU municipality: same order, same scores, same parts", async () => {
    expect(euSlugs.length).toBeGreaterThan(50);
    for (const slug of euSlugs) {
      const pure = await rankWithPureFunction(slug, REFERENCE_DATE);
      const sql = await rankWithSql(slug, REFERENCE_DATE, 100_000);
      expect(
        sql.map((s) => ({ slug: s.slug, score: s.score, parts: s.parts })),
        slug,
      ).toEqual(pure);
    }
    const steered = { area: "water" as const, oblast: null, size: "10k-50k" as const };
    for (const slug of euSlugs.slice(0, 10)) {
      const sql = await rankWithSql(slug, REFERENCE_DATE, 100_000, steered);
      expect(
        sql.map((s) => ({ slug: s.slug, score: s.score, parts: s.parts })),
        slug,
      ).toEqual(await rankWithPureFunction(slug, REFERENCE_DATE, steered));
    }
  }, 120_000);
});

describe("the suggestions page's list, kept between requests (src/server/generation-cache.ts)", () => {
  beforeAll(async () => {
    await resetDatabase();
    await createMatchFixture();
  });

  it("drops a hromada once it partners the EU municipality, and lists it again when that ends", async () => {
    const eu = (await getEuMunicipality("testburg"))!;
    const before = await suggestionsToday(eu.id, MATCH_NOW);
    const first = before[0]!;
    const ukrainian = await db().municipality.findUniqueOrThrow({ where: { slug: first.slug }, select: { id: true } });
    const partnership = await db().partnership.create({ data: { ukrainianMunicipalityId: ukrainian.id, euMunicipalityId: eu.id, since: MATCH_NOW } });
    expect((await suggestionsToday(eu.id, MATCH_NOW)).map((s) => s.slug)).not.toContain(first.slug);
    await db().partnership.update({ where: { id: partnership.id }, data: { stage: "ENDED" } });
    expect(await suggestionsToday(eu.id, MATCH_NOW)).toEqual(before);
  });

  it("is the ranking of the start of the day, whatever the hour", async () => {
    const eu = (await getEuMunicipality("testburg"))!;
    const lateInTheDay = new Date(MATCH_NOW.getTime() + 23 * 60 * 60 * 1000);
    // Confirmed RECENT_DAYS before the day began, plus 12 hours: recent as of the start of the
    // day (what the page shows all day long), no longer recent 23 hours into it.
    const confirmedAt = new Date(MATCH_NOW.getTime() - RECENT_DAYS * 86_400_000 + 12 * 60 * 60 * 1000);
    const { profileConfirmedAt } = await db().municipality.update({ where: { slug: "bravo" }, data: { profileConfirmedAt: confirmedAt } });
    try {
      const recentPoints = async (ranking: Promise<{ slug: string; parts: { recentlyConfirmed: { points: number } } }[]>) =>
        (await ranking).find((s) => s.slug === "bravo")!.parts.recentlyConfirmed.points;
      expect(await recentPoints(suggestionsToday(eu.id, lateInTheDay))).toBe(MATCH_WEIGHTS.recentlyConfirmed);
      expect(await recentPoints(suggestPartners(eu.id, lateInTheDay))).toBe(0);
    } finally {
      await db().municipality.update({ where: { slug: "bravo" }, data: { profileConfirmedAt } });
    }
  });
});
