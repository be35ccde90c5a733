/**
 * The countries whose municipalities may join the network: the EU, the EEA and Switzerland, the
 * United Kingdom, Moldova and the other candidate countries of the Western Balkans and the small
 * European states. Ukraine is not here: its hromadas are in the register already. Russia and
 * Belarus are not partners of the network.
 */
export const JOIN_COUNTRIES = [
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
  "IS",
  "LI",
  "NO",
  "CH",
  "GB",
  "MD",
  "AL",
  "BA",
  "ME",
  "MK",
  "RS",
  "XK",
  "GE",
  "AD",
  "MC",
  "SM",
  "FO",
] as const;

export type JoinCountry = (typeof JOIN_COUNTRIES)[number];

export function isJoinCountry(value: string): value is JoinCountry {
  return (JOIN_COUNTRIES as readonly string[]).includes(value);
}
