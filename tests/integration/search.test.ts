import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CatalogueFilters, PAGE_SIZE, SEARCH_MAX_LENGTH, parseCatalogueParams } from "@/lib/catalogue-filters";
import { Prisma } from "@/server/db";
import { MATCH_TIER } from "@/lib/search/explain";
import { searchTerms } from "@/lib/search/query";
import { searchCatalogue } from "@/server/catalogue/catalogue";
import { CATALOGUE_FROM, catalogueWhere, filterConditions } from "@/server/catalogue/filters";
import { cataloguePageQuery } from "@/server/catalogue/page";
import { SEARCH_INDEX_FORMAT, refreshSearchIndex, refreshStaleSearchIndex } from "@/server/catalogue/search-index";
import { searchCloseness, searchTier } from "@/server/catalogue/match-tiers";
import { broadText } from "@/server/catalogue/match";
import { getResponsiveness } from "@/server/municipalities/responsiveness";
import { listRegions } from "@/server/regions";
import { seedDemo } from "../../prisma/seed/demo";
import { db, resetDatabase } from "../support/database";

type Query = { q: string; first: string; kind: string };
const { queries } = JSON.parse(readFileSync(new URL("./search-queries.json", import.meta.url), "utf8")) as { queries: Query[] };

type MultilingualQuery = { locale: string; q: string; first?: string; firstArea?: string; kind: string };
const multilingual = (JSON.parse(readFileSync(new URL("./search-queries-multilingual.json", import.meta.url), "utf8")) as { queries: MultilingualQuery[] })
  .queries;

let regionSlugs: string[] = [];

function filtersFor(params: Record<string, string | string[]>): CatalogueFilters {
  return parseCatalogueParams(params, regionSlugs).filters;
}

async function search(params: Record<string, string | string[]>, locale = "en") {
  return searchCatalogue(filtersFor(params), locale);
}

beforeAll(async () => {
  await resetDatabase();
  await seedDemo(db());
  regionSlugs = (await listRegions()).map((r) => r.slug);
}, 180_000);

describe("the search query set (demo dataset)", () => {
  it("has at least 40 queries", () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
  });

  it.each(queries)("“$q” ($kind) lists $first first", async ({ q, first }) => {
    const { entries } = await search({ q });
    expect(entries[0]?.slug, JSON.stringify(entries.slice(0, 3).map((e) => e.slug))).toBe(first);
  });
});

describe("keyword queries in the nine languages (demo dataset)", () => {
  it("has at least ten queries in each language of the interface", async () => {
    const { routing } = await import("@/i18n/routing");
    for (const locale of routing.locales) expect(multilingual.filter((m) => m.locale === locale).length, locale).toBeGreaterThanOrEqual(10);
  });

  it.each(multilingual)("$locale: “$q” ($kind) lists $first$firstArea first, saying why", async ({ locale, q, first, firstArea }) => {
    const { entries } = await search({ q }, locale);
    const top = entries[0];
    const shown = JSON.stringify(entries.slice(0, 3).map((e) => [e.slug, e.match]));
    if (first) expect(top?.slug, shown).toBe(first);
    // A hromada that needs (or offers) the area the query names, and the result says so.
    if (firstArea) expect(top?.match, shown).toMatchObject({ kind: expect.stringMatching(/^(need|offer)$/), area: firstArea });
  });
});

describe("a database indexed by an older portal", () => {
  it("is indexed again once, in this code's format, when it is prepared", async () => {
    await db().$executeRawUnsafe(`COMMENT ON COLUMN municipality.search_body IS 'search index 1'`);
    await db().$executeRaw`UPDATE municipality SET search_body = to_tsvector('simple', 'stale') WHERE slug = 'chernihiv'`;
    expect((await search({ q: "avloppsreningsverk" }, "sv")).entries[0]?.slug).not.toBe("chernihiv");

    expect(await refreshStaleSearchIndex(db())).toBe(true);
    expect((await search({ q: "avloppsreningsverk" }, "sv")).entries[0]?.slug).toBe("chernihiv");
    const [{ format }] = await db().$queryRaw<{ format: string }[]>`
      SELECT col_description('municipality'::regclass, attnum) AS format FROM pg_attribute
       WHERE attrelid = 'municipality'::regclass AND attname = 'search_body'`;
    expect(format).toBe(SEARCH_INDEX_FORMAT);
    expect(await refreshStaleSearchIndex(db())).toBe(false);
  });
});

