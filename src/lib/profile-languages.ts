// The languages a Ukrainian municipality's profile texts (its description, and the detail of each
// need and offer) may be written in, and the choice of which one a visitor reads.
//
// These are the languages of the partner countries (issue #5), fixed by the network: they are not
// the interface's locales (src/i18n/routing.ts), which may be fewer. English and Ukrainian are
// required and live in columns of their own (search indexes them); the others are optional rows.

export const PROFILE_LANGUAGES = ["uk", "en", "de", "sv", "pl", "fr", "it", "nl", "ro"] as const;
export type ProfileLanguage = (typeof PROFILE_LANGUAGES)[number];

/** The optional languages, stored as translations (the migration's CHECK constraints list them too). */
export const ADDITIONAL_PROFILE_LANGUAGES = ["de", "sv", "pl", "fr", "it", "nl", "ro"] as const satisfies readonly ProfileLanguage[];
export type AdditionalProfileLanguage = (typeof ADDITIONAL_PROFILE_LANGUAGES)[number];

/** What a visitor reads when their own language has no text: English, then Ukrainian. */
export const FALLBACK_LANGUAGES = ["en", "uk"] as const satisfies readonly ProfileLanguage[];

export function isProfileLanguage(value: unknown): value is ProfileLanguage {
  return typeof value === "string" && (PROFILE_LANGUAGES as readonly string[]).includes(value);
}

export function isAdditionalProfileLanguage(value: unknown): value is AdditionalProfileLanguage {
  return typeof value === "string" && (ADDITIONAL_PROFILE_LANGUAGES as readonly string[]).includes(value);
}

/** One text in the languages it exists in; a missing or blank entry is no text. */
export type TextsByLanguage = Partial<Record<ProfileLanguage, string | null | undefined>>;

export type ShownText = {
  text: string;
  /** The language the text is in: the `lang` of the element that shows it. */
  language: ProfileLanguage;
  /** The visitor's language had no text, so another one is shown. */
  fallback: boolean;
  /** Marked by the profile's editor as a machine translation. */
  machineTranslated: boolean;
};

/**
 * The text to show a visitor whose language is `visitor`: theirs where it exists, otherwise
 * English, otherwise Ukrainian; null when there is none of them. Says which language it is in.
 */
export function chooseText(texts: TextsByLanguage, visitor: string, machineTranslated: readonly string[] = []): ShownText | null {
  const order = isProfileLanguage(visitor) ? [visitor, ...FALLBACK_LANGUAGES] : FALLBACK_LANGUAGES;
  for (const language of order) {
    const text = texts[language]?.trim();
    if (text) return { text, language, fallback: language !== visitor, machineTranslated: machineTranslated.includes(language) };
  }
  return null;
}

/** The form field of the description in one language: descriptionEn, descriptionUk, descriptionDe, … */
export type DescriptionField = `description${Capitalize<ProfileLanguage>}`;

export function descriptionField(language: ProfileLanguage): DescriptionField {
  return `description${language[0].toUpperCase()}${language.slice(1)}` as DescriptionField;
}
