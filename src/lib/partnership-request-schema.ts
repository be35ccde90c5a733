import { z } from "zod";
import { plainTextField } from "./plain-text";
import { COOPERATION_AREAS } from "./cooperation-areas";
import { WORKING_LANGUAGES } from "./languages";

/**
 * The partnership request form, as the server validates it. The form renders its limits from
 * REQUEST_LIMITS too. Messages are keys of the `requestForm.errors` catalogue section.
 * Who sends it is not a form field: the requester's account, e-mail address and EU municipality
 * come from the signed-in person (src/server/requests/submit.ts); `euMunicipality` only chooses
 * among that person's own municipalities when they act for several.
 */
export const REQUEST_LIMITS = {
  name: { min: 2, max: 120 },
  role: { min: 2, max: 120 },
  message: { min: 20, max: 2000 },
  areas: { min: 1, max: 5 },
  languages: { min: 1, max: 6 },
} as const;

const ERROR_KEYS = [
  "required", "tooShort", "tooLong", "invalidChoice", "areasMin", "areasMax", "languagesMin", "languagesMax", "consent", "token",
] as const;

export type RequestErrorKey = (typeof ERROR_KEYS)[number];

const err = (key: RequestErrorKey) => ({ error: key });


const slugOrEmpty = z.string(err("invalidChoice")).regex(/^[a-z0-9-]{0,120}$/, err("invalidChoice"));

export const partnershipRequestSchema = z
  .object({
    submissionToken: z.uuid(err("token")),
    /** Which of the requester's own EU municipalities sends it, by slug; empty when they act for one only. */
    euMunicipality: slugOrEmpty.default(""),
    areas: z
      .array(z.enum(COOPERATION_AREAS, err("invalidChoice")), err("areasMin"))
      .min(REQUEST_LIMITS.areas.min, err("areasMin"))
      .max(REQUEST_LIMITS.areas.max, err("areasMax"))
      .transform((areas) => [...new Set(areas)]),
    message: plainTextField(REQUEST_LIMITS.message.min, REQUEST_LIMITS.message.max),
    requesterName: plainTextField(REQUEST_LIMITS.name.min, REQUEST_LIMITS.name.max),
    requesterRole: plainTextField(REQUEST_LIMITS.role.min, REQUEST_LIMITS.role.max),
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
  "areas",
  "message",
  "requesterName",
  "requesterRole",
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
  if (result.success && Object.keys(fieldErrors).length === 0) return { ok: true, input: result.data };
  return { ok: false, fieldErrors };
}
