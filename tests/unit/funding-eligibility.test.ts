import { describe, expect, it } from "vitest";
import { COOPERATION_AREAS } from "@/lib/cooperation-areas";
import { EU_MEMBER_STATES, PARTNER_COUNTRIES } from "@/lib/countries";
import { evaluateForPartners, evaluatePair, evaluateUkrainian, type FundingPair, normaliseRegionName, qualifying } from "@/lib/funding/eligibility";
import { filterProgrammes, parseFundingParams } from "@/lib/funding/filters";
import { FUNDING_PROGRAMMES, findProgramme } from "@/lib/funding/programmes";
import type { FundingProgramme } from "@/lib/funding/types";
import { REGIONS } from "../../prisma/seed/regions";

const hromada = (regionSlug: string, population: number, occupied = false) => ({ regionSlug, population, occupied });
const town = (country: string, regionName: string | null, population: number) => ({ country, regionName, population });
const slugsFor = (pair: FundingPair) => qualifying(evaluatePair(pair, FUNDING_PROGRAMMES)).map((r) => r.programme.slug);
const verdictOn = (pair: FundingPair, slug: string) => evaluatePair(pair, FUNDING_PROGRAMMES).find((r) => r.programme.slug === slug)!;

const LVIV = hromada("lviv", 717803);
const SINDELFINGEN = town("DE", "Baden-Württemberg", 64000);

describe("Lviv and Sindelfingen", () => {
  it("may use the EU-wide programmes open to every oblast, and Germany's national schemes", () => {
    expect(slugsFor({ ukrainian: LVIV, partner: SINDELFINGEN })).toEqual([
      "cerv-town-twinning",
      "cerv-networks-of-towns",
      "interreg-europe",
      "horizon-europe",
      "erasmus-plus-cooperation-partnerships",
      "creative-europe-cooperation",
      "life",
      "eu4health",
      "u-lead-with-europe",
      "skew-nakopa",
      "skew-ukraine-partnerships",
    ]);
  });

  it("keep only the programmes that fund what they work on", () => {
    expect(slugsFor({ ukrainian: LVIV, partner: SINDELFINGEN, areas: ["healthcare", "rehabilitation", "education"] })).toEqual([
      "interreg-europe",
      "horizon-europe",
      "erasmus-plus-cooperation-partnerships",
      "eu4health",
      "skew-nakopa",
      "skew-ukraine-partnerships",
    ]);
  });

  it("cannot use a cross-border programme: neither is in its area", () => {
    const plUa = verdictOn({ ukrainian: LVIV, partner: SINDELFINGEN }, "interreg-next-poland-ukraine");
    expect(plUa.qualifies).toBe(false);
    expect(plUa.reasons).toContainEqual({ code: "partnerCountry", met: false, country: "DE" });
    const danube = verdictOn({ ukrainian: LVIV, partner: SINDELFINGEN }, "interreg-danube-region");
    expect(danube.reasons).toContainEqual({ code: "partnerRegion", met: true, region: "Baden-Württemberg" });
    expect(danube.reasons).toContainEqual({ code: "ukrainianRegion", met: false, region: "lviv", everywhere: false });
  });

  it("are told how many more partners a consortium programme needs", () => {
    const pair = { ukrainian: LVIV, partner: SINDELFINGEN };
    expect(verdictOn(pair, "cerv-town-twinning").reasons.some((r) => r.code === "morePartners")).toBe(false);
    expect(verdictOn(pair, "interreg-europe").reasons).toContainEqual({ code: "morePartners", met: true, partners: 1, countries: 1, euMemberStates: 1 });
    expect(verdictOn(pair, "cerv-networks-of-towns").reasons).toContainEqual({ code: "morePartners", met: true, partners: 2, countries: 2, euMemberStates: 1 });
    // Ukrainian organisations may join Erasmus+ partnerships but do not count towards the minimum.
    expect(verdictOn(pair, "erasmus-plus-cooperation-partnerships").reasons).toContainEqual({
      code: "morePartners",
      met: true,
      partners: 2,
      countries: 2,
      euMemberStates: 0,
    });
  });
});

