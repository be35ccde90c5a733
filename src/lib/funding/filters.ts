import { type CooperationAreaSlug, isCooperationArea } from "@/lib/cooperation-areas";
import { isPartnerCountry } from "@/lib/countries";
import type { FundingProgramme } from "./types";

/** The funding page's view, as it lives in the URL. */
export type FundingFilters = { area: CooperationAreaSlug | null; country: string | null; oblast: string | null };

export type IgnoredFundingParam = { param: "area" | "country" | "oblast"; value: string };

type RawParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined): string | undefined =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).find((v) => v !== "");

/** Reads the URL parameters; an unknown value is dropped and reported, never an error. */
export function parseFundingParams(params: RawParams, knownRegions: readonly string[]): { filters: FundingFilters; ignored: IgnoredFundingParam[] } {
  const ignored: IgnoredFundingParam[] = [];
  const filters: FundingFilters = { area: null, country: null, oblast: null };
  const area = first(params.area);
  if (area !== undefined) {
    if (isCooperationArea(area)) filters.area = area;
    else ignored.push({ param: "area", value: area.slice(0, 60) });
  }
  const country = first(params.country)?.toUpperCase();
  if (country !== undefined) {
    if (isPartnerCountry(country)) filters.country = country;
    else ignored.push({ param: "country", value: country.slice(0, 60) });
  }
  const oblast = first(params.oblast);
  if (oblast !== undefined) {
    if (knownRegions.includes(oblast)) filters.oblast = oblast;
    else ignored.push({ param: "oblast", value: oblast.slice(0, 60) });
  }
  return { filters, ignored };
}

/** Programmes that fund the area, accept a partner from the country and hromadas of the oblast. */
export function filterProgrammes(programmes: readonly FundingProgramme[], f: FundingFilters): FundingProgramme[] {
  return programmes.filter(
    (p) =>
      (f.area === null || p.areas.includes(f.area)) &&
      (f.country === null || p.rules.partnerCountries.includes(f.country)) &&
      (f.oblast === null || p.rules.ukrainianRegions === "all" || p.rules.ukrainianRegions.includes(f.oblast)),
  );
}