describe("pages of a search, best match first", () => {
  // The page query takes a page from the best tiers alone when they fill it (names, then the
  // place tier's most populous rows) and ranks every match otherwise. Either way the pages must
  // list what ranking every match lists, in that order and with the same match tier, from the
  // first page to the last. The demo has at most 14 profiles per oblast, so:
  // - three copies of each published profile of Lviv oblast: a search for Lviv whose first pages
  //   the best tiers fill. The copies keep their original's population (ties), and one in three
  //   has none (NULLS LAST);
  // - hromadas of Volyn oblast whose names begin like Lviv to different degrees: name tiers 1
  //   and 2 with different closeness, and rows that a filter on Lviv oblast must leave out.
  beforeAll(async () => {
    const copies = await db().$queryRaw<{ id: number }[]>`
      INSERT INTO municipality (slug, country, katottg, name_en, name_uk, region_id, region_name, raion_en, raion_uk,
                                hromada_type, population, admin_centre_en, admin_centre_uk, status, seeks_partners, updated_at)
      SELECT m.slug || '-copy-' || g, 'UA', 'UA' || lpad((row_number() OVER ())::text, 17, '9'), m.name_en || ' ' || g, m.name_uk || ' ' || g,
             m.region_id, m.region_name, m.raion_en, m.raion_uk, m.hromada_type, CASE WHEN g = 4 THEN NULL ELSE m.population END,
             m.admin_centre_en, m.admin_centre_uk, m.status, m.seeks_partners, now()
        FROM municipality m JOIN region r ON r.id = m.region_id, generate_series(2, 4) g
       WHERE r.slug = 'lviv' AND m.status = 'PUBLISHED'
      RETURNING id`;
    const alike = await db().$queryRaw<{ id: number }[]>`
      INSERT INTO municipality (slug, country, katottg, name_en, name_uk, region_id, hromada_type, population, status, seeks_partners, updated_at)
      SELECT 'alike-copy-' || n, 'UA', 'UA' || lpad(n::text, 17, '8'), name, NULL, (SELECT id FROM region WHERE slug = 'volyn'),
             'RURAL', 1000 * n, 'PUBLISHED', true, now()
        FROM unnest(ARRAY['Lvivka', 'Lvivske', 'Lvivskyi Khutir', 'Nova Lvivka', 'Staryi Lviv']) WITH ORDINALITY AS x(name, n)
      RETURNING id`;
    await refreshSearchIndex(
      db(),
      [...copies, ...alike].map((r) => r.id),
    );
  });
  afterAll(async () => {
    await db().municipality.deleteMany({ where: { slug: { contains: "-copy-" } } });
  });

  type Ranked = { slug: string; tier: number };

  async function everyMatchRanked(params: Record<string, string | string[]>): Promise<Ranked[]> {
    const filters = filtersFor(params);
    const terms = searchTerms(filters.q!)!;
    return db().$queryRaw<Ranked[]>(Prisma.sql`
      SELECT m.slug, m.tier FROM (
        SELECT m.slug, m.id, m.population, m.search_names, m.search_places, m.search_body, ${searchTier(terms)} AS tier
        ${CATALOGUE_FROM} ${catalogueWhere(filterConditions(filters, terms))}) AS m
      ORDER BY m.tier, ${searchCloseness(terms, Prisma.sql`m.tier`)} DESC, m.population DESC NULLS LAST, m.id`);
  }

  async function page(params: Record<string, string | string[]>, n: number): Promise<Ranked[]> {
    const filters = filtersFor(params);
    const terms = searchTerms(filters.q!)!;
    const rows = await db().$queryRaw<Ranked[]>(cataloguePageQuery(filters, terms, filterConditions(filters, terms), "en", n));
    return rows.map(({ slug, tier }) => ({ slug, tier }));
  }

  const cases: Record<string, string | string[]>[] = [
    { q: "Lviv" },
    { q: "Львів" },
    { q: "Lviv", oblast: "lviv" },
    { q: "Lviv", type: "urban" },
    { q: "Kyiv" },
    { q: "Odesa" },
    { q: "Lviw" },
    { q: "Kharkiv", area: "energy" },
    { q: "school" },
    { q: "water supply" },
  ];

  it.each(cases.map((c) => [JSON.stringify(c), c]))("%s", async (_, params) => {
    const expected = await everyMatchRanked(params);
    expect(expected.length).toBeGreaterThan(0);
    const listed: Ranked[] = [];
    for (let n = 1; n <= Math.ceil(expected.length / PAGE_SIZE); n++) listed.push(...(await page(params, n)));
    expect(listed).toEqual(expected);
  });

  it("lists the exact name first, before names that only begin with it (Lviv before Lvivka)", async () => {
    const { entries } = await search({ q: "Lviv" });
    expect(entries[0]?.slug).toBe("lviv");
    const ranked = await everyMatchRanked({ q: "Lviv" });
    const at = (slug: string) => ranked.findIndex((r) => r.slug === slug);
    expect(ranked[0]).toEqual({ slug: "lviv", tier: MATCH_TIER.exactName });
    // 'Lvivka' and Lviv oblast's copies ("Lviv 2") begin with the name; they come after it.
    expect(at("alike-copy-1")).toBeGreaterThan(0);
    expect(ranked[at("alike-copy-1")]!.tier).toBeGreaterThan(MATCH_TIER.exactName);
  });

  it("has searches whose first page the best tiers fill, and some they do not", async () => {
    // Without both, the test above would not compare the two ways of making a page.
    const inBestTiers = async (params: Record<string, string | string[]>) => (await everyMatchRanked(params)).filter((r) => r.tier <= MATCH_TIER.place).length;
    for (const params of [{ q: "Lviv" }, { q: "Lviv", oblast: "lviv" }] as Record<string, string>[]) {
      const best = await inBestTiers(params);
      const all = (await everyMatchRanked(params)).length;
      expect(best, `${JSON.stringify(params)}: its first page, from the best tiers`).toBeGreaterThanOrEqual(PAGE_SIZE);
      expect(best, `${JSON.stringify(params)}: its last page, from every match ranked`).toBeLessThan(Math.ceil(all / PAGE_SIZE) * PAGE_SIZE);
    }
    const lviv = await everyMatchRanked({ q: "Lviv" });
    // (and, since the search looks through the whole register, hromadas without a profile whose names are like it)
    expect([...new Set(lviv.map((r) => r.tier))], "Lviv: the three name tiers, and places").toEqual(
      expect.arrayContaining([MATCH_TIER.exactName, MATCH_TIER.namePrefix, MATCH_TIER.nameWord, MATCH_TIER.place]),
    );
    expect(await inBestTiers({ q: "school" }), "school's first page, from every match ranked").toBeLessThan(PAGE_SIZE);
  });
});

