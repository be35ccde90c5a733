import { z } from "zod";
import { plainTextField } from "./plain-text";
import type { FormSpec } from "./forms/parse";
import type { FormState } from "./forms/state";

/**
 * The public contact form (/{locale}/contact), as the server validates it; the form renders its
 * limits from here too. Messages are keys of `contact.form.errors`.
 */
export const CONTACT_LIMITS = {
  name: { min: 2, max: 120 },
  email: { max: 254 },
  organisation: { max: 200 },
  subject: { min: 3, max: 200 },
  message: { min: 20, max: 5000 },
  answer: { min: 10, max: 5000 },
} as const;

const ERROR_KEYS = ["required", "tooShort", "tooLong", "invalidEmail"] as const;
export type ContactErrorKey = (typeof ERROR_KEYS)[number];

export const contactMessageSchema = z.object({
  name: plainTextField(CONTACT_LIMITS.name.min, CONTACT_LIMITS.name.max),
  email: z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required", abort: true })
    .max(CONTACT_LIMITS.email.max, { error: "tooLong", abort: true })
    .pipe(z.email({ error: "invalidEmail" }))
    .transform((e) => e.toLowerCase()),
  organisation: plainTextField(0, CONTACT_LIMITS.organisation.max),
  subject: plainTextField(CONTACT_LIMITS.subject.min, CONTACT_LIMITS.subject.max),
  message: plainTextField(CONTACT_LIMITS.message.min, CONTACT_LIMITS.message.max),
});

export type ContactMessageInput = z.output<typeof contactMessageSchema>;
export const CONTACT_FIELDS = ["name", "email", "organisation", "subject", "message"] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

export const CONTACT_FORM: FormSpec<ContactMessageInput, ContactField, ContactErrorKey> = {
  schema: contactMessageSchema,
  text: CONTACT_FIELDS,
  errorKeys: ERROR_KEYS,
  fallback: "required",
};

/** `limited` comes with `minutes`; `done` says where the answer will go. */
export type ContactFormState = FormState<{ email: string }, "limited", ContactField, ContactErrorKey>;

/** A coordinator's answer: `message` is the id of the contact message. */
export type ContactAnswerState = FormState<object, "alreadyAnswered" | "notFound", "answer", "required" | "tooShort" | "tooLong">;
