import { describe, expect, it } from "vitest";
import { highlightParts, snippet } from "@/lib/search/highlight";
import { explainMatch, type ExplainInput, MATCH_TIER } from "@/lib/search/explain";
import { searchTerms } from "@/lib/search/query";

const marked = (text: string, q: string) =>
  highlightParts(text, searchTerms(q))
    .filter((p) => p.match)
    .map((p) => p.text);

describe("highlightParts", () => {
  it("marks the matched words in either script, whatever the query's script", () => {
    expect(marked("Kyiv", "Київ")).toEqual(["Kyiv"]);
    expect(marked("Київ", "kyiv")).toEqual(["Київ"]);
    expect(marked("Bila Tserkva", "tserk")).toEqual(["Tserkva"]);
    expect(marked("Біла Церква", "bila tserkva")).toEqual(["Біла", "Церква"]);
  });

  it("marks a word one typo away, but not an unrelated one", () => {
    expect(marked("Kharkiv", "Kharkib")).toEqual(["Kharkiv"]);
    expect(marked("Kherson", "Kharkib")).toEqual([]);
  });

  it("returns the whole text as parts, so nothing is lost or added", () => {
    const text = "Pumps <b>and</b> generators & more";
    const parts = highlightParts(text, searchTerms("generators"));
    expect(parts.map((p) => p.text).join("")).toBe(text);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(["generators"]);
    expect(highlightParts(text, null)).toEqual([{ text, match: false }]);
  });

  it("marks a one-letter query only where it is the whole word", () => {
    expect(marked("Bar and Baranivka", "b")).toEqual([]);
  });
});

describe("snippet", () => {
  it("cuts a long text around the first match", () => {
    const text = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen water fifteen sixteen seventeen eighteen nineteen twenty.";
    expect(snippet(text, searchTerms("water")!, 8)).toBe("… eleven twelve thirteen fourteen water fifteen sixteen seventeen …");
    expect(snippet("Short text with water.", searchTerms("water")!)).toBe("Short text with water.");
  });
});

describe("explainMatch", () => {
  const kyiv: ExplainInput = {
    tier: MATCH_TIER.exactName,
    nameEn: "Kyiv",
    nameUk: "Київ",
    nameLocal: null,
    regionSlug: "kyiv-city",
    regionEn: "Kyiv",
    regionUk: "Київ",
    adminCentreEn: "Kyiv",
    adminCentreUk: "Київ",
    raionEn: null,
    raionUk: null,
    descriptionEn: "Kyiv, the capital of Ukraine.",
    descriptionUk: "Київ — столиця України.",
    details: [{ area: "water", direction: "NEED", en: "Mobile water treatment units", uk: "Мобільні установки очищення води" }],
  };

  it("says nothing when the shown name matched: it is highlighted", () => {
    expect(explainMatch(kyiv, searchTerms("Київ")!, "en")).toBeNull();
  });

  it("names the other spelling the search found", () => {
    expect(explainMatch(kyiv, searchTerms("Kiev")!, "en")).toEqual({ kind: "alias", text: "Kiev" });
  });

  it("names the oblast, in the page's language, for a match in a place", () => {
    const brovary = {
      ...kyiv,
      tier: MATCH_TIER.place,
      nameEn: "Brovary",
      nameUk: "Бровари",
      regionSlug: "kyiv-oblast",
      regionEn: "Kyiv Oblast",
      regionUk: "Київська область",
    };
    expect(explainMatch(brovary, searchTerms("Kiev oblast")!, "uk")).toEqual({ kind: "oblast", text: "Київська область" });
  });

  it("names the need and its area for a match in a need's detail", () => {
    expect(explainMatch({ ...kyiv, tier: MATCH_TIER.text }, searchTerms("очищення")!, "en")).toEqual({
      kind: "need",
      area: "water",
      text: "Mobile water treatment units",
    });
  });

  it("quotes the description when the match is there", () => {
    expect(explainMatch({ ...kyiv, tier: MATCH_TIER.text }, searchTerms("capital")!, "en")).toEqual({
      kind: "description",
      text: "Kyiv, the capital of Ukraine.",
    });
  });
});

describe("explainMatch, among several spellings", () => {
  it("names the one written as the query was", () => {
    const kyiv: ExplainInput = {
      tier: MATCH_TIER.exactName,
      nameEn: "Kyiv",
      nameUk: "Київ",
      nameLocal: null,
      regionSlug: "kyiv-city",
      regionEn: "Kyiv",
      regionUk: "Київ",
      adminCentreEn: "Kyiv",
      adminCentreUk: "Київ",
      raionEn: null,
      raionUk: null,
      descriptionEn: null,
      descriptionUk: null,
      details: [],
    };
    expect(explainMatch(kyiv, searchTerms("Киев")!, "uk")).toEqual({ kind: "alias", text: "Киев" });
    expect(explainMatch(kyiv, searchTerms("kiew")!, "en")).toEqual({ kind: "alias", text: "Kiew" });
  });
});