describe("a keyword whose every word names an area (its texts read once)", () => {
  // Its text tier is not tested on each row's text (match-tiers.ts, textTierTest): a row that
  // reaches it matched by its texts unless a later tier's test holds. Every matching row must get
  // the tier it gets with every tier tested as written. Two hromadas whose names hold "school"
  // inside a word (the similar-name tier, tested after the texts): one whose description speaks
  // of its school (the text tier), one without a text.
  beforeAll(async () => {
    const rows = await db().$queryRaw<{ id: number }[]>`
      INSERT INTO municipality (slug, country, katottg, name_en, region_id, hromada_type, population, status, seeks_partners, description_en, updated_at)
      VALUES ('broad-pidschoolivka', 'UA', 'UA77777777777777771', 'Pidschoolivka', (SELECT id FROM region WHERE slug = 'volyn'), 'RURAL', 2000,
              'PUBLISHED', true, 'The school of the village needs new windows.', now()),
             ('broad-zaschoolne', 'UA', 'UA77777777777777772', 'Zaschoolne', (SELECT id FROM region WHERE slug = 'volyn'), 'RURAL', 1000,
              'PUBLISHED', true, NULL, now())
      RETURNING id`;
    await refreshSearchIndex(
      db(),
      rows.map((r) => r.id),
    );
  });
  afterAll(async () => {
    await db().municipality.deleteMany({ where: { slug: { startsWith: "broad-" } } });
  });

  async function tiers(q: string, readTextOnce: boolean): Promise<{ slug: string; tier: number }[]> {
    const filters = filtersFor({ q });
    const terms = searchTerms(q)!;
    return db().$queryRaw(Prisma.sql`
      SELECT m.slug, ${searchTier(terms, readTextOnce)} AS tier ${CATALOGUE_FROM} ${catalogueWhere(filterConditions(filters, terms))} ORDER BY m.slug`);
  }

  const broad = [...new Set(["school", "water supply", ...multilingual.map((x) => x.q)])].filter((q) => {
    const terms = searchTerms(q);
    return terms !== null && broadText(terms);
  });

  it("has such queries in every language of the query set", () => {
    expect(broad.length).toBeGreaterThanOrEqual(20);
    expect(new Set(multilingual.filter((x) => broad.includes(x.q)).map((x) => x.locale)).size).toBe(9);
  });

  it("gives every matching row the tier it gets with every tier tested as written", async () => {
    for (const q of broad) expect(await tiers(q, true), q).toEqual(await tiers(q, false));
  });

  it("keeps a text match in the text tier, before a name that only holds the word", async () => {
    const school = await tiers("school", true);
    expect(school).toEqual(
      expect.arrayContaining([
        { slug: "broad-pidschoolivka", tier: MATCH_TIER.text },
        { slug: "broad-zaschoolne", tier: MATCH_TIER.similarName },
      ]),
    );
  });
});

