import { describe, expect, it } from "vitest";
import {
  activeFilterCount,
  catalogueQueryString,
  chosenRegions,
  effectiveSort,
  hasActiveFilters,
  normaliseSearch,
  parseCatalogueParams,
  populationNumber,
} from "@/lib/catalogue-filters";
import { MACRO_REGIONS } from "@/lib/macro-regions";
import { REGION_NAMES } from "@/lib/region-names";

const regions = ["lviv", "kyiv-city", "kharkiv"];

describe("parseCatalogueParams", () => {
  it("reads every filter from the URL", () => {
    const { filters, ignored } = parseCatalogueParams(
      {
        area: ["water", "energy"],
        direction: "offer",
        oblast: "lviv",
        type: "urban",
        size: "50k-250k",
        seeking: "1",
        lang: ["pl", "de"],
        q: " Львів ",
        sort: "population",
        page: "3",
      },
      regions,
    );
    expect(ignored).toEqual([]);
    expect(filters).toEqual({
      areas: ["energy", "water"],
      direction: "offer",
      regions: ["lviv"],
      macroRegions: [],
      type: "urban",
      populationMin: 50_000,
      populationMax: 249_999,
      seeking: true,
      register: false,
      languages: ["de", "pl"],
      q: "Львів",
      sort: "population",
      page: 3,
    });
  });

  it("ignores unknown values and reports each one", () => {
    const { filters, ignored } = parseCatalogueParams(
      { area: ["nonsense", "energy"], direction: "both", oblast: "atlantis", type: "city", size: "huge", lang: ["klingon", "uk"], sort: "random", page: "-2" },
      regions,
    );
    expect(filters.areas).toEqual(["energy"]);
    expect(filters.direction).toBeNull();
    expect(filters.regions).toEqual([]);
    expect(filters.type).toBeNull();
    expect(filters.populationMin).toBeNull();
    expect(filters.populationMax).toBeNull();
    expect(filters.languages).toEqual(["uk"]);
    expect(filters.sort).toBeNull();
    expect(filters.page).toBe(1);
    expect(ignored.map((i) => `${i.param}=${i.value}`)).toEqual([
      "area=nonsense",
      "direction=both",
      "oblast=atlantis",
      "type=city",
      "size=huge",
      "lang=klingon",
      "sort=random",
      "page=-2",
    ]);
  });

  it("keeps a huge page number for the server to clamp, but not a non-number", () => {
    expect(parseCatalogueParams({ page: "99999" }, regions).filters.page).toBe(99999);
    expect(parseCatalogueParams({ page: "1e9" }, regions).ignored).toEqual([{ param: "page", value: "1e9" }]);
    expect(parseCatalogueParams({ page: "99999999999999" }, regions).filters.page).toBe(1);
  });

  it("drops duplicate areas and empty values", () => {
    const { filters, ignored } = parseCatalogueParams({ area: ["energy", "energy", ""], q: "   ", oblast: "" }, regions);
    expect(filters.areas).toEqual(["energy"]);
    expect(filters.q).toBeNull();
    expect(filters.regions).toEqual([]);
    expect(ignored).toEqual([]);
  });

  it("shortens an over-long search and says so", () => {
    const { filters, ignored } = parseCatalogueParams({ q: "a".repeat(500) }, regions);
    expect(filters.q).toHaveLength(100);
    expect(ignored[0].param).toBe("q");
  });

  it("never cuts a character in half when it shortens a search", () => {
    const { filters } = parseCatalogueParams({ q: "a" + "🙂".repeat(100) }, regions);
    expect(filters.q).toBe("a" + "🙂".repeat(49));
    expect(filters.q!.isWellFormed()).toBe(true);
  });
});

describe("sorting", () => {
  it("sorts by best match with a search and by name without one, unless asked otherwise", () => {
    expect(effectiveSort(parseCatalogueParams({ q: "Lviv" }, regions).filters)).toBe("relevance");
    expect(effectiveSort(parseCatalogueParams({}, regions).filters)).toBe("name");
    expect(effectiveSort(parseCatalogueParams({ q: "Lviv", sort: "population" }, regions).filters)).toBe("population");
    expect(effectiveSort(parseCatalogueParams({ sort: "relevance" }, regions).filters)).toBe("name");
  });

  it("keeps old links sorted by confirmation working, as the freshness sort", () => {
    const { filters, ignored } = parseCatalogueParams({ sort: "confirmed" }, regions);
    expect(ignored).toEqual([]);
    expect(filters.sort).toBe("freshness");
    expect(catalogueQueryString(filters)).toBe("sort=freshness");
  });

  it("leaves the default order out of the URL: the form's empty choice", () => {
    const { filters, ignored } = parseCatalogueParams({ q: "Stryi", sort: "", direction: "" }, regions);
    expect(ignored).toEqual([]);
    expect(catalogueQueryString(filters)).toBe("q=Stryi");
  });
});

