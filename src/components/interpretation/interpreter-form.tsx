"use client";

import { useTranslations } from "next-intl";
import type { InterpreterFormState } from "@/lib/interpretation/forms";
import { INTERPRETER_FIELDS } from "@/lib/interpretation/forms";
import { ErrorSummary } from "@/components/form/error-summary";
import { FailureAlert } from "@/components/form/failure-alert";
import { FormTextField } from "@/components/form/text-field";
import { useFormAction } from "@/components/form/use-form-action";

type Props = {
  action: (previous: InterpreterFormState, form: FormData) => Promise<InterpreterFormState>;
  id: number | null;
  initial: Record<string, string>;
};

const LIMITS: Record<string, number> = { name: 120, email: 254, languagePairs: 200, availability: 500, contact: 200 };

/** The coordinators' interpreter form: add or edit. Posts without JavaScript too. */
export function InterpreterForm({ action, id, initial }: Props) {
  const t = useTranslations("interpretation.form");
  const { state, formAction, pending, focusRef, errors, text } = useFormAction(action, initial);
  const fieldErrors = errors as Record<string, string[] | undefined>;
  const message = (field: string) => (fieldErrors[field]?.length ? fieldErrors[field]!.map((k) => t(`errors.${k}`)).join(" ") : null);
  const refused = INTERPRETER_FIELDS.filter((f) => fieldErrors[f]?.length);
  const errorNode = (field: string) => {
    const m = message(field);
    return (
      m && (
        <span id={`${field}-error`} className="field-error">
          {m}
        </span>
      )
    );
  };
  const field = (name: string, extra: { type?: "email" | "text"; multiline?: boolean; required?: boolean; hint?: boolean } = {}) => (
    <FormTextField
      key={`${name}-${state.status}`}
      field={name}
      label={t(`labels.${name}`)}
      hint={extra.hint ? t(`hints.${name}`) : undefined}
      error={errorNode(name)}
      invalid={Boolean(message(name))}
      defaultValue={text(name)}
      maxLength={LIMITS[name]}
      required={extra.required}
      multiline={extra.multiline}
      type={extra.type}
    />
  );
  return (
    <form action={formAction} className="max-w-2xl space-y-4" noValidate>
      {id !== null && <input type="hidden" name="id" value={id} />}
      {refused.length > 0 && (
        <ErrorSummary
          ref={focusRef}
          title={t("errorSummary")}
          items={refused.map((f) => ({ href: `#${f === "kind" ? "kind-volunteer" : f}`, label: message(f)! }))}
        />
      )}
      {state.status === "failed" && (
        <FailureAlert ref={focusRef} message={state.reason === "unexpected" ? t("unexpected") : t(`failed.${state.reason}`)} errorId={state.errorId} />
      )}
      {field("name", { required: true })}
      {field("email", { type: "email", required: true, hint: true })}
      {field("languagePairs", { required: true, hint: true })}
      <fieldset aria-describedby={message("kind") ? "kind-error" : undefined}>
        <legend className="field-label">{t("labels.kind")}</legend>
        {errorNode("kind")}
        {(["volunteer", "paid"] as const).map((k) => (
          <label key={k} className="flex min-h-8 items-center gap-2">
            <input id={`kind-${k}`} type="radio" name="kind" value={k} defaultChecked={text("kind") === k} className="size-5" />
            <span>{t(`kinds.${k}`)}</span>
          </label>
        ))}
      </fieldset>
      {field("availability", { multiline: true, hint: true })}
      {field("contact", { hint: true })}
      <button type="submit" disabled={pending} aria-disabled={pending} className="btn">
        {t(id === null ? "create" : "save")}
      </button>
    </form>
  );
}