describe("why a result matched", () => {
  it("names the spelling that matched when it is not the shown name", async () => {
    const [kyiv] = (await search({ q: "Kiev" })).entries;
    expect(kyiv.match).toEqual({ kind: "alias", text: "Kiev" });
  });

  it.each(["Kyiv", "Kyjiw", "Kiyv"])("“%s” lists the city, then the hromadas of its oblast, before names that only begin like it", async (q) => {
    // All three fold to the skeleton "kiv", which begins Kivertsi and Kivsharivka too.
    const { entries } = await search({ q });
    const order = JSON.stringify(entries.map((e) => `${e.slug}:${e.match?.kind ?? "name"}`));
    expect(entries[0]?.slug, order).toBe("kyiv");
    expect(entries.filter((e) => e.match?.kind === "oblast").length, order).toBeGreaterThan(3);
    const firstOther = entries.findIndex((e) => e.slug !== "kyiv" && e.match?.kind !== "oblast");
    expect(firstOther === -1 || entries.slice(firstOther).every((e) => e.match?.kind !== "oblast"), order).toBe(true);
  });

  it("says nothing more when the shown name matched", async () => {
    expect((await search({ q: "Kyiv" })).entries[0].match).toBeNull();
  });

  it("names the oblast for places found by it, in the page's language", async () => {
    const { entries } = await search({ q: "Буковина" }, "uk");
    expect(entries.length).toBeGreaterThan(3);
    for (const e of entries) expect(e.match).toEqual({ kind: "oblast", text: "Чернівецька область" });
  });

  it("names the need and its area for a match in needs, from a query in either language", async () => {
    for (const q of ["водопостачання", "water supply"]) {
      const { entries, total } = await search({ q });
      expect(total).toBeGreaterThan(10);
      expect(entries[0].match).toMatchObject({ kind: "need", area: "water" });
    }
  });

  it("quotes the description when the match is there", async () => {
    const { entries } = await search({ q: "capital" });
    expect(entries[0].slug).toBe("kyiv");
    expect(entries[0].match).toMatchObject({ kind: "description" });
    expect(entries[0].match?.text).toContain("capital");
  });
});

describe("bad search input gives results or an empty list, never an error", () => {
  const inputs = [
    "'; DROP TABLE municipality; --",
    '" OR 1=1 --',
    "<script>alert('x')</script>",
    "<b>Lviv</b>",
    "%",
    "_",
    "\\",
    "%_%\\'",
    "water & supply | !x :* <->",
    "🙂",
    "Lviv 🙂🇺🇦",
    "北京",
    "Αθήνα",
    "القاهرة",
    "a",
    "ь",
    "'",
    "ʼʼʼ",
    "oblast oblast oblast",
    "x".repeat(SEARCH_MAX_LENGTH),
    "Київ ".repeat(40),
    "\u0000Lviv\u0007",
  ];

  it.each(inputs.map((q) => [q.length > 30 ? `${q.slice(0, 30)}…` : q, q]))("%s", async (_, q) => {
    let total: number | null = null;
    for (const sort of ["", "name", "population", "freshness"]) {
      const result = await search({ q, sort, area: "energy", page: "2" });
      // Every order finds the same set, and page 2 (or the last page, when there is no page 2)
      // holds exactly what is left of it.
      total ??= result.total;
      expect(result.total).toBe(total);
      const last = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
      const shown = Math.min(2, last);
      expect(result.entries.length).toBe(shown === last ? result.total - (shown - 1) * PAGE_SIZE : PAGE_SIZE);
    }
  });

  it("ignores control characters around a name: the same matches as the name alone", async () => {
    const plain = await search({ q: "Lviv", area: "energy" });
    expect(plain.total).toBeGreaterThan(0);
    expect((await search({ q: "\u0000Lviv\u0007", area: "energy" })).total).toBe(plain.total);
  });

  it("finds nothing for a search with no letters, and says why", async () => {
    const result = await search({ q: "🙂" });
    expect(result.total).toBe(0);
    expect(result.terms).toBeNull();
  });

  it("finds nothing for letters that spell no name, however they fold", async () => {
    // "zzzzzz" folds to the skeleton "z", which begins half the names in Ukraine.
    for (const q of ["zzzzzz", "qqqq", "xxxxxxx", "ьььь"]) expect((await search({ q })).total, q).toBe(0);
  });

  it("leaves the data alone", async () => {
    await search({ q: "'; DELETE FROM municipality; --" });
    expect((await search({})).total).toBe(262);
  });
});

