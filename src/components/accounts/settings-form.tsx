"use client";

import { useTranslations } from "next-intl";
import { routing } from "@/i18n/routing";
import { endonym } from "@/lib/intl-names";
import { ACCOUNT_TEXT_MAX, type AccountSettingsError, type AccountSettingsField, type AccountSettingsState } from "@/lib/account-settings-schema";
import { ErrorSummary } from "@/components/form/error-summary";
import { FailureAlert } from "@/components/form/failure-alert";
import { FormTextField, describedBy } from "@/components/form/text-field";
import { useFormAction } from "@/components/form/use-form-action";

type Props = {
  action: (previous: AccountSettingsState, form: FormData) => Promise<AccountSettingsState>;
  current: { name: string; jobTitle: string; locale: string };
};

const FIELDS: AccountSettingsField[] = ["name", "jobTitle", "locale"];

/** The person's name, job title and mail language, saved in place with a confirmation. */
export function SettingsForm({ action, current }: Props) {
  const t = useTranslations("acting.settings");
  const { state, formAction, pending, focusRef, errors, text } = useFormAction(action, current);
  const withErrors = FIELDS.filter((f) => errors[f]?.length);
  const errorOf = (field: AccountSettingsField) => {
    const keys = errors[field] as AccountSettingsError[] | undefined;
    if (!keys?.length) return null;
    return (
      <span id={`${field}-error`} className="field-error">
        {keys.map((key) => t(`errors.${key}`, { max: ACCOUNT_TEXT_MAX })).join(" ")}
      </span>
    );
  };
  const localeInvalid = Boolean(errors.locale?.length);
  return (
    <form action={formAction} noValidate className="space-y-4">
      {state.status === "invalid" && (
        <ErrorSummary ref={focusRef} title={t("errorSummary")} items={withErrors.map((f) => ({ href: `#${f}`, label: t(`fields.${f}`) }))} />
      )}
      {state.status === "failed" && <FailureAlert ref={focusRef} errorId={state.errorId} message={t("failed")} />}
      {state.status === "done" && (
        <p ref={focusRef} tabIndex={-1} role="status" className="rounded border-2 border-emerald-700 bg-emerald-50 p-4">
          {t("saved")}
        </p>
      )}
      {/* Keyed on the state: after a refusal the fields show what was sent, not React's reset. */}
      <div key={state.status === "idle" || state.status === "done" ? "stored" : JSON.stringify(state)} className="space-y-4">
        <FormTextField
          field="name"
          label={t("fields.name")}
          hint={t("hints.name")}
          error={errorOf("name")}
          invalid={Boolean(errors.name?.length)}
          defaultValue={text("name")}
          maxLength={ACCOUNT_TEXT_MAX}
          autoComplete="name"
        />
        <FormTextField
          field="jobTitle"
          label={t("fields.jobTitle")}
          hint={t("hints.jobTitle")}
          error={errorOf("jobTitle")}
          invalid={Boolean(errors.jobTitle?.length)}
          defaultValue={text("jobTitle")}
          maxLength={ACCOUNT_TEXT_MAX}
          autoComplete="organization-title"
        />
        <div>
          <label htmlFor="locale" className="field-label">
            {t("fields.locale")}
          </label>
          <span id="locale-hint" className="field-hint">
            {t("hints.locale")}
          </span>
          {errorOf("locale")}
          <select
            id="locale"
            name="locale"
            defaultValue={text("locale") || current.locale}
            aria-invalid={localeInvalid || undefined}
            aria-describedby={describedBy("locale", "locale-hint", localeInvalid)}
            className="input"
          >
            {routing.locales.map((l) => (
              <option key={l} value={l} lang={l}>
                {endonym(l)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="submit" className="btn" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </button>
    </form>
  );
}