describe("Interreg NEXT Hungary–Slovakia–Romania–Ukraine", () => {
  const berehove = hromada("zakarpattia", 24000);

  it("takes a Zakarpattia hromada with a town in Szabolcs-Szatmár-Bereg", () => {
    const pair = { ukrainian: berehove, partner: town("HU", "Szabolcs-Szatmár-Bereg", 117000) };
    expect(slugsFor(pair)).toContain("interreg-next-hu-sk-ro-ua");
    expect(slugsFor(pair)).not.toContain("interreg-next-romania-ukraine");
    expect(slugsFor(pair)).toContain("interreg-danube-region");
  });

  it("takes Slovak and Romanian towns of the border regions, whatever the spelling of the region", () => {
    expect(slugsFor({ ukrainian: berehove, partner: town("SK", "Košický kraj", 229000) })).toContain("interreg-next-hu-sk-ro-ua");
    expect(slugsFor({ ukrainian: berehove, partner: town("RO", "Județul Satu Mare", 102000) })).toContain("interreg-next-hu-sk-ro-ua");
  });

  it("refuses a Hungarian town outside the programme area, saying why", () => {
    const v = verdictOn({ ukrainian: berehove, partner: town("HU", "Csongrád-Csanád", 160000) }, "interreg-next-hu-sk-ro-ua");
    expect(v.qualifies).toBe(false);
    expect(v.reasons).toContainEqual({ code: "partnerRegion", met: false, region: "Csongrád-Csanád" });
  });

  it("refuses a hromada outside the three oblasts", () => {
    const v = verdictOn({ ukrainian: hromada("lviv", 50000), partner: town("HU", "Szabolcs-Szatmár-Bereg", 117000) }, "interreg-next-hu-sk-ro-ua");
    expect(v.qualifies).toBe(false);
  });
});

describe("Interreg NEXT Poland–Ukraine", () => {
  it("takes Volyn and Lviv hromadas with towns of the Polish border voivodeships", () => {
    expect(slugsFor({ ukrainian: hromada("volyn", 217000), partner: town("PL", "Lubelskie", 339000) })).toContain("interreg-next-poland-ukraine");
    expect(slugsFor({ ukrainian: hromada("lviv", 100000), partner: town("PL", "Województwo podkarpackie", 196000) })).toContain("interreg-next-poland-ukraine");
  });

  it("refuses Kraków (Małopolskie) and a Kharkiv hromada", () => {
    expect(slugsFor({ ukrainian: hromada("volyn", 217000), partner: town("PL", "Małopolskie", 780000) })).not.toContain("interreg-next-poland-ukraine");
    expect(slugsFor({ ukrainian: hromada("kharkiv", 50000), partner: town("PL", "Lubelskie", 339000) })).not.toContain("interreg-next-poland-ukraine");
  });

  it("lets a pair through with a note to check when the partner's region is unknown", () => {
    const v = verdictOn({ ukrainian: hromada("volyn", 217000), partner: town("PL", null, 50000) }, "interreg-next-poland-ukraine");
    expect(v.qualifies).toBe(true);
    expect(v.reasons).toContainEqual({ code: "partnerRegion", met: null, region: null });
  });
});

describe("population limits", () => {
  const withLimit: FundingProgramme = {
    ...findProgramme("cerv-town-twinning")!,
    slug: "small-towns-only",
    rules: { ...findProgramme("cerv-town-twinning")!.rules, partnerPopulation: { min: 400, max: 50000 }, ukrainianPopulation: { max: 100000 } },
  };

  it("refuse a town over the limit, and accept one under it", () => {
    const [over] = evaluatePair({ ukrainian: hromada("volyn", 20000), partner: town("PL", "Podkarpackie", 60000) }, [withLimit]);
    expect(over.qualifies).toBe(false);
    expect(over.reasons).toContainEqual({ code: "partnerPopulation", met: false, population: 60000, min: 400, max: 50000 });
    const [under] = evaluatePair({ ukrainian: hromada("volyn", 20000), partner: town("PL", "Podkarpackie", 50000) }, [withLimit]);
    expect(under.qualifies).toBe(true);
  });

  it("apply to the Ukrainian side too", () => {
    const [big] = evaluatePair({ ukrainian: LVIV, partner: town("PL", "Podkarpackie", 30000) }, [withLimit]);
    expect(big.reasons).toContainEqual({ code: "ukrainianPopulation", met: false, population: 717803, min: null, max: 100000 });
  });

  it("Bridges of Trust: a 60,000 town is over its limit, and no call is open anyway", () => {
    const v = verdictOn({ ukrainian: hromada("volyn", 20000), partner: town("PL", "Podkarpackie", 60000) }, "bridges-of-trust");
    expect(v.qualifies).toBe(false);
    expect(v.reasons).toContainEqual({ code: "partnerPopulation", met: false, population: 60000, min: 400, max: 50000 });
    expect(v.reasons).toContainEqual({ code: "noOpenCall", met: false });
  });
});

