import { z } from "zod";
import { cleanText, plainTextField } from "./plain-text";
import { COOPERATION_AREAS } from "./cooperation-areas";
import { WORKING_LANGUAGES } from "./languages";
import type { FormSpec } from "./forms/parse";
import type { FormState } from "./forms/state";

/**
 * An EU municipality's profile as its staff save it (one short form): where it is and how big,
 * the languages its staff work in, what it can offer and what it wants to learn (area checkboxes:
 * OFFER and NEED lines of municipality_area, see src/server/municipalities/eu-profile.ts), the
 * Ukrainian community living there if it chooses to say, and its contact person.
 */
export const EU_PROFILE_LIMITS = {
  region: { max: 120 },
  population: { max: 20_000_000 },
  community: { max: 5_000_000 },
  description: { max: 4000 },
  website: { max: 300 },
  contactName: { max: 120 },
  contactRole: { max: 120 },
  email: { max: 254 },
  phone: { max: 40 },
} as const;

export const EU_PROFILE_ERROR_KEYS = ["required", "tooLong", "number", "range", "invalidChoice", "url", "email", "phone", "languagesMin"] as const;
export type EuProfileErrorKey = (typeof EU_PROFILE_ERROR_KEYS)[number];

const err = (key: EuProfileErrorKey) => ({ error: key });
const PHONE = /^\+?[0-9][0-9 ()./-]*[0-9]$/;

/** Empty → null; otherwise a whole number up to `max` (spaces and separators of thousands allowed). */
const wholeNumber = (max: number) =>
  z
    .string(err("number"))
    .transform((v) => cleanText(v).replace(/[\s\u00a0\u202f.,']/g, ""))
    .pipe(z.string().refine((v) => v === "" || /^\d{1,9}$/.test(v), { error: "number", abort: true }))
    .transform((v) => (v === "" ? null : Number(v)))
    .pipe(z.number().max(max, err("range")).nullable());

function isWebAddress(v: string): boolean {
  try {
    const url = new URL(v);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".") && !url.username && !url.password;
  } catch {
    return false;
  }
}

const areas = z
  .array(z.enum(COOPERATION_AREAS, err("invalidChoice")), err("invalidChoice"))
  .transform((a) => COOPERATION_AREAS.filter((slug) => a.includes(slug)));

export const euProfileSchema = z.object({
  regionName: plainTextField(0, EU_PROFILE_LIMITS.region.max).transform((v) => v || null),
  population: wholeNumber(EU_PROFILE_LIMITS.population.max),
  languages: z
    .array(z.enum(WORKING_LANGUAGES, err("invalidChoice")), err("languagesMin"))
    .min(1, err("languagesMin"))
    .transform((l) => [...new Set(l)]),
  descriptionEn: plainTextField(0, EU_PROFILE_LIMITS.description.max).transform((v) => v || null),
  website: plainTextField(0, EU_PROFILE_LIMITS.website.max)
    .refine((v) => v === "" || isWebAddress(v), err("url"))
    .transform((v) => v || null),
  offers: areas,
  wantsToLearn: areas,
  ukrainianCommunity: wholeNumber(EU_PROFILE_LIMITS.community.max),
  /** Region slugs; the domain function checks them against the regions of Ukraine. */
  communityRegions: z.array(z.string().regex(/^[a-z-]{1,40}$/, "invalidChoice"), err("invalidChoice")).transform((r) => [...new Set(r)].sort()),
  contactName: plainTextField(0, EU_PROFILE_LIMITS.contactName.max).transform((v) => v || null),
  contactRole: plainTextField(0, EU_PROFILE_LIMITS.contactRole.max).transform((v) => v || null),
  contactEmail: z
    .string(err("required"))
    .trim()
    .max(EU_PROFILE_LIMITS.email.max, { error: "tooLong", abort: true })
    .pipe(z.union([z.literal(""), z.email(err("email"))]))
    .transform((v) => v || null),
  contactPhone: plainTextField(0, EU_PROFILE_LIMITS.phone.max)
    .refine((v) => v === "" || (PHONE.test(v) && v.replace(/\D/g, "").length >= 7), err("phone"))
    .transform((v) => v || null),
});

export type EuProfileInput = z.output<typeof euProfileSchema>;
export type EuProfileField = keyof z.input<typeof euProfileSchema>;

/** Every field in the order the form shows them; the error summary follows it. */
export const EU_PROFILE_FIELDS: readonly EuProfileField[] = [
  "regionName",
  "population",
  "languages",
  "website",
  "descriptionEn",
  "offers",
  "wantsToLearn",
  "ukrainianCommunity",
  "communityRegions",
  "contactName",
  "contactRole",
  "contactEmail",
  "contactPhone",
];

export const EU_PROFILE_FORM: FormSpec<EuProfileInput, EuProfileField, EuProfileErrorKey> = {
  schema: euProfileSchema as unknown as z.ZodType<EuProfileInput>,
  text: ["regionName", "population", "descriptionEn", "website", "ukrainianCommunity", "contactName", "contactRole", "contactEmail", "contactPhone"],
  lists: ["languages", "offers", "wantsToLearn", "communityRegions"],
  errorKeys: EU_PROFILE_ERROR_KEYS,
  fallback: "invalidChoice",
};

export type EuProfileFailure = "forbidden" | "notFound" | "signedOut";
export type EuProfileFormState = FormState<object, EuProfileFailure, EuProfileField, EuProfileErrorKey>;
