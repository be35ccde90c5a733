import type { getTranslations } from "next-intl/server";
import { EU_MEMBER_STATES, isEuMemberState } from "@/lib/countries";
import type { Reason } from "@/lib/funding/eligibility";
import type { FundingProgramme } from "@/lib/funding/types";
import { countryName } from "@/lib/intl-names";

type Translator = Awaited<ReturnType<typeof getTranslations>>;

/** Whether a list of countries is the whole EU (and Moldova), which is said in a word rather than listed. */
function wholeEu(codes: readonly string[]): "anyEu" | "anyEuOrMoldova" | null {
  if (!EU_MEMBER_STATES.every((c) => codes.includes(c))) return null;
  const others = codes.filter((c) => !isEuMemberState(c));
  if (others.length === 0) return "anyEu";
  if (others.length === 1 && others[0] === "MD") return "anyEuOrMoldova";
  return null;
}

const listCountries = (codes: readonly string[], locale: string) =>
  new Intl.ListFormat(locale, { type: "disjunction" }).format(codes.map((c) => countryName(c, locale)));

/** "Hungary, Slovakia or Romania"; the whole EU in a word. */
export function describeCountries(codes: readonly string[], locale: string, t: Translator): string {
  const whole = wholeEu(codes);
  if (whole === "anyEu") return t("countriesAnyEu");
  if (whole === "anyEuOrMoldova") return t("countriesAnyEuOrMoldova");
  return listCountries(codes, locale);
}

/** Each met or to-check rule of a qualifying programme, in words (unmet rules never reach here). */
export function reasonTexts(
  reasons: Reason[],
  programme: FundingProgramme,
  ctx: { locale: string; ukrainianRegionName: string | null; t: Translator; tAreas: Translator },
): string[] {
  const { locale, t, tAreas } = ctx;
  const out: string[] = [];
  const r = (key: string, values?: Record<string, string | number>) => t(`reasons.${key}`, values);
  for (const reason of reasons) {
    switch (reason.code) {
      case "ukrainianRegion":
        if (reason.everywhere) break;
        out.push(r("ukrainianRegionMet", { region: ctx.ukrainianRegionName ?? reason.region ?? "" }));
        break;
      case "partnerCountry":
        // Worth saying only when the programme is limited to a few countries.
        if (programme.rules.partnerCountries.length <= 4) out.push(r("partnerCountry", { country: countryName(reason.country, locale) }));
        break;
      case "partnerCountries":
        if (!reason.met) break;
        if (wholeEu(reason.countries) === "anyEu") out.push(r("partnerAnyEu"));
        else if (wholeEu(reason.countries) === "anyEuOrMoldova") out.push(r("partnerAnyEuOrMoldova"));
        else out.push(r("partnerCountries", { countries: listCountries(reason.countries, locale) }));
        break;
      case "partnerRegion":
        out.push(reason.met === null ? r("partnerRegionUnknown") : r("partnerRegionMet", { region: reason.region ?? "" }));
        break;
      case "partnerPopulation":
      case "ukrainianPopulation":
        out.push(reason.met === null ? r("populationUnknown") : r("populationMet"));
        break;
      case "areas":
        out.push(r("areas", { areas: new Intl.ListFormat(locale, { type: "conjunction" }).format(reason.areas.map((a) => tAreas(a))) }));
        break;
      case "morePartners":
        if (reason.partners > 0 || reason.countries > 0) {
          out.push(r("consortium", { minPartners: programme.rules.minPartners, minCountries: programme.rules.minCountries }));
        } else if (reason.euMemberStates > 0) {
          out.push(r("euPartner"));
        }
        break;
      default:
        break;
    }
  }
  if (out.length === 0) out.push(r("ukrainianRegionEverywhere"));
  return out;
}
