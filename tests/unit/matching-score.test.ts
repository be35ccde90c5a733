import { describe, expect, it } from "vitest";
import { compareSuggestions, isSuggestion, type MatchCandidate, type MatchSide, scoreMatch, sizeBand } from "@/lib/matching/score";
import { MATCH_WEIGHTS, MAX_COUNTED_AREAS, maxScoreWithoutNoPartner } from "@/lib/matching/weights";

const NOW = new Date("2026-11-01T00:00:00Z");
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);

const eu: MatchSide = { needs: [], offers: ["energy", "water", "healthcare"], population: 60000, languages: ["de", "en"] };
const blank: MatchCandidate = {
  needs: [],
  offers: [],
  population: null,
  languages: ["uk"],
  hasActivePartner: true,
  profileConfirmedAt: null,
};
const score = (ua: Partial<MatchCandidate>, side: MatchSide = eu) => scoreMatch(side, { ...blank, ...ua }, NOW);

describe("what the EU side offers against what the Ukrainian side needs", () => {
  it("adds the weight once per shared area and names the areas in the taxonomy's order", () => {
    const s = score({ needs: ["healthcare", "energy", "culture"] });
    expect(s.parts.euOffersUaNeeds).toEqual({ points: 2 * MATCH_WEIGHTS.euOffersUaNeeds, areas: ["energy", "healthcare"] });
    expect(s.score).toBe(2 * MATCH_WEIGHTS.euOffersUaNeeds);
  });

  it(`counts at most ${MAX_COUNTED_AREAS} shared areas`, () => {
    const generous: MatchSide = { ...eu, offers: ["reconstruction", "energy", "water", "waste", "healthcare", "education", "culture"] };
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

  it("outweighs every other part together, so hromadas without a partner always come first", () => {
    expect(MATCH_WEIGHTS.noPartnerYet).toBeGreaterThan(maxScoreWithoutNoPartner());
    const best = score({
      needs: ["energy", "water", "healthcare"], population: 60000, languages: ["en"], profileConfirmedAt: daysAgo(1), hasActivePartner: true,
    });
    const bare = score({ needs: ["energy"], hasActivePartner: false });
    expect(compareSuggestions({ slug: "b", score: bare.score }, { slug: "a", score: best.score })).toBeLessThan(0);
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
    const s = score({
      needs: ["energy", "water"], offers: ["culture"], population: 70000, languages: ["uk", "en"],
      hasActivePartner: false, profileConfirmedAt: daysAgo(5),
    }, { ...eu, needs: ["culture"] });
    expect(s.score).toBe(20 + 6 + 8 + 6 + 100 + 4);
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
    const list = [{ slug: "b-town", score: 5 }, { slug: "a", score: 5 }, { slug: "btown", score: 5 }, { slug: "z", score: 9 }];
    expect(list.sort(compareSuggestions).map((s) => s.slug)).toEqual(["z", "a", "b-town", "btown"]);
  });
});
