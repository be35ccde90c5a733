// The countries the network works with (ISO 3166-1 alpha-2), each list holding the one before it:
// EU member states ⊂ partner countries ⊂ countries that may join. Names come from Intl
// (src/lib/intl-names.ts). Ukraine is in none: its hromadas are in the register already. Russia
// and Belarus are not partners of the network.

/** The 27 member states of the European Union: what a funding rule's "EU member states" counts. */
export const EU_MEMBER_STATES = [
  "AT",
  "BE",
  "BG",
  "HR",
  "CY",
  "CZ",
  "DK",
  "EE",
  "FI",
  "FR",
  "DE",
  "GR",
  "HU",
  "IE",
  "IT",
  "LV",
  "LT",
  "LU",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SK",
  "SI",
  "ES",
  "SE",
] as const;

/** Where a requesting municipality and a funding programme's partners may be: the EU plus Moldova. */
export const PARTNER_COUNTRIES = [...EU_MEMBER_STATES, "MD"] as const;

/**
 * Where a municipality proposed on /join may be: the partner countries, the EEA and Switzerland,
 * the United Kingdom, the candidate countries of the Western Balkans and Georgia, and the small
 * European states.
 */
export const JOIN_COUNTRIES = [...PARTNER_COUNTRIES, "IS", "LI", "NO", "CH", "GB", "AL", "BA", "ME", "MK", "RS", "XK", "GE", "AD", "MC", "SM", "FO"] as const;

export type PartnerCountry = (typeof PARTNER_COUNTRIES)[number];
export type JoinCountry = (typeof JOIN_COUNTRIES)[number];

const includes = (list: readonly string[], country: string) => list.includes(country);

export function isEuMemberState(country: string): boolean {
  return includes(EU_MEMBER_STATES, country);
}

export function isPartnerCountry(country: string): country is PartnerCountry {
  return includes(PARTNER_COUNTRIES, country);
}

export function isJoinCountry(country: string): country is JoinCountry {
  return includes(JOIN_COUNTRIES, country);
}
