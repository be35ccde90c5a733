import { describe, expect, it } from "vitest";
import { FUNDING_PROGRAMMES } from "@/lib/funding/programmes";
import { eligibilityRulesSchema, fromFundingProgramme, programmeSchema, toFundingProgramme } from "@/lib/funding/schema";
import { formValuesOf, parsePartnerRegions, PROGRAMME_FORM } from "@/lib/funding/form";
import { validateForm } from "@/lib/forms/parse";

const RULES = { partnerCountries: ["PL"], ukrainianRegions: "all", minPartners: 2, minCountries: 2, minEuMemberStates: 1, applicant: "either" };
const issueOf = (rules: object) => {
  const result = eligibilityRulesSchema.safeParse(rules);
  return result.success ? null : result.error.issues.map((i) => i.message);
};

describe("the eligibility rules' schema", () => {
  it("accepts every programme of the first rows, and storing and reading one gives it back unchanged", () => {
    for (const p of FUNDING_PROGRAMMES) {
      const stored = programmeSchema.parse(fromFundingProgramme(p));
      expect(toFundingProgramme(stored)).toEqual(JSON.parse(JSON.stringify(p)));
    }
  });

  it("refuses rules the evaluator would misread, with the field's message", () => {
    expect(issueOf(RULES)).toBeNull();
    expect(issueOf({ ...RULES, partnerCountries: [] })).toEqual(["partnerCountries"]);
    expect(issueOf({ ...RULES, partnerCountries: ["UA"] })).toEqual(["partnerCountries"]);
    expect(issueOf({ ...RULES, ukrainianRegions: [] })).toEqual(["ukrainianRegions"]);
    expect(issueOf({ ...RULES, ukrainianRegions: "some" })).toEqual(["ukrainianRegions"]);
    expect(issueOf({ ...RULES, minPartners: 0 })).toContain("minPartners");
    expect(issueOf({ ...RULES, minPartners: 2, minCountries: 3 })).toEqual(["minCountries"]);
    expect(issueOf({ ...RULES, minEuMemberStates: 3 })).toEqual(["minEuMemberStates"]);
    expect(issueOf({ ...RULES, partnerPopulation: { min: 5000, max: 100 } })).toEqual(["partnerPopulation"]);
    expect(issueOf({ ...RULES, partnerPopulation: {} })).toEqual(["partnerPopulation"]);
    expect(issueOf({ ...RULES, partnerRegions: { HU: ["borsod"] } })).toEqual(["partnerRegionsCountry"]);
    expect(issueOf({ ...RULES, partnerRegions: { PL: ["Podkarpackie"] } })).toEqual(["partnerRegions"]);
    expect(issueOf({ ...RULES, applicant: "anyone" })).toEqual(["applicant"]);
    // Nothing the evaluator does not read: a misspelt key is refused, not ignored.
    expect(issueOf({ ...RULES, minPartner: 2 })).not.toBeNull();
    expect(issueOf({ ...RULES, notCounted: ["UA", "MD"] })).toBeNull();
  });
});

describe("the programme editor's form", () => {
  const cerv = programmeSchema.parse(fromFundingProgramme(FUNDING_PROGRAMMES.find((p) => p.slug === "interreg-next-hu-sk-ro-ua")!));
  const values = formValuesOf(cerv);

  it("reads back what it shows: a programme shown in the form and sent unchanged is the same programme", () => {
    const result = validateForm(PROGRAMME_FORM, values);
    expect(result).toEqual({ ok: true, input: cerv });
  });

  it("reads the regions of a country from lines, as the evaluator compares them", () => {
    expect(parsePartnerRegions("PL: Podlaskie, Lubelskie\n\nsk:Košický kraj")).toEqual({ PL: ["podlaskie", "lubelskie"], SK: ["kosicky kraj"] });
    expect(parsePartnerRegions("Podlaskie")).toBeNull();
    expect(parsePartnerRegions("")).toEqual({});
  });

  it("says which fields are wrong and why", () => {
    const result = validateForm(PROGRAMME_FORM, {
      ...values,
      name_uk: "",
      amountMin: "lots",
      partnerRegions: "Podlaskie",
      minCountries: "9",
      ukrainianRegions: [],
      sourceUrl: "ftp://example.org",
      deadlineNote_en: "",
      deadlineNote_uk: "",
    });
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.fieldErrors).toEqual({
      name_uk: ["name"],
      amountMin: ["amountMin"],
      partnerRegions: ["partnerRegions"],
      minCountries: ["minCountries"],
      ukrainianRegions: ["ukrainianRegions"],
      sourceUrl: ["sourceUrl"],
      deadlineNote_en: ["deadlineNote"],
    });
  });

  it("refuses region lines for a country no partner can be in, at their field", () => {
    const result = validateForm(PROGRAMME_FORM, { ...values, partnerRegions: "XX: somewhere" });
    expect(result.ok ? null : result.fieldErrors).toEqual({ partnerRegions: ["partnerRegionsCountry"] });
  });
});
