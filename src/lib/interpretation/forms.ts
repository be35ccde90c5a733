import { z } from "zod";
import type { FormSpec } from "@/lib/forms/parse";
import type { FormState } from "@/lib/forms/state";
import { WORKING_LANGUAGES } from "@/lib/languages";
import { parsePairs, type LanguagePair } from "./language-pairs";
import { isMeetingTimeZone } from "./time-zones";

/** The coordinators' interpreter form (/coordinator/interpreters/new and /[id]). */
export const INTERPRETER_FIELDS = ["name", "email", "languagePairs", "kind", "availability", "contact"] as const;
export type InterpreterField = (typeof INTERPRETER_FIELDS)[number];
export const INTERPRETER_ERROR_KEYS = ["name", "email", "emailTaken", "languagePairs", "kind", "availability", "contact", "invalid"] as const;
export type InterpreterErrorKey = (typeof INTERPRETER_ERROR_KEYS)[number];

export type InterpreterInput = {
  name: string;
  email: string;
  languagePairs: LanguagePair[];
  paid: boolean;
  availability: string | null;
  contact: string | null;
};

const optional = (max: number, key: string) =>
  z
    .string()
    .trim()
    .max(max, { error: key })
    .transform((v) => (v === "" ? null : v));

export const interpreterSchema = z
  .object({
    name: z.string().trim().min(2, { error: "name" }).max(120, { error: "name" }),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .max(254, { error: "email" })
      .pipe(z.email({ error: "email" })),
    languagePairs: z.string().transform((raw, ctx) => {
      const { pairs, invalid } = parsePairs(raw);
      if (invalid.length > 0 || pairs.length === 0 || pairs.length > 12) {
        ctx.addIssue({ code: "custom", message: "languagePairs" });
        return z.NEVER;
      }
      return pairs;
    }),
    kind: z.enum(["volunteer", "paid"], { error: "kind" }),
    availability: optional(500, "availability"),
    contact: optional(200, "contact"),
  })
  .transform(({ kind, ...rest }): InterpreterInput => ({ ...rest, paid: kind === "paid" }));

export const INTERPRETER_FORM: FormSpec<InterpreterInput, InterpreterField | "id", InterpreterErrorKey> = {
  schema: interpreterSchema as unknown as z.ZodType<InterpreterInput>,
  text: [...INTERPRETER_FIELDS, "id"],
  errorKeys: INTERPRETER_ERROR_KEYS,
  fallback: "invalid",
};

export type InterpreterFormState = FormState<object, "forbidden" | "notFound", InterpreterField, InterpreterErrorKey>;

/** The meeting form on a partnership's page. */
export const MEETING_FIELDS = ["title", "date", "time", "timeZone", "duration", "onlineLink", "place", "languages", "interpretationNeeded"] as const;
export type MeetingField = (typeof MEETING_FIELDS)[number];
export const MEETING_ERROR_KEYS = [
  "title",
  "date",
  "time",
  "timeZone",
  "duration",
  "onlineLink",
  "place",
  "where",
  "languages",
  "timeNotInZone",
  "inPast",
  "invalid",
] as const;
export type MeetingErrorKey = (typeof MEETING_ERROR_KEYS)[number];

export type MeetingInput = {
  title: string;
  date: string;
  time: string;
  timeZone: string;
  durationMinutes: number;
  onlineLink: string | null;
  place: string | null;
  languages: string[];
  interpretationNeeded: boolean;
};

export const MEETING_DURATIONS = ["30", "45", "60", "90", "120", "180", "240"] as const;

export const meetingSchema = z
  .object({
    title: z.string().trim().min(3, { error: "title" }).max(200, { error: "title" }),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "date" }),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "time" }),
    timeZone: z.string().refine(isMeetingTimeZone, { error: "timeZone" }),
    duration: z.enum(MEETING_DURATIONS, { error: "duration" }),
    onlineLink: z
      .string()
      .trim()
      .max(500, { error: "onlineLink" })
      .refine((v) => v === "" || /^https:\/\/[^\s/]+\.[^\s]+$/i.test(v), { error: "onlineLink" })
      .transform((v) => (v === "" ? null : v)),
    place: optional(300, "place"),
    languages: z
      .array(z.enum(WORKING_LANGUAGES, { error: "languages" }))
      .min(1, { error: "languages" })
      .max(WORKING_LANGUAGES.length),
    interpretationNeeded: z.boolean(),
  })
  .transform(({ duration, ...rest }): MeetingInput => ({ ...rest, durationMinutes: Number(duration), languages: [...new Set(rest.languages)] }));

export const MEETING_FORM: FormSpec<MeetingInput, MeetingField, MeetingErrorKey> = {
  schema: meetingSchema as unknown as z.ZodType<MeetingInput>,
  text: ["title", "date", "time", "timeZone", "duration", "onlineLink", "place"],
  lists: ["languages"],
  booleans: ["interpretationNeeded"],
  errorKeys: MEETING_ERROR_KEYS,
  fallback: "invalid",
  check: (values, add) => {
    const text = (k: string) => (typeof values[k] === "string" ? (values[k] as string).trim() : "");
    if (!text("onlineLink") && !text("place")) add("place", "where");
  },
};

export type MeetingFormState = FormState<object, "forbidden" | "notFound", MeetingField, MeetingErrorKey>;
