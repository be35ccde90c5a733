import { z } from "zod";
import { routing } from "@/i18n/routing";
import type { FormSpec } from "@/lib/forms/parse";
import type { FormState } from "@/lib/forms/state";

/** The longest name and job title an account keeps (the columns' lengths). */
export const ACCOUNT_TEXT_MAX = 120;

export const ACCOUNT_SETTINGS_ERRORS = ["nameTooLong", "jobTitleTooLong", "chooseLanguage", "controlCharacters"] as const;
export type AccountSettingsError = (typeof ACCOUNT_SETTINGS_ERRORS)[number];
export type AccountSettingsField = "name" | "jobTitle" | "locale";

// A name is shown in lists and mails: one line of printable text.
const line = (tooLong: AccountSettingsError) =>
  z
    .string()
    .trim()
    .max(ACCOUNT_TEXT_MAX, { error: tooLong })
    .refine((s) => !/\p{Cc}/u.test(s), { error: "controlCharacters" });

export const accountSettingsSchema = z.object({
  name: line("nameTooLong"),
  jobTitle: line("jobTitleTooLong"),
  locale: z.enum(routing.locales, { error: "chooseLanguage" }),
});
export type AccountSettingsInput = z.infer<typeof accountSettingsSchema>;

export const ACCOUNT_SETTINGS_FORM: FormSpec<AccountSettingsInput, AccountSettingsField, AccountSettingsError> = {
  schema: accountSettingsSchema,
  text: ["name", "jobTitle", "locale"],
  errorKeys: ACCOUNT_SETTINGS_ERRORS,
  fallback: "chooseLanguage",
};

export type AccountSettingsState = FormState<object, "forbidden", AccountSettingsField, AccountSettingsError>;