describe("other pairs", () => {
  it("a Swedish town may use ICLD's programme; a German one may not", () => {
    expect(slugsFor({ ukrainian: LVIV, partner: town("SE", "Uppsala län", 140000) })).toContain("icld-municipal-partnerships");
    expect(slugsFor({ ukrainian: LVIV, partner: SINDELFINGEN })).not.toContain("icld-municipal-partnerships");
  });

  it("an Odesa hromada and a Moldovan town may use the Black Sea Basin programme with a partner from an EU member state", () => {
    const v = verdictOn({ ukrainian: hromada("odesa", 40000), partner: town("MD", "Raionul Cahul", 30000) }, "interreg-next-black-sea-basin");
    expect(v.qualifies).toBe(true);
    expect(v.reasons).toContainEqual({ code: "morePartners", met: true, partners: 0, countries: 0, euMemberStates: 1 });
    expect(slugsFor({ ukrainian: hromada("odesa", 40000), partner: town("MD", "Raionul Cahul", 30000) })).not.toContain("cerv-town-twinning");
  });

  it("nothing is open to a hromada in occupied territory", () => {
    expect(slugsFor({ ukrainian: hromada("crimea", 30000, true), partner: SINDELFINGEN })).toEqual([]);
  });
});

describe("a Ukrainian municipality before it has a partner", () => {
  it("lists the programmes open to its oblast with the network's countries that can join", () => {
    const results = qualifying(evaluateUkrainian(hromada("zakarpattia", 24000), PARTNER_COUNTRIES, undefined, FUNDING_PROGRAMMES));
    const huskroua = results.find((r) => r.programme.slug === "interreg-next-hu-sk-ro-ua")!;
    expect(huskroua.reasons).toContainEqual({ code: "partnerCountries", met: true, countries: ["HU", "SK", "RO"] });
    expect(results.map((r) => r.programme.slug)).not.toContain("interreg-next-black-sea-basin");
  });

  it("drops programmes no partner country of the network can join", () => {
    const results = qualifying(evaluateUkrainian(hromada("lviv", 100000), ["FR"], undefined, FUNDING_PROGRAMMES));
    expect(results.map((r) => r.programme.slug)).not.toContain("icld-municipal-partnerships");
    expect(results.map((r) => r.programme.slug)).toContain("cerv-town-twinning");
  });
});

