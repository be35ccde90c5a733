import { describe, expect, it } from "vitest";
import { compareSuggestions, isSuggestion, type MatchCandidate, type MatchEuSide, scoreMatch, sizeBand } from "@/lib/matching/score";
import { isSteered, NO_STEERING, parseSteering, passesSteering } from "@/lib/matching/steering";
import { MATCH_WEIGHTS, MAX_COUNTED_AREAS, maxAreaScore, maxScoreWithoutNoPartner } from "@/lib/matching/weights";

const NOW = new Date("2026-11-01T00:00:00Z");
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);

const eu: MatchEuSide = { needs: [], offers: ["energy", "water", "healthcare"], population: 60000, languages: ["de", "en"], communityRegions: [] };
const blank: MatchCandidate = {
  regionSlug: null,
  needs: [],
  offers: [],
  population: null,
  languages: ["uk"],
  hasActivePartner: true,
  profileConfirmedAt: null,
};
const score = (ua: Partial<MatchCandidate>, side: MatchEuSide = eu) => scoreMatch(side, { ...blank, ...ua }, NOW);

describe("what the EU side offers against what the Ukrainian side needs", () => {
  it("adds the weight once per shared area and names the areas in the taxonomy's order", () => {
    const s = score({ needs: ["healthcare", "energy", "culture"] });
    expect(s.parts.euOffersUaNeeds).toEqual({ points: 2 * MATCH_WEIGHTS.euOffersUaNeeds, areas: ["energy", "healthcare"] });
    expect(s.score).toBe(2 * MATCH_WEIGHTS.euOffersUaNeeds);
  });

  it(`counts at most ${MAX_COUNTED_AREAS} shared areas`, () => {
    const generous: MatchEuSide = { ...eu, offers: ["reconstruction", "energy", "water", "waste", "healthcare", "education", "culture"] };
    const s = score({ needs: ["reconstruction", "energy", "water", "waste", "healthcare", "education", "culture"] }, generous);
    expect(s.parts.euOffersUaNeeds.areas).toHaveLength(7);
    expect(s.parts.euOffersUaNeeds.points).toBe(MAX_COUNTED_AREAS * MATCH_WEIGHTS.euOffersUaNeeds);
  });
});

describe("what the Ukrainian side offers against what the EU side needs", () => {
  it("scores nothing when the EU municipality has said no needs", () => {
    expect(score({ offers: ["culture"] }).parts.uaOffersEuNeeds).toEqual({ points: 0, areas: [] });
  });

  it("adds its own weight per shared area when it has", () => {
    const s = score({ offers: ["culture", "ukrainian-expertise"] }, { ...eu, needs: ["culture", "civil-protection"] });
    expect(s.parts.uaOffersEuNeeds).toEqual({ points: MATCH_WEIGHTS.uaOffersEuNeeds, areas: ["culture"] });
  });
});

describe("size", () => {
  it("bands populations by the ratio of the larger to the smaller", () => {
    expect(sizeBand(60000, 120000)).toBe("similar");
    expect(sizeBand(120000, 60000)).toBe("similar");
    expect(sizeBand(60000, 120001)).toBe("comparable");
    expect(sizeBand(60000, 300000)).toBe("comparable");
    expect(sizeBand(60000, 300001)).toBeNull();
    expect(sizeBand(null, 5000)).toBeNull();
    expect(sizeBand(0, 5000)).toBeNull();
  });

  it("gives the band's points", () => {
    expect(score({ population: 45000 }).parts.size).toEqual({ points: MATCH_WEIGHTS.similarSize, band: "similar" });
    expect(score({ population: 250000 }).parts.size).toEqual({ points: MATCH_WEIGHTS.comparableSize, band: "comparable" });
    expect(score({ population: 3000 }).parts.size).toEqual({ points: 0, band: null });
  });
});

describe("language", () => {
  it("rewards a working language in common and names it", () => {
    expect(score({ languages: ["uk", "en", "de"] }).parts.language).toEqual({ points: MATCH_WEIGHTS.sharedLanguage, shared: ["en", "de"] });
  });

  it("gives nothing when an interpreter is needed", () => {
    expect(score({ languages: ["uk", "pl"] }).parts.language).toEqual({ points: 0, shared: [] });
  });
});

describe("no partner yet", () => {
  it("adds its weight only for hromadas without an active partnership", () => {
    expect(score({ hasActivePartner: false }).parts.noPartnerYet.points).toBe(MATCH_WEIGHTS.noPartnerYet);
    expect(score({ hasActivePartner: true }).parts.noPartnerYet.points).toBe(0);
  });

  it("puts a hromada without a partner before an otherwise equal one", () => {
    const alone = score({ needs: ["energy"], population: 50000, hasActivePartner: false });
    const partnered = score({ needs: ["energy"], population: 50000, hasActivePartner: true });
    expect(compareSuggestions({ slug: "b", score: alone.score }, { slug: "a", score: partnered.score })).toBeLessThan(0);
  });

  it("no longer outweighs everything else: two more shared areas, or a common language and a similar size, count for more", () => {
    expect(MATCH_WEIGHTS.noPartnerYet).toBeLessThan(2 * MATCH_WEIGHTS.euOffersUaNeeds);
    expect(MATCH_WEIGHTS.noPartnerYet).toBeLessThan(MATCH_WEIGHTS.sharedLanguage + MATCH_WEIGHTS.similarSize);
    const bare = score({ needs: ["energy"], hasActivePartner: false });
    const moreAreas = score({ needs: ["energy", "water", "healthcare"], hasActivePartner: true });
    const workable = score({ needs: ["energy"], population: 60000, languages: ["uk", "en"], hasActivePartner: true });
    expect(moreAreas.score).toBeGreaterThan(bare.score);
    expect(workable.score).toBeGreaterThan(bare.score);
  });

  it("is a small part of the best score, while shared areas are most of it", () => {
    const max = maxScoreWithoutNoPartner() + MATCH_WEIGHTS.noPartnerYet;
    expect(MATCH_WEIGHTS.noPartnerYet / max).toBeLessThan(0.15);
    expect(maxAreaScore() / max).toBeGreaterThan(0.6);
  });
});

