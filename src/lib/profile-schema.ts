import { z } from "zod";
import { cleanText, plainTextField } from "./plain-text";
import { COOPERATION_AREAS, type CooperationAreaSlug } from "./cooperation-areas";
import { WORKING_LANGUAGES } from "./languages";
import { ADDITIONAL_PROFILE_LANGUAGES, descriptionField, PROFILE_LANGUAGES, type AdditionalProfileLanguage, type ProfileLanguage } from "./profile-languages";
import { parseForm, validateForm, type FormSpec } from "./forms/parse";
import type { FormState, FormValues } from "./forms/state";

/**
 * A Ukrainian municipality's profile as its editor saves it, validated on the server (the form
 * renders its limits from PROFILE_LIMITS too). Messages are keys of `profileEditor.errors`.
 * Needs and offers arrive as one checkbox per area plus a detail line in each language, named
 * `needs-<area>-en` / `needs-<area>-uk` (see areaLineField), so that each has its own message.
 * English and Ukrainian are required; the other profile languages (src/lib/profile-languages.ts)
 * are optional: `descriptionDe`, `needs-<area>-de`, …, and `machineTranslated` names the languages
 * whose texts are machine translations.
 */
export const PROFILE_LIMITS = {
  name: { min: 2, max: 120 },
  place: { min: 2, max: 120 },
  description: { min: 20, max: 4000 },
  population: { min: 1, max: 5_000_000 },
  areaKm2: { min: 0.01, max: 100_000 },
  latitude: { min: 44, max: 53 },
  longitude: { min: 22, max: 41 },
  languages: { min: 1, max: 6 },
  website: { max: 300 },
  detail: { max: 300 },
  contactName: { min: 2, max: 120 },
  contactRole: { min: 2, max: 120 },
  email: { max: 254 },
  phone: { max: 40 },
  areas: { max: 10 },
} as const;

export const PROFILE_ERROR_KEYS = [
  "required",
  "tooShort",
  "tooLong",
  "email",
  "invalidChoice",
  "latin",
  "cyrillic",
  "number",
  "range",
  "decimals",
  "coordinatesPair",
  "url",
  "phone",
  "languagesMin",
  "languagesMax",
  "areasMax",
  "needsMin",
  "translationMissing",
  "occupiedRegion",
] as const;
export type ProfileErrorKey = (typeof PROFILE_ERROR_KEYS)[number];

const err = (key: ProfileErrorKey) => ({ error: key });

