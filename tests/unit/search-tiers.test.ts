import { describe, expect, it } from "vitest";
import { MATCH_TIER, MATCH_TIERS, TIERS_IN_TEST_ORDER } from "@/lib/search/tiers";

describe("the table of match tiers", () => {
  it("gives every tier a distinct rank and a distinct test position", () => {
    const ranks = MATCH_TIERS.map((t) => t.rank).sort((a, b) => a - b);
    const tests = MATCH_TIERS.map((t) => t.test).sort((a, b) => a - b);
    expect(ranks).toEqual(MATCH_TIERS.map((_, i) => i));
    expect(tests).toEqual(MATCH_TIERS.map((_, i) => i + 1));
  });

  it("tests the texts before the similarity tiers but ranks them after", () => {
    const position = (name: string) => TIERS_IN_TEST_ORDER.findIndex((t) => t.name === name);
    expect(position("text")).toBeLessThan(position("similarName"));
    expect(MATCH_TIER.text).toBeGreaterThan(MATCH_TIER.similarPlace);
  });

  it("leaves 'every word somewhere' for last, in both orders", () => {
    expect(TIERS_IN_TEST_ORDER.at(-1)!.name).toBe("allWords");
    expect(Math.max(...Object.values(MATCH_TIER))).toBe(MATCH_TIER.allWords);
  });

  it("keeps the ranks the explanations and links rely on", () => {
    expect(MATCH_TIER).toEqual({ exactName: 0, namePrefix: 1, nameWord: 2, nameAndArea: 3, place: 4, similarName: 5, similarPlace: 6, text: 7, allWords: 8 });
  });
});
