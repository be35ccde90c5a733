import { z } from "zod";
import { plainTextField } from "./plain-text";
import { COOPERATION_AREAS } from "./cooperation-areas";
import { WORKING_LANGUAGES } from "./languages";
import { parseForm, type FormSpec } from "./forms/parse";
import type { FormState, FormValues } from "./forms/state";

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

const ERROR_KEYS = ["required", "tooShort", "tooLong", "invalidChoice", "areasMin", "areasMax", "languagesMin", "languagesMax", "consent", "token"] as const;

export type RequestErrorKey = (typeof ERROR_KEYS)[number];

const err = (key: RequestErrorKey) => ({ error: key });

const slugOrEmpty = z.string(err("invalidChoice")).regex(/^[a-z0-9-]{0,120}$/, err("invalidChoice"));

export const partnershipRequestSchema = z.object({
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

/** What the request form sends: repeated checkboxes become lists, ticked boxes true. */
export const REQUEST_FORM: FormSpec<PartnershipRequestInput, RequestField, RequestErrorKey> = {
  schema: partnershipRequestSchema,
  text: ["submissionToken", "euMunicipality", "message", "requesterName", "requesterRole"],
  lists: ["areas", "languages"],
  booleans: ["interpretationNeeded", "consent"],
  errorKeys: ERROR_KEYS,
  fallback: "invalidChoice",
};

/** What the form shows after a submission; `limited` comes with `minutes`. */
/** `openRequest` comes with the open request's `reference`. */
/**
 * Done is one of three: sent (`reference`); the answers to check before sending (`check`: what
 * was sent, valid); or back at the form to change one answer (`change`, with every answer in `values`).
 */
export type RequestFormState = FormState<
  { reference: string } | { check: FormValues } | { change: RequestField; values: FormValues },
  "targetUnavailable" | "notAllowed" | "limited" | "openRequest",
  RequestField,
  RequestErrorKey
>;

/** Validates a submitted form: the input, or each field's error keys. */
export function parsePartnershipRequest(form: FormData) {
  return parseForm(REQUEST_FORM, form);
}