// Names and places: letters of one script, spaces, hyphens, apostrophes, dots and brackets.
// Catches the English and Ukrainian fields swapped, the commonest slip in a bilingual form.
const LATIN = /^[\p{Script=Latin}\p{M}0-9\s'’ʼ.,()-]*$/u;
const CYRILLIC = /^[\p{Script=Cyrillic}\p{M}0-9\s'’ʼ.,()-]*$/u;
const latinText = (min: number, max: number) => plainTextField(min, max).pipe(z.string().regex(LATIN, err("latin")));
const cyrillicText = (min: number, max: number) => plainTextField(min, max).pipe(z.string().regex(CYRILLIC, err("cyrillic")));

/** Empty → null; otherwise a number of the given shape within [min, max]. Accepts a decimal comma. */
function decimal(pattern: RegExp, min: number, max: number) {
  return z
    .string(err("number"))
    .transform((v) =>
      cleanText(v)
        .replace(/[\s\u00a0\u202f]/g, "")
        .replace(",", "."),
    )
    .pipe(
      z
        .string()
        .refine((v) => v === "" || /^-?\d+(\.\d+)?$/.test(v), { error: "number", abort: true })
        .refine((v) => v === "" || pattern.test(v), { error: "decimals", abort: true }),
    )
    .transform((v) => (v === "" ? null : Number(v)))
    .pipe(z.number().min(min, err("range")).max(max, err("range")).nullable());
}

function isWebAddress(v: string): boolean {
  try {
    const url = new URL(v);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".") && !url.username && !url.password;
  } catch {
    return false;
  }
}

const PHONE = /^\+?[0-9][0-9 ()./-]*[0-9]$/;

/** A detail line in an optional language: empty (none) or up to the limit. */
const optionalDetail = plainTextField(0, PROFILE_LIMITS.detail.max);

const areaLine = z.object({
  area: z.enum(COOPERATION_AREAS, err("invalidChoice")),
  detailEn: plainTextField(0, PROFILE_LIMITS.detail.max),
  detailUk: plainTextField(0, PROFILE_LIMITS.detail.max),
  /** The detail in the optional languages; a language left out or empty has none. */
  translations: z
    .partialRecord(z.enum(ADDITIONAL_PROFILE_LANGUAGES, err("invalidChoice")), optionalDetail)
    .default({})
    .transform((t) => Object.fromEntries(Object.entries(t).filter(([, detail]) => detail)) as typeof t),
});
const areaLines = z.array(areaLine).max(PROFILE_LIMITS.areas.max, err("areasMax"));

/** A description in an optional language: empty (none), or as long as the required ones must be. */
const optionalDescription = plainTextField(0, PROFILE_LIMITS.description.max).refine(
  (v) => v === "" || v.length >= PROFILE_LIMITS.description.min,
  err("tooShort"),
);
type AdditionalDescriptionField = `description${Capitalize<AdditionalProfileLanguage>}`;
const additionalDescriptions = Object.fromEntries(ADDITIONAL_PROFILE_LANGUAGES.map((language) => [descriptionField(language), optionalDescription])) as Record<
  AdditionalDescriptionField,
  typeof optionalDescription
>;

export const profileSchema = z.object({
  /** When the form was rendered (the profile's updatedAt): a save over a newer version is refused. */
  version: z.iso.datetime(err("required")),
  nameEn: latinText(PROFILE_LIMITS.name.min, PROFILE_LIMITS.name.max),
  nameUk: cyrillicText(PROFILE_LIMITS.name.min, PROFILE_LIMITS.name.max),
  adminCentreEn: latinText(PROFILE_LIMITS.place.min, PROFILE_LIMITS.place.max),
  adminCentreUk: cyrillicText(PROFILE_LIMITS.place.min, PROFILE_LIMITS.place.max),
  // Optional: Kyiv and Sevastopol belong to no raion.
  raionEn: latinText(0, PROFILE_LIMITS.place.max),
  raionUk: cyrillicText(0, PROFILE_LIMITS.place.max),
  hromadaType: z.enum(["URBAN", "SETTLEMENT", "RURAL"], err("invalidChoice")),
  population: z
    .string(err("required"))
    .transform((v) => cleanText(v).replace(/[\s\u00a0\u202f]/g, ""))
    .pipe(
      z
        .string()
        .min(1, { error: "required", abort: true })
        .regex(/^\d+$/, { error: "number", abort: true })
        .transform(Number)
        .pipe(z.number().min(PROFILE_LIMITS.population.min, err("range")).max(PROFILE_LIMITS.population.max, err("range"))),
    ),
  areaKm2: decimal(/^\d{1,6}(\.\d{1,2})?$/, PROFILE_LIMITS.areaKm2.min, PROFILE_LIMITS.areaKm2.max),
  latitude: decimal(/^-?\d{1,2}(\.\d{1,6})?$/, PROFILE_LIMITS.latitude.min, PROFILE_LIMITS.latitude.max),
  longitude: decimal(/^-?\d{1,2}(\.\d{1,6})?$/, PROFILE_LIMITS.longitude.min, PROFILE_LIMITS.longitude.max),
  descriptionEn: plainTextField(PROFILE_LIMITS.description.min, PROFILE_LIMITS.description.max),
  descriptionUk: plainTextField(PROFILE_LIMITS.description.min, PROFILE_LIMITS.description.max),
  ...additionalDescriptions,
  machineTranslated: z
    .array(z.enum(PROFILE_LANGUAGES, err("invalidChoice")), err("invalidChoice"))
    .default([])
    .transform((languages) => [...new Set(languages)]),
  languages: z
    .array(z.enum(WORKING_LANGUAGES, err("invalidChoice")), err("languagesMin"))
    .min(PROFILE_LIMITS.languages.min, err("languagesMin"))
    .max(PROFILE_LIMITS.languages.max, err("languagesMax"))
    .transform((languages) => [...new Set(languages)]),
  needsInterpretation: z.boolean().default(false),
  seeksPartners: z.boolean().default(false),
  website: plainTextField(0, PROFILE_LIMITS.website.max)
    .refine((v) => v === "" || isWebAddress(v), err("url"))
    .transform((v) => v || null),
  needs: areaLines,
  offers: areaLines,
  contactName: plainTextField(PROFILE_LIMITS.contactName.min, PROFILE_LIMITS.contactName.max),
  contactRole: plainTextField(PROFILE_LIMITS.contactRole.min, PROFILE_LIMITS.contactRole.max),
  contactEmail: z
    .string(err("required"))
    .trim()
    .min(1, { error: "required", abort: true })
    .max(PROFILE_LIMITS.email.max, { error: "tooLong", abort: true })
    .pipe(z.email(err("email"))),
  contactPhone: plainTextField(0, PROFILE_LIMITS.phone.max)
    .refine((v) => v === "" || (PHONE.test(v) && v.replace(/\D/g, "").length >= 7), err("phone"))
    .transform((v) => v || null),
});

export type ProfileInput = z.output<typeof profileSchema>;
export type AreaDirectionField = "needs" | "offers";
export type ProfileField =
  Exclude<keyof z.input<typeof profileSchema>, AreaDirectionField> | AreaDirectionField | `${AreaDirectionField}-${CooperationAreaSlug}-${ProfileLanguage}`;
export type ProfileFieldErrors = Partial<Record<ProfileField, ProfileErrorKey[]>>;

/** The form field of an area line's detail in one language. */
export function areaLineField(direction: AreaDirectionField, area: CooperationAreaSlug, lang: ProfileLanguage): ProfileField {
  return `${direction}-${area}-${lang}`;
}

export const PROFILE_TEXT_FIELDS = [
  "version",
  "nameEn",
  "nameUk",
  "adminCentreEn",
  "adminCentreUk",
  "raionEn",
  "raionUk",
  "hromadaType",
  "population",
  "areaKm2",
  "latitude",
  "longitude",
  "descriptionEn",
  "descriptionUk",
  "website",
  "contactName",
  "contactRole",
  "contactEmail",
  "contactPhone",
  ...ADDITIONAL_PROFILE_LANGUAGES.map(descriptionField),
] as const satisfies readonly ProfileField[];

/** Every field in the order the form shows them; the error summary follows it. */
export const PROFILE_FIELDS: readonly ProfileField[] = [
  "nameEn",
  "nameUk",
  "adminCentreEn",
  "adminCentreUk",
  "raionEn",
  "raionUk",
  "hromadaType",
  "population",
  "areaKm2",
  "latitude",
  "longitude",
  "descriptionEn",
  "descriptionUk",
  "languages",
  "needsInterpretation",
  "website",
  "seeksPartners",
  "needs",
  ...COOPERATION_AREAS.flatMap((a) => [areaLineField("needs", a, "en"), areaLineField("needs", a, "uk")]),
  "offers",
  ...COOPERATION_AREAS.flatMap((a) => [areaLineField("offers", a, "en"), areaLineField("offers", a, "uk")]),
  "machineTranslated",
  ...ADDITIONAL_PROFILE_LANGUAGES.flatMap((l) => [
    descriptionField(l),
    ...(["needs", "offers"] as const).flatMap((d) => COOPERATION_AREAS.map((a) => areaLineField(d, a, l))),
  ]),
  "contactName",
  "contactRole",
  "contactEmail",
  "contactPhone",
  "version",
];

/** The area lines: one per ticked area, with its detail in each language; unticked areas' lines are ignored. */
function readAreaLines(form: FormData, out: FormValues) {
  for (const direction of ["needs", "offers"] as const) {
    const ticked = new Set(form.getAll(direction).filter((v) => typeof v === "string"));
    out[direction] = COOPERATION_AREAS.filter((a) => ticked.has(a)).map((area) => ({
      area,
      detailEn: String(form.get(areaLineField(direction, area, "en")) ?? ""),
      detailUk: String(form.get(areaLineField(direction, area, "uk")) ?? ""),
      translations: Object.fromEntries(ADDITIONAL_PROFILE_LANGUAGES.map((l) => [l, String(form.get(areaLineField(direction, area, l)) ?? "")])),
    }));
    // A forged value that names no area still reaches the schema, to be refused there.
    for (const v of ticked)
      if (!(COOPERATION_AREAS as readonly string[]).includes(v)) (out[direction] as unknown[]).push({ area: v, detailEn: "", detailUk: "", translations: {} });
  }
}

/** An area line's detail is shown at its own field (`needs-energy-en`), the rest at the field named first in the path. */
function fieldOf(path: readonly PropertyKey[], values: FormValues): ProfileField {
  const [top, index, sub, language] = path;
  const line = (top === "needs" || top === "offers") && typeof index === "number" ? (values[top] as { area: CooperationAreaSlug }[])[index] : null;
  if (line && (top === "needs" || top === "offers")) {
    if (sub === "detailEn" || sub === "detailUk") return areaLineField(top, line.area, sub === "detailEn" ? "en" : "uk");
    if (sub === "translations" && (ADDITIONAL_PROFILE_LANGUAGES as readonly unknown[]).includes(language))
      return areaLineField(top, line.area, language as AdditionalProfileLanguage);
  }
  return top as ProfileField;
}

/** Checked here rather than in refinements, so that these messages show with all the others. */
function checkAcrossFields(raw: FormValues, add: (field: ProfileField, key: ProfileErrorKey) => void) {
  const blank = (field: string) => typeof raw[field] !== "string" || cleanText(raw[field] as string) === "";
  if (blank("latitude") !== blank("longitude")) add(blank("latitude") ? "latitude" : "longitude", "coordinatesPair");
  for (const direction of ["needs", "offers"] as const) {
    for (const line of (raw[direction] as { area: string; detailEn: string; detailUk: string }[]) ?? []) {
      if (!(COOPERATION_AREAS as readonly string[]).includes(line.area)) continue;
      const area = line.area as CooperationAreaSlug;
      const en = cleanText(line.detailEn) !== "";
      const uk = cleanText(line.detailUk) !== "";
      if (en && !uk) add(areaLineField(direction, area, "uk"), "translationMissing");
      if (uk && !en) add(areaLineField(direction, area, "en"), "translationMissing");
    }
  }
  if (raw.seeksPartners === true && Array.isArray(raw.needs) && raw.needs.length === 0) add("needs", "needsMin");
}

/** What the profile form sends; a field left out is an empty one (the optional ones may be, the others are then "required"). */
export const PROFILE_FORM: FormSpec<ProfileInput, ProfileField, ProfileErrorKey> = {
  schema: profileSchema,
  text: PROFILE_TEXT_FIELDS,
  lists: ["languages", "machineTranslated"],
  booleans: ["needsInterpretation", "seeksPartners"],
  read: readAreaLines,
  errorKeys: PROFILE_ERROR_KEYS,
  fallback: "invalidChoice",
  fieldOf,
  check: checkAcrossFields,
};

/** Validates a submitted profile: the input, or each field's error keys. */
export function parseProfile(form: FormData) {
  return parseForm(PROFILE_FORM, form);
}

/** Validates a profile's values as the form sends them (a stored draft, before it is published). */
export function validateProfile(raw: FormValues) {
  return validateForm(PROFILE_FORM, raw);
}

export type ProfileFailure = "stale" | "incomplete" | "forbidden" | "signedOut" | "notFound" | "malformed";

/** What the profile form shows after a save. */
/**
 * Done: the new version, whether the save also confirmed the profile current (an editor's does, a
 * coordinator's not), and the texts it may have left out of date (their other language changed).
 */
export type ProfileFormState = FormState<{ version: string; confirmed?: boolean; outdated?: ProfileField[] }, ProfileFailure, ProfileField, ProfileErrorKey>;

/** What the publish and confirm buttons show after they are used. */
export type ProfileStepState = FormState<object, ProfileFailure>;

/** The longest reason an editor may give for taking their profile out of the catalogue (kept in the audit log). */
export const UNPUBLISH_REASON_MAX = 1000;
