import { z } from "zod";
import { cleanText } from "./plain-text";
import { COOPERATION_AREAS } from "./cooperation-areas";
import { PARTNER_COUNTRIES, WORKING_LANGUAGES } from "./languages";

/**
 * The partnership request form, as the server validates it. The form renders its limits from
 * REQUEST_LIMITS too. Messages are keys of the `requestForm.errors` catalogue section.
 */
export const REQUEST_LIMITS = {
  name: { min: 2, max: 120 },
  role: { min: 2, max: 120 },
  email: { max: 254 },
  message: { min: 20, max: 2000 },
  region: { max: 120 },
  areas: { min: 1, max: 5 },
  languages: { min: 1, max: 6 },
} as const;

const ERROR_KEYS = [
  "required", "tooShort", "tooLong", "email", "invalidChoice", "areasMin", "areasMax", "languagesMin",
  "languagesMax", "municipalityMissing", "countryMissing", "consent", "token",
] as const;

export type RequestErrorKey = (typeof ERROR_KEYS)[number];

const err = (key: RequestErrorKey) => ({ error: key });

/** Text from a form, cleaned (src/lib/plain-text.ts), then length-checked. */
function text(min: number, max: number) {
  return z
    .string(err("required"))
    .transform(cleanText)
    .pipe(
      min > 0
        ? z.string().min(1, { error: "required", abort: true }).min(min, err("tooShort")).max(max, err("tooLong"))
        : z.string().max(max, err("tooLong")),
    );
}

const slugOrEmpty = z.string(err("invalidChoice")).regex(/^[a-z0-9-]{0,120}$/, err("invalidChoice"));

export const partnershipRequestSchema = z
  .object({
    submissionToken: z.uuid(err("token")),
    /** An EU municipality registered in the portal, by slug; empty when the requester names a new one. */
    euMunicipality: slugOrEmpty.default(""),
    newMunicipalityName: text(0, REQUEST_LIMITS.name.max).default(""),
    newMunicipalityCountry: z.enum(["", ...PARTNER_COUNTRIES], err("invalidChoice")).default(""),
    newMunicipalityRegion: text(0, REQUEST_LIMITS.region.max).default(""),
    areas: z
      .array(z.enum(COOPERATION_AREAS, err("invalidChoice")), err("areasMin"))
      .min(REQUEST_LIMITS.areas.min, err("areasMin"))
      .max(REQUEST_LIMITS.areas.max, err("areasMax"))
      .transform((areas) => [...new Set(areas)]),
    message: text(REQUEST_LIMITS.message.min, REQUEST_LIMITS.message.max),
    requesterName: text(REQUEST_LIMITS.name.min, REQUEST_LIMITS.name.max),
    requesterRole: text(REQUEST_LIMITS.role.min, REQUEST_LIMITS.role.max),
    requesterEmail: z
      .string(err("required"))
      .trim()
      .min(1, { error: "required", abort: true })
      .max(REQUEST_LIMITS.email.max, { error: "tooLong", abort: true })
      .pipe(z.email(err("email"))),
    interpretationNeeded: z.boolean().default(false),
    languages: z
      .array(z.enum(WORKING_LANGUAGES, err("invalidChoice")), err("languagesMin"))
      .min(REQUEST_LIMITS.languages.min, err("languagesMin"))
      .max(REQUEST_LIMITS.languages.max, err("languagesMax"))
      .transform((languages) => [...new Set(languages)]),
    consent: z.literal(true, err("consent")),
  });

export type PartnershipRequestInput = z.output<typeof partnershipRequestSchema>;
export type RequestField = keyof z.input<typeof partnershipRequestSchema>;
export type RequestFieldErrors = Partial<Record<RequestField, RequestErrorKey[]>>;

const LIST_FIELDS = new Set(["areas", "languages"]);
const BOOLEAN_FIELDS = new Set(["interpretationNeeded", "consent"]);

/**
 * FormData as the schema expects it: repeated checkboxes become arrays, ticked boxes true.
 * Fields the form does not have are dropped, so forged extra fields never reach the schema.
 */
export function requestFormToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of REQUEST_FIELDS) {
    if (LIST_FIELDS.has(field)) out[field] = form.getAll(field).filter((v) => typeof v === "string");
    else if (BOOLEAN_FIELDS.has(field)) out[field] = form.get(field) === "on" || form.get(field) === "true";
    else {
      const value = form.get(field);
      if (typeof value === "string") out[field] = value;
    }
  }
  return out;
}

export const REQUEST_FIELDS = [
  "submissionToken",
  "euMunicipality",
  "newMunicipalityName",
  "newMunicipalityCountry",
  "newMunicipalityRegion",
  "areas",
  "message",
  "requesterName",
  "requesterRole",
  "requesterEmail",
  "interpretationNeeded",
  "languages",
  "consent",
] as const satisfies readonly RequestField[];

/** Validates a submitted form: the input, or each field's error keys. */
export function parsePartnershipRequest(
  form: FormData,
): { ok: true; input: PartnershipRequestInput } | { ok: false; fieldErrors: RequestFieldErrors } {
  const raw = requestFormToObject(form);
  const result = partnershipRequestSchema.safeParse(raw);
  const fieldErrors: RequestFieldErrors = {};
  const add = (field: RequestField, key: RequestErrorKey) => {
    const keys = (fieldErrors[field] ??= []);
    if (!keys.includes(key)) keys.push(key);
  };
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = (ERROR_KEYS as readonly string[]).includes(issue.message) ? (issue.message as RequestErrorKey) : "invalidChoice";
      add(issue.path[0] as RequestField, key);
    }
  }
  // Checked here rather than in a refinement, so the messages show together with all the others.
  if (!raw.euMunicipality) {
    const name = typeof raw.newMunicipalityName === "string" ? raw.newMunicipalityName.trim() : "";
    if (name.length < REQUEST_LIMITS.name.min && !fieldErrors.newMunicipalityName) add("newMunicipalityName", "municipalityMissing");
    if (!raw.newMunicipalityCountry && !fieldErrors.newMunicipalityCountry) add("newMunicipalityCountry", "countryMissing");
  }
  if (result.success && Object.keys(fieldErrors).length === 0) return { ok: true, input: result.data };
  return { ok: false, fieldErrors };
}