describe("the request form's box: the requester's own municipalities are the partner side", () => {
  const fitting = (partners: ReturnType<typeof town>[]) =>
    qualifying(evaluateForPartners(LVIV, partners, undefined, FUNDING_PROGRAMMES)).map((r) => r.programme.slug);

  it("does not offer Swedish staff the German schemes (Nakopa, SKEW), but ICLD's programme", () => {
    const slugs = fitting([town("SE", "Västra Götaland", 580000)]);
    expect(slugs).not.toContain("skew-nakopa");
    expect(slugs).not.toContain("skew-ukraine-partnerships");
    expect(slugs).toContain("icld-municipal-partnerships");
    expect(slugs).toContain("cerv-town-twinning");
  });

  it("offers German staff the German schemes and not ICLD's", () => {
    const slugs = fitting([SINDELFINGEN]);
    expect(slugs).toContain("skew-nakopa");
    expect(slugs).not.toContain("icld-municipal-partnerships");
  });

  it("is what evaluatePair says for a single municipality, and the union for several", () => {
    const sweden = town("SE", "Västra Götaland", 580000);
    expect(evaluateForPartners(LVIV, [SINDELFINGEN], undefined, FUNDING_PROGRAMMES)).toEqual(
      evaluatePair({ ukrainian: LVIV, partner: SINDELFINGEN }, FUNDING_PROGRAMMES),
    );
    const both = fitting([sweden, SINDELFINGEN]);
    expect(both).toContain("skew-nakopa");
    expect(both).toContain("icld-municipal-partnerships");
    const icld = evaluateForPartners(LVIV, [SINDELFINGEN, sweden], undefined, FUNDING_PROGRAMMES).find(
      (r) => r.programme.slug === "icld-municipal-partnerships",
    )!;
    expect(icld.reasons).toContainEqual({ code: "partnerCountry", met: true, country: "SE" });
  });

  it("with no partner, nothing qualifies", () => {
    expect(fitting([])).toEqual([]);
  });
});

describe("the catalogue's data", () => {
  const regionSlugs = REGIONS.map((r) => r.slug);

  it("holds at least 12 programmes with unique slugs", () => {
    expect(FUNDING_PROGRAMMES.length).toBeGreaterThanOrEqual(12);
    expect(new Set(FUNDING_PROGRAMMES.map((p) => p.slug)).size).toBe(FUNDING_PROGRAMMES.length);
  });

  for (const p of FUNDING_PROGRAMMES) {
    it(`${p.slug}: areas, countries, oblasts and amounts are valid; texts exist in English and Ukrainian`, () => {
      expect(p.areas.length).toBeGreaterThan(0);
      for (const a of p.areas) expect(COOPERATION_AREAS).toContain(a);
      for (const c of p.rules.partnerCountries) expect([...EU_MEMBER_STATES, "MD"]).toContain(c);
      for (const c of Object.keys(p.rules.partnerRegions ?? {})) expect(p.rules.partnerCountries).toContain(c);
      for (const fragments of Object.values(p.rules.partnerRegions ?? {})) for (const f of fragments) expect(normaliseRegionName(f)).toBe(f);
      if (p.rules.ukrainianRegions !== "all") for (const r of p.rules.ukrainianRegions) expect(regionSlugs).toContain(r);
      if (p.amount.min !== null && p.amount.max !== null) expect(p.amount.min).toBeLessThanOrEqual(p.amount.max);
      const texts = [p.name, p.funder, p.description, p.amount.note, p.rulesNote, "note" in p.deadline ? p.deadline.note : undefined];
      for (const text of texts.filter((t) => t !== null && t !== undefined)) {
        expect(text!.en.trim()).not.toBe("");
        expect(text!.uk.trim()).not.toBe("");
      }
      for (const text of [p.description, p.funder]) expect(text.uk).toMatch(/[а-яіїєґ]/i);
      expect(p.sourceUrl).toMatch(/^https:\/\//);
      expect(p.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });
  }
});

describe("the funding page's filters", () => {
  const regions = REGIONS.map((r) => r.slug);

  it("filter by area, partner country and oblast together", () => {
    const { filters, ignored } = parseFundingParams({ area: "healthcare", country: "pl", oblast: "volyn" }, regions);
    expect(ignored).toEqual([]);
    expect(filterProgrammes(FUNDING_PROGRAMMES, filters).map((p) => p.slug)).toEqual([
      "interreg-next-poland-ukraine",
      "interreg-europe",
      "horizon-europe",
      "eu4health",
    ]);
  });

  it("ignore and report unknown values instead of failing", () => {
    const { filters, ignored } = parseFundingParams({ area: "<script>", country: "XX", oblast: ["", "atlantis"] }, regions);
    expect(filters).toEqual({ area: null, country: null, oblast: null });
    expect(ignored.map((i) => i.param)).toEqual(["area", "country", "oblast"]);
    expect(filterProgrammes(FUNDING_PROGRAMMES, filters)).toHaveLength(FUNDING_PROGRAMMES.length);
  });
});
