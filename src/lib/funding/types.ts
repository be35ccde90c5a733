import type { CooperationAreaSlug } from "@/lib/cooperation-areas";

/** Text in both of the portal's languages. Programme descriptions are content, so they live with the data. */
export type Bilingual = { en: string; uk: string };

/**
 * Who may take part, as data. A pair is one Ukrainian municipality and one partner municipality
 * (EU or Moldova); `eligibility.ts` reads these rules and nothing else.
 */
export type EligibilityRules = {
  /** ISO 3166-1 codes of the countries the partner municipality may be in. */
  partnerCountries: readonly string[];
  /**
   * Where only part of a country is in the programme area: per country, lower-case fragments
   * of the region names (diacritics removed) one of which the partner's region must contain.
   */
  partnerRegions?: Readonly<Record<string, readonly string[]>>;
  /** Region slugs of Ukraine (see the `region` table), or "all". Occupied territory never qualifies. */
  ukrainianRegions: "all" | readonly string[];
  partnerPopulation?: { min?: number; max?: number };
  ukrainianPopulation?: { min?: number; max?: number };
  /** Organisations a project needs at least, in at least this many countries. */
  minPartners: number;
  minCountries: number;
  /** Of which at least this many from EU member states. */
  minEuMemberStates: number;
  /** Countries whose organisations may join but do not count towards the minimums. */
  notCounted?: readonly string[];
  /** Who applies: the partner municipality, the Ukrainian one, or either. */
  applicant: "partner" | "ukrainian" | "either";
};

export type Deadline =
  | { kind: "rolling"; note?: Bilingual }
  /** Calls for proposals; `lastKnown` is the last deadline we know of (ISO date). */
  | { kind: "calls"; note: Bilingual; lastKnown?: string }
  /** No call is open and none is announced; the rules shown are those of the last call. */
  | { kind: "closed"; note: Bilingual };

export type FundingProgramme = {
  slug: string;
  name: Bilingual;
  funder: Bilingual;
  description: Bilingual;
  /** Cooperation areas the programme funds. */
  areas: readonly CooperationAreaSlug[];
  /** In euros; null where the source gives no figure. */
  amount: { min: number | null; max: number | null; note: Bilingual | null };
  deadline: Deadline;
  rules: EligibilityRules;
  /** Facts of the rules that the data cannot check, said in words (e.g. which regions of a country). */
  rulesNote?: Bilingual;
  sourceUrl: string;
  /** When these facts were last compared with the source (ISO date). */
  lastChecked: string;
};
