import type { ProfileInput } from "./profile-schema";
import { ADDITIONAL_PROFILE_LANGUAGES, descriptionField, type AdditionalProfileLanguage, type ProfileLanguage } from "./profile-languages";

type Direction = "NEED" | "OFFER";

/**
 * A validated profile's texts in the optional languages, as rows to store, and the languages
 * marked machine-translated that it has text in (a mark on a language without text means nothing,
 * so it is not kept).
 */
export function profileTranslations(input: ProfileInput) {
  const descriptions = ADDITIONAL_PROFILE_LANGUAGES.flatMap((language) => {
    const description = input[descriptionField(language) as `description${Capitalize<AdditionalProfileLanguage>}`];
    return description ? [{ language, description }] : [];
  });
  const details = (["NEED", "OFFER"] as const).flatMap((direction: Direction) =>
    (direction === "NEED" ? input.needs : input.offers).flatMap((line) =>
      ADDITIONAL_PROFILE_LANGUAGES.flatMap((language) => {
        const detail = line.translations[language];
        return detail ? [{ direction, area: line.area, language, detail }] : [];
      }),
    ),
  );
  const written = new Set<ProfileLanguage>(["en", "uk", ...descriptions.map((d) => d.language), ...details.map((d) => d.language)]);
  return { descriptions, details, machineTranslated: input.machineTranslated.filter((l) => written.has(l)) };
}