describe("facets on the demo dataset", () => {
  const params = { q: "Kharkiv", area: "energy", direction: "need", seeking: "1" };

  it("each count equals the total with that option chosen", async () => {
    const { facets } = await search(params);
    for (const oblast of ["kharkiv", "lviv"]) expect(facets.oblast[oblast] ?? 0).toBe((await search({ ...params, oblast })).total);
    for (const type of ["urban", "settlement", "rural"] as const) expect(facets.type[type]).toBe((await search({ ...params, type })).total);
    for (const size of ["under-10k", "10k-50k", "50k-250k", "over-250k"] as const) expect(facets.size[size]).toBe((await search({ ...params, size })).total);
    for (const lang of ["uk", "en", "pl"] as const) expect(facets.languages[lang]).toBe((await search({ ...params, lang })).total);
    expect(facets.direction.offer).toBe((await search({ ...params, direction: "offer" })).total);
    expect(facets.seeking).toBe(facets.total);
    const { seeking: _, ...notSeeking } = params;
    expect((await search(notSeeking)).facets.seeking).toBe(facets.total);
    expect(facets.areas.water).toBe((await search({ ...params, area: ["energy", "water"] })).total);
  });
});

describe("freshness and responsiveness", () => {
  it("sorts by freshness, most recently confirmed first; old links sorted by “confirmed” alike", async () => {
    const { entries } = await search({ sort: "freshness" });
    const dates = entries.map((e) => e.profileConfirmedAt?.getTime() ?? 0);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect((await search({ sort: "confirmed" })).entries.map((e) => e.slug)).toEqual(entries.map((e) => e.slug));
  });

  it("gives the median time from a request's arrival to the hromada's first answer, over the requests it answered", async () => {
    const requests = await db().partnershipRequest.findMany({
      where: { direction: "TO_HROMADA", hromadaFirstAnsweredAt: { not: null } },
      select: { submittedAt: true, hromadaFirstAnsweredAt: true, ukrainianMunicipality: { select: { id: true, slug: true } } },
    });
    const bySlug = new Map<string, { id: number; seconds: number[] }>();
    for (const r of requests) {
      const entry = bySlug.get(r.ukrainianMunicipality.slug) ?? { id: r.ukrainianMunicipality.id, seconds: [] };
      entry.seconds.push((r.hromadaFirstAnsweredAt!.getTime() - r.submittedAt.getTime()) / 1000);
      bySlug.set(r.ukrainianMunicipality.slug, entry);
    }
    expect(bySlug.size).toBeGreaterThan(3);
    for (const [slug, { id, seconds }] of bySlug) {
      const sorted = [...seconds].sort((a, b) => a - b);
      const mid = sorted.length / 2;
      const median = sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
      expect(await getResponsiveness(id)).toEqual({ answered: seconds.length, medianSeconds: expect.closeTo(median, 0) });
      const entry = (await search({ q: slug.replaceAll("-", " ") })).entries.find((e) => e.slug === slug);
      if (entry) expect(entry.responsiveness.answered).toBe(seconds.length);
    }
    const quiet = await db().municipality.findFirstOrThrow({ where: { country: "UA", requestsReceived: { none: {} } }, select: { id: true } });
    expect(await getResponsiveness(quiet.id)).toEqual({ answered: 0, medianSeconds: null });
  });
});
