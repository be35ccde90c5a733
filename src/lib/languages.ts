/** Working languages a municipality or requester can choose (ISO 639-1); names in the catalogues (languages.*). */
export const WORKING_LANGUAGES = ["uk", "en", "de", "sv", "pl", "fr", "it", "nl", "ro", "hu", "ru"] as const;

export type WorkingLanguage = (typeof WORKING_LANGUAGES)[number];

/** Countries a requesting municipality may be in: the EU member states plus Moldova (ISO 3166-1 alpha-2). */
export const PARTNER_COUNTRIES = [
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
  "MD",
] as const;

export type PartnerCountry = (typeof PARTNER_COUNTRIES)[number];
