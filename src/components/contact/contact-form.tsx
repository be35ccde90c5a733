"use client";

import { useTranslations } from "next-intl";
import { CONTACT_FIELDS, CONTACT_LIMITS, type ContactErrorKey, type ContactField, type ContactFormState } from "@/lib/contact-schema";
import { ErrorSummary } from "@/components/form/error-summary";
import { FailureAlert } from "@/components/form/failure-alert";
import { FormTextField } from "@/components/form/text-field";
import { useFormAction } from "@/components/form/use-form-action";

type Props = { action: (previous: ContactFormState, form: FormData) => Promise<ContactFormState> };

const LIMITS: Record<ContactField, { min?: number; max: number }> = {
  name: CONTACT_LIMITS.name,
  email: CONTACT_LIMITS.email,
  organisation: CONTACT_LIMITS.organisation,
  subject: CONTACT_LIMITS.subject,
  message: CONTACT_LIMITS.message,
};

/** The public contact form: no account needed; after sending, where the answer will go. */
export function ContactForm({ action }: Props) {
  const t = useTranslations("contact.form");
  const { state, formAction, pending, focusRef, errors, text } = useFormAction(action);

  if (state.status === "done") {
    return (
      <div role="status" className="space-y-3 rounded border-2 border-emerald-700 bg-emerald-50 p-6">
        <h2 ref={focusRef} tabIndex={-1} className="text-2xl font-semibold text-emerald-950">
          {t("sent.title")}
        </h2>
        <p>{t("sent.text", { email: state.email })}</p>
      </div>
    );
  }

  const withErrors = CONTACT_FIELDS.filter((f) => errors[f]?.length);
  const errorOf = (field: ContactField) => {
    const keys = errors[field] as ContactErrorKey[] | undefined;
    if (!keys?.length) return null;
    const limits = { min: LIMITS[field].min ?? 0, max: LIMITS[field].max };
    return (
      <span id={`${field}-error`} className="field-error">
        {keys.map((key) => t(`errors.${key}`, limits)).join(" ")}
      </span>
    );
  };
  const field = (name: ContactField, extra: { type?: "email"; autoComplete?: string; multiline?: boolean; required?: boolean; hint?: string } = {}) => (
    <FormTextField
      field={name}
      label={t(`fields.${name}`)}
      hint={extra.hint}
      error={errorOf(name)}
      invalid={Boolean(errors[name]?.length)}
      defaultValue={text(name)}
      maxLength={LIMITS[name].max}
      required={extra.required ?? true}
      type={extra.type}
      autoComplete={extra.autoComplete}
      multiline={extra.multiline}
    />
  );

  return (
    <form action={formAction} noValidate className="space-y-6">
      {state.status === "invalid" && (
        <ErrorSummary
          ref={focusRef}
          title={t("errorSummary", { count: withErrors.length })}
          items={withErrors.map((f) => ({ href: `#${f}`, label: t(`fields.${f}`) }))}
        />
      )}
      {state.status === "failed" && (
        <FailureAlert
          ref={focusRef}
          errorId={state.errorId}
          message={state.reason === "limited" ? t("limited", { minutes: Number(state.detail?.minutes) }) : t("unexpected")}
        />
      )}
      {/* Keyed on the state: after a refusal the fields show what was sent, not React's reset. */}
      <div key={state.status === "idle" ? "idle" : JSON.stringify(state)} className="space-y-6">
        {field("name", { autoComplete: "name" })}
        {field("email", { type: "email", autoComplete: "email", hint: t("hints.email") })}
        {field("organisation", { autoComplete: "organization", required: false, hint: t("hints.organisation") })}
        {field("subject")}
        {field("message", { multiline: true, hint: t("hints.message", { min: CONTACT_LIMITS.message.min, max: CONTACT_LIMITS.message.max }) })}
      </div>
      <button type="submit" disabled={pending} aria-disabled={pending} className="btn">
        {pending ? t("sending") : t("submit")}
      </button>
      <p aria-live="polite" className="sr-only">
        {pending ? t("sending") : ""}
      </p>
    </form>
  );
}
