import type { CooperationAreaSlug } from "@/lib/cooperation-areas";
import { isEuMemberState } from "@/lib/countries";
import type { EligibilityRules, FundingProgramme } from "./types";

export type UkrainianSide = { regionSlug: string | null; occupied: boolean; population: number | null };
export type PartnerSide = { country: string; regionName: string | null; population: number | null };

/** A Ukrainian municipality and a partner municipality; `areas`, when given, are what they would work on. */
export type FundingPair = {
  ukrainian: UkrainianSide;
  partner: PartnerSide;
  areas?: readonly CooperationAreaSlug[];
};

/**
 * One rule checked. `met` is false when the rule excludes the pair, null when the data cannot
 * tell (the page asks the reader to check), true when it is met.
 */
export type Reason =
  | { code: "partnerCountry"; met: boolean; country: string }
  | { code: "partnerCountries"; met: boolean; countries: string[] }
  | { code: "partnerRegion"; met: boolean | null; region: string | null }
  | { code: "ukrainianRegion"; met: boolean; region: string | null; everywhere: boolean }
  | { code: "occupied"; met: false }
  | { code: "partnerPopulation" | "ukrainianPopulation"; met: boolean | null; population: number | null; min: number | null; max: number | null }
  | { code: "areas"; met: boolean; areas: CooperationAreaSlug[] }
  /** Met, but the project needs more organisations than the pair. */
  | { code: "morePartners"; met: true; partners: number; countries: number; euMemberStates: number }
  | { code: "noOpenCall"; met: false };

export type Eligibility = { programme: FundingProgramme; qualifies: boolean; reasons: Reason[] };

/** Region names compared without case, accents or punctuation: "Košický kraj" contains "kosic". */
export function normaliseRegionName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

function populationReason(
  code: "partnerPopulation" | "ukrainianPopulation",
  population: number | null,
  limits: { min?: number; max?: number } | undefined,
): Reason | null {
  if (!limits) return null;
  const min = limits.min ?? null;
  const max = limits.max ?? null;
  const met = population === null ? null : (min === null || population >= min) && (max === null || population <= max);
  return { code, met, population, min, max };
}

function ukrainianReasons(rules: EligibilityRules, ua: UkrainianSide): Reason[] {
  if (ua.occupied) return [{ code: "occupied", met: false }];
  const everywhere = rules.ukrainianRegions === "all";
  const inArea = everywhere || (ua.regionSlug !== null && rules.ukrainianRegions.includes(ua.regionSlug));
  const reasons: Reason[] = [{ code: "ukrainianRegion", met: inArea, region: ua.regionSlug, everywhere }];
  const population = populationReason("ukrainianPopulation", ua.population, rules.ukrainianPopulation);
  if (population) reasons.push(population);
  return reasons;
}

function areaReason(programme: FundingProgramme, areas: readonly CooperationAreaSlug[] | undefined): Reason | null {
  if (!areas || areas.length === 0) return null;
  const funded = areas.filter((a) => programme.areas.includes(a));
  return { code: "areas", met: funded.length > 0, areas: funded };
}

/** How many more organisations, countries and EU member states the project needs beyond the pair. */
function morePartners(rules: EligibilityRules, partnerCountry: string): Reason | null {
  const counted = [partnerCountry, "UA"].filter((c) => !(rules.notCounted ?? []).includes(c));
  const partners = Math.max(0, rules.minPartners - counted.length);
  const countries = Math.max(0, rules.minCountries - new Set(counted).size);
  const euMemberStates = Math.max(0, rules.minEuMemberStates - counted.filter(isEuMemberState).length);
  if (partners + countries + euMemberStates === 0) return null;
  return { code: "morePartners", met: true, partners, countries, euMemberStates };
}

function verdict(programme: FundingProgramme, reasons: Reason[]): Eligibility {
  if (programme.deadline.kind === "closed") reasons.push({ code: "noOpenCall", met: false });
  return { programme, qualifies: reasons.every((r) => r.met !== false), reasons };
}

/** Every programme's verdict on a pair, in catalogue order. Pure: the programmes (src/server/funding) are given. */
export function evaluatePair(pair: FundingPair, programmes: readonly FundingProgramme[]): Eligibility[] {
  return programmes.map((programme) => {
    const { rules } = programme;
    const { partner } = pair;
    const reasons: Reason[] = [];
    const countryOk = rules.partnerCountries.includes(partner.country);
    reasons.push({ code: "partnerCountry", met: countryOk, country: partner.country });
    const regions = rules.partnerRegions?.[partner.country];
    if (countryOk && regions) {
      const name = partner.regionName ? normaliseRegionName(partner.regionName) : null;
      const met = name === null ? null : regions.some((fragment) => name.includes(fragment));
      reasons.push({ code: "partnerRegion", met, region: partner.regionName });
    }
    const population = populationReason("partnerPopulation", partner.population, rules.partnerPopulation);
    if (population) reasons.push(population);
    reasons.push(...ukrainianReasons(rules, pair.ukrainian));
    const areas = areaReason(programme, pair.areas);
    if (areas) reasons.push(areas);
    const more = countryOk ? morePartners(rules, partner.country) : null;
    if (more) reasons.push(more);
    return verdict(programme, reasons);
  });
}

/**
 * The programmes a Ukrainian municipality may use with a partner from any of `partnerCountries`
 * (the countries the network's partners come from), before a partner is chosen.
 */
export function evaluateUkrainian(
  ukrainian: UkrainianSide,
  partnerCountries: readonly string[],
  areas: readonly CooperationAreaSlug[] | undefined,
  programmes: readonly FundingProgramme[],
): Eligibility[] {
  return programmes.map((programme) => {
    const countries = programme.rules.partnerCountries.filter((c) => partnerCountries.includes(c));
    const reasons: Reason[] = [...ukrainianReasons(programme.rules, ukrainian)];
    reasons.push({ code: "partnerCountries", met: countries.length > 0, countries });
    const area = areaReason(programme, areas);
    if (area) reasons.push(area);
    return verdict(programme, reasons);
  });
}

/**
 * The programmes a Ukrainian municipality may use with one of the given partners (the requester's
 * own municipalities): each programme's verdict with the first partner it fits, else with the
 * first partner. A programme only another country can use (SKEW for Swedish staff) does not fit.
 */
export function evaluateForPartners(
  ukrainian: UkrainianSide,
  partners: readonly PartnerSide[],
  areas: readonly CooperationAreaSlug[] | undefined,
  programmes: readonly FundingProgramme[],
): Eligibility[] {
  const perPartner = partners.map((partner) => evaluatePair({ ukrainian, partner, areas }, programmes));
  return programmes.map((programme, i) => {
    const verdicts = perPartner.map((results) => results[i]);
    return verdicts.find((v) => v.qualifies) ?? verdicts[0] ?? { programme, qualifies: false, reasons: [] };
  });
}

/** Only the programmes that qualify. */
export function qualifying(results: Eligibility[]): Eligibility[] {
  return results.filter((r) => r.qualifies);
}