describe("normaliseSearch", () => {
  it("removes control characters and collapses spaces", () => {
    expect(normaliseSearch("  Bila\u0000  Tserkva\u200b\n")).toBe("Bila Tserkva");
  });
});

describe("catalogueQueryString", () => {
  it("round-trips through the parser", () => {
    const { filters } = parseCatalogueParams(
      { area: ["energy", "water"], direction: "need", oblast: "lviv", seeking: "1", lang: ["en", "pl"], q: "Stryi", sort: "freshness", page: "2" },
      regions,
    );
    const again = parseCatalogueParams(Object.fromEntries(groupParams(catalogueQueryString(filters))), regions);
    expect(again.filters).toEqual(filters);
  });

  it("applies changes such as another page, leaving defaults out of the URL", () => {
    const { filters } = parseCatalogueParams({ area: "energy" }, regions);
    expect(catalogueQueryString(filters, { page: 4 })).toBe("area=energy&page=4");
    expect(catalogueQueryString(filters, { page: 1 })).toBe("area=energy");
  });

  it("knows when filters are active", () => {
    expect(hasActiveFilters(parseCatalogueParams({ sort: "population", page: "2" }, regions).filters)).toBe(false);
    expect(hasActiveFilters(parseCatalogueParams({ seeking: "1" }, regions).filters)).toBe(true);
  });
});

function groupParams(query: string): [string, string[]][] {
  const search = new URLSearchParams(query);
  return [...new Set(search.keys())].map((k) => [k, search.getAll(k)]);
}

describe("several oblasts, macro-regions and a population range", () => {
  const all = Object.keys(REGION_NAMES);

  it("reads several oblasts and macro-regions, and writes them back", () => {
    const { filters, ignored } = parseCatalogueParams({ oblast: ["volyn", "lviv", "lviv", "atlantis"], macro: ["eastern", "nowhere"] }, all);
    expect(filters.regions).toEqual(["lviv", "volyn"]);
    expect(filters.macroRegions).toEqual(["eastern"]);
    expect(ignored.map((i) => `${i.param}=${i.value}`)).toEqual(["oblast=atlantis", "macro=nowhere"]);
    expect(chosenRegions(filters)).toEqual(["donetsk", "kharkiv", "luhansk", "lviv", "volyn"]);
    expect(catalogueQueryString(filters)).toBe("macro=eastern&oblast=lviv&oblast=volyn");
    expect(activeFilterCount(filters)).toBe(3);
  });

  it("puts every first-level region in exactly one macro-region", () => {
    const grouped = Object.values(MACRO_REGIONS).flat();
    expect([...grouped].sort()).toEqual([...all].sort());
    expect(new Set(grouped).size).toBe(grouped.length);
  });

  it("reads a population range as typed, either end open, and swaps reversed ends", () => {
    expect(parseCatalogueParams({ pop_min: "10 000", pop_max: "50,000" }, all).filters).toMatchObject({ populationMin: 10_000, populationMax: 50_000 });
    expect(parseCatalogueParams({ pop_max: "5000" }, all).filters).toMatchObject({ populationMin: null, populationMax: 5_000 });
    expect(parseCatalogueParams({ pop_min: "90000", pop_max: "20000" }, all).filters).toMatchObject({ populationMin: 20_000, populationMax: 90_000 });
    const { filters, ignored } = parseCatalogueParams({ pop_min: "-5", pop_max: "lots" }, all);
    expect(filters).toMatchObject({ populationMin: null, populationMax: null });
    expect(ignored.map((i) => i.param)).toEqual(["pop_min", "pop_max"]);
    expect(populationNumber("99999999999")).toBeNull();
  });

  it("reads an old population band as the range it meant", () => {
    expect(parseCatalogueParams({ size: "under-10k" }, all).filters).toMatchObject({ populationMin: null, populationMax: 9_999 });
    expect(parseCatalogueParams({ size: "over-250k" }, all).filters).toMatchObject({ populationMin: 250_000, populationMax: null });
    expect(catalogueQueryString(parseCatalogueParams({ size: "10k-50k" }, all).filters)).toBe("pop_min=10000&pop_max=49999");
  });
});
