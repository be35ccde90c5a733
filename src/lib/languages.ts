/** Working languages a municipality or requester can choose (ISO 639-1); names in the catalogues (languages.*). */
export const WORKING_LANGUAGES = ["uk", "en", "de", "sv", "pl", "fr", "it", "nl", "ro", "hu", "ru"] as const;

export type WorkingLanguage = (typeof WORKING_LANGUAGES)[number];
