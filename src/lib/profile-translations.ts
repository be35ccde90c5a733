import type { CooperationAreaSlug } from "./cooperation-areas";
import { areaLineField, type AreaDirectionField, type ProfileField, type ProfileInput } from "./profile-schema";
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

/**
 * One profile's texts by language, as `possiblyOutdated` compares them: the description and each
 * need's and offer's detail line. A language without text is absent or empty.
 */
export type ProfileTexts = {
  description: Partial<Record<ProfileLanguage, string | null>>;
  lines: { direction: AreaDirectionField; area: CooperationAreaSlug; texts: Partial<Record<ProfileLanguage, string | null>> }[];
};

/** A validated profile's texts, for comparing with what was stored. */
export function textsOfInput(input: ProfileInput): ProfileTexts {
  const description: ProfileTexts["description"] = { en: input.descriptionEn, uk: input.descriptionUk };
  for (const language of ADDITIONAL_PROFILE_LANGUAGES) {
    description[language] = input[descriptionField(language) as `description${Capitalize<AdditionalProfileLanguage>}`] || null;
  }
  const lines = (["needs", "offers"] as const).flatMap((direction) =>
    input[direction].map((line) => ({ direction, area: line.area, texts: { en: line.detailEn, uk: line.detailUk, ...line.translations } })),
  );
  return { description, lines };
}

const same = (a: string | null | undefined, b: string | null | undefined) => (a ?? "").trim() === (b ?? "").trim();

/**
 * The texts a save may have left out of date: where the English or the Ukrainian text of the
 * description or of a detail line changed, the other of the two, and the optional languages'
 * texts of it, that did not change (and are not empty). Ukrainian changed and English not: the
 * English is flagged, and vice versa. A line added or removed by the save has nothing to compare.
 * Returns the form fields (`descriptionEn`, `needs-energy-uk`, …), in the form's order.
 */
export function possiblyOutdated(before: ProfileTexts, after: ProfileTexts): ProfileField[] {
  const flagged: ProfileField[] = [];
  const check = (was: ProfileTexts["description"], now: ProfileTexts["description"], field: (language: ProfileLanguage) => ProfileField) => {
    const enChanged = !same(was.en, now.en);
    const ukChanged = !same(was.uk, now.uk);
    if (!enChanged && !ukChanged) return;
    for (const language of ["en", "uk", ...ADDITIONAL_PROFILE_LANGUAGES] as const) {
      if (!same(was[language], now[language]) || !(now[language] ?? "").trim()) continue;
      flagged.push(field(language));
    }
  };
  check(before.description, after.description, (language) => descriptionField(language) as ProfileField);
  for (const line of after.lines) {
    const previous = before.lines.find((l) => l.direction === line.direction && l.area === line.area);
    if (previous) check(previous.texts, line.texts, (language) => areaLineField(line.direction, line.area, language));
  }
  return flagged;
}