describe("the oblast the EU town's Ukrainian community comes from", () => {
  const hosting: MatchEuSide = { ...eu, communityRegions: ["kharkiv", "lviv"] };

  it("adds its weight for a hromada in one of those oblasts, and names the oblast", () => {
    expect(score({ needs: ["energy"], regionSlug: "lviv" }, hosting).parts.communityOblast).toEqual({ points: MATCH_WEIGHTS.communityOblast, region: "lviv" });
  });

  it("adds nothing elsewhere, without an oblast, or when the EU profile records none", () => {
    expect(score({ needs: ["energy"], regionSlug: "odesa" }, hosting).parts.communityOblast).toEqual({ points: 0, region: null });
    expect(score({ needs: ["energy"], regionSlug: null }, hosting).parts.communityOblast).toEqual({ points: 0, region: null });
    expect(score({ needs: ["energy"], regionSlug: "lviv" }).parts.communityOblast).toEqual({ points: 0, region: null });
  });
});

describe("recently confirmed", () => {
  it("counts a confirmation within 180 days, the boundary included", () => {
    expect(score({ profileConfirmedAt: daysAgo(180) }).parts.recentlyConfirmed.points).toBe(MATCH_WEIGHTS.recentlyConfirmed);
    expect(score({ profileConfirmedAt: new Date(daysAgo(180).getTime() - 1) }).parts.recentlyConfirmed.points).toBe(0);
    expect(score({ profileConfirmedAt: null }).parts.recentlyConfirmed.points).toBe(0);
  });
});

describe("the whole score", () => {
  it("is the sum of its parts", () => {
    const s = score(
      {
        needs: ["energy", "water"],
        offers: ["culture"],
        population: 70000,
        languages: ["uk", "en"],
        hasActivePartner: false,
        profileConfirmedAt: daysAgo(5),
      },
      { ...eu, needs: ["culture"] },
    );
    expect(s.score).toBe(20 + 6 + 10 + 10 + 15 + 4);
    expect(s.score).toBe(Object.values(s.parts).reduce((sum, p) => sum + p.points, 0));
  });

  it("uses the weights it is given", () => {
    const w = { ...MATCH_WEIGHTS, euOffersUaNeeds: 1, noPartnerYet: 0 };
    expect(scoreMatch(eu, { ...blank, needs: ["energy", "water"] }, NOW, w).score).toBe(2);
  });

  it("suggests only pairs that share an area, either way round", () => {
    expect(isSuggestion(score({ needs: ["culture"], hasActivePartner: false }))).toBe(false);
    expect(isSuggestion(score({ needs: ["water"] }))).toBe(true);
    expect(isSuggestion(score({ offers: ["culture"] }, { ...eu, needs: ["culture"] }))).toBe(true);
  });

  it("breaks ties by slug, code point by code point", () => {
    const list = [
      { slug: "b-town", score: 5 },
      { slug: "a", score: 5 },
      { slug: "btown", score: 5 },
      { slug: "z", score: 9 },
    ];
    expect(list.sort(compareSuggestions).map((s) => s.slug)).toEqual(["z", "a", "b-town", "btown"]);
  });
});

describe("steering the suggestions by area, oblast and size", () => {
  const candidate = { needs: ["water"], offers: ["culture"], regionSlug: "lviv", population: 30000 };

  it("reads the address's parameters and drops values it does not know, saying which", () => {
    expect(parseSteering({ area: "water", oblast: "lviv", size: "10k-50k" }, ["lviv", "odesa"])).toEqual({
      steering: { area: "water", oblast: "lviv", size: "10k-50k" },
      ignored: [],
    });
    expect(parseSteering({ area: "<b>", oblast: "atlantis", size: "huge" }, ["lviv"])).toEqual({ steering: NO_STEERING, ignored: ["area", "oblast", "size"] });
    expect(parseSteering({ area: "", oblast: ["odesa", "lviv"] }, ["lviv", "odesa"]).steering).toEqual({ area: null, oblast: "odesa", size: null });
    expect(isSteered(NO_STEERING)).toBe(false);
    expect(isSteered({ ...NO_STEERING, size: "under-10k" })).toBe(true);
  });

  it("keeps a hromada that needs or offers the area, in the oblast, within the population band", () => {
    expect(passesSteering(candidate, NO_STEERING)).toBe(true);
    expect(passesSteering(candidate, { area: "water", oblast: "lviv", size: "10k-50k" })).toBe(true);
    expect(passesSteering(candidate, { ...NO_STEERING, area: "culture" })).toBe(true);
  });

  it("leaves out the others", () => {
    expect(passesSteering(candidate, { ...NO_STEERING, area: "energy" })).toBe(false);
    expect(passesSteering(candidate, { ...NO_STEERING, oblast: "odesa" })).toBe(false);
    expect(passesSteering(candidate, { ...NO_STEERING, size: "50k-250k" })).toBe(false);
    expect(passesSteering({ ...candidate, population: 50000 }, { ...NO_STEERING, size: "10k-50k" })).toBe(false);
    expect(passesSteering({ ...candidate, population: null }, { ...NO_STEERING, size: "under-10k" })).toBe(false);
  });
});
