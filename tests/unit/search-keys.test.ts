import { describe, expect, it } from "vitest";
import { searchKey, skeleton } from "@/lib/search/keys";
import { searchTerms } from "@/lib/search/query";
import { searchDocument, type SearchSource } from "@/lib/search/document";

describe("searchKey", () => {
  it("writes every script and case in the same plain Latin letters", () => {
    expect(searchKey("Львів")).toBe("lviv");
    expect(searchKey("ЛЬВІВ")).toBe("lviv");
    expect(searchKey("Lviv")).toBe("lviv");
    expect(searchKey("L’viv")).toBe("lviv");
    expect(searchKey("Lwów")).toBe("lwow");
    expect(searchKey("Göteborg")).toBe("goteborg");
    expect(searchKey("Straße Łódź")).toBe("strasse lodz");
  });

  it("turns hyphens and punctuation into single spaces, and drops apostrophes", () => {
    expect(searchKey("  Івано-Франківськ!! ")).toBe("ivano frankivsk");
    expect(searchKey("Кам'янець-Подільський")).toBe("kamianets podilskyi");
  });

  it("keeps nothing of symbols, emoji, markup or SQL but their letters", () => {
    expect(searchKey("🙂🙂")).toBe("");
    expect(searchKey("%_\\")).toBe("");
    expect(searchKey("<b>Lviv</b>")).toBe("b lviv b");
    expect(searchKey("'; DROP TABLE municipality; --")).toBe("drop table municipality");
  });
});

describe("skeleton", () => {
  const same = (a: string, b: string) => expect(skeleton(searchKey(a))).toBe(skeleton(searchKey(b)));

  it("makes the usual romanisations of one name meet", () => {
    same("Zhytomyr", "Zhitomir");
    same("Luhansk", "Lugansk");
    same("Uzhhorod", "Uzhgorod");
    same("Drohobych", "Drohobycz");
    same("Drohobych", "Drohobytsch");
    same("Zaporizhzhia", "Zaporizhia");
    same("Kropyvnytskyi", "Kropyvnytskyy");
    same("Odesa", "Odessa");
    same("Lviv", "Lwiw");
    same("Bila Tserkva", "Bila Cerkva");
  });

  it("keeps Ч and Ц apart: Cherkasy is not Tserkva", () => {
    expect(skeleton(searchKey("Cherkasy")).startsWith(skeleton("tserk"))).toBe(false);
  });
});

describe("searchTerms", () => {
  it("is null for a search with no letter or digit", () => {
    expect(searchTerms("🙂")).toBeNull();
    expect(searchTerms("%")).toBeNull();
    expect(searchTerms("—")).toBeNull();
  });

  it("searches texts for every word, with only letters and digits in the tsquery's words", () => {
    const terms = searchTerms("water & !supply | 'x':*")!;
    expect(terms.textWords.map((w) => w.key)).toEqual(["water", "supply"]);
    expect(terms.words.map((w) => w.key)).toEqual(["water", "supply", "x"]);
  });

  it("looks for the areas a query names, in any of the nine languages, as the words that name them", () => {
    const terms = searchTerms("Wasserversorgung Lwiw")!;
    expect(terms.areas).toEqual(["water"]);
    expect(terms.textWords).toEqual([
      { key: "wasserversorgung", areaTokens: ["coopneedwater", "coopofferwater"] },
      { key: "lwiw", areaTokens: [] },
    ]);
    expect(searchTerms("water supply")!.textWords.every((w) => w.areaTokens.includes("coopneedwater"))).toBe(true);
  });

  it("leaves words for a kind of place out of the loose matches", () => {
    const terms = searchTerms("Київська область")!;
    expect(terms.key).toBe("kyivska oblast");
    expect(terms.core.key).toBe("kyivska");
    expect(searchTerms("oblast")!.core.key).toBe("oblast");
  });

  it("looks for at most six words", () => {
    expect(searchTerms("a b c d e f g h")!.words).toHaveLength(6);
  });
});

describe("searchDocument", () => {
  const lviv: SearchSource = {
    nameEn: "Lviv",
    nameUk: "Львів",
    nameLocal: null,
    adminCentreEn: "Lviv",
    adminCentreUk: "Львів",
    raionEn: "Lvivskyi",
    raionUk: "Львівський",
    regionName: null,
    region: { slug: "lviv", nameEn: "Lviv Oblast", nameUk: "Львівська область" },
    descriptionEn: "Lviv needs water.",
    descriptionUk: "Львову потрібна вода.",
    details: ["Pumps for the water supply", "Насоси для водопостачання"],
  };

  it("stores every known name of the town, its curated aliases among them", () => {
    const names = searchDocument(lviv).names.split("|");
    for (const name of ["lviv", "lvov", "lwow", "lemberg"]) expect(names).toContain(name);
    expect(searchDocument(lviv).names).toMatch(/^\|.*\|$/);
  });

  it("stores the places apart, without the names", () => {
    const places = searchDocument(lviv).places.split("|");
    expect(places).toContain("lvivskyi raion");
    expect(places).toContain("lviv oblast");
    expect(places).toContain("lvivska oblast");
    expect(places).toContain("lvivshchyna");
    expect(places).not.toContain("lviv");
  });

  it("writes the texts of both languages in Latin letters", () => {
    expect(searchDocument(lviv).body).toBe("lviv needs water lvovu potribna voda pumps for the water supply nasosy dlia vodopostachannia");
  });

  it("uses aliases only for the town they belong to", () => {
    const otherMykolaiv = { ...lviv, nameEn: "Mykolaiv", nameUk: "Миколаїв" };
    expect(searchDocument(otherMykolaiv).names).not.toContain("nikolaev");
    expect(searchDocument({ ...otherMykolaiv, region: { slug: "mykolaiv", nameEn: "Mykolaiv Oblast", nameUk: "Миколаївська область" } }).names).toContain(
      "nikolaev",
    );
  });
});
