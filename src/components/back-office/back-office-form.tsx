"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms/state";
import { ErrorSummary } from "@/components/form/error-summary";
import { FailureAlert } from "@/components/form/failure-alert";
import { FormTextField } from "@/components/form/text-field";
import { useFormAction } from "@/components/form/use-form-action";

type AnyState = FormState<object, string, string, string>;

export type BackOfficeField = {
  name: string;
  kind?: "text" | "textarea" | "email" | "url" | "date" | "select";
  /** For a select: the values, labelled by backOffice.<form>.options.<name>.<value> ("" by .none). */
  options?: readonly string[];
  defaultValue?: string;
  maxLength?: number;
  required?: boolean;
  lang?: string;
  /** Shows backOffice.<form>.hints.<name> under the label. */
  hint?: boolean;
};

type Props<S extends AnyState> = {
  action: (previous: S, form: FormData) => Promise<S>;
  /** The form's messages: backOffice.<form>.{labels,hints,options,errors,failed,submit}. */
  form: string;
  hidden?: Record<string, string>;
  fields: readonly BackOfficeField[];
  danger?: boolean;
};

/**
 * Every form of the back office: labelled fields, an error summary linking to each refused field,
 * the reason a submission changed nothing, and one button. Posts without JavaScript too.
 */
export function BackOfficeForm<S extends AnyState>({ action, form, hidden = {}, fields, danger }: Props<S>) {
  const t = useTranslations("backOffice");
  const { state, formAction, pending, focusRef, errors, values, text } = useFormAction(
    action,
    Object.fromEntries(fields.map((f) => [f.name, f.defaultValue ?? ""])),
  );
  const fieldErrors = errors as Record<string, string[] | undefined>;
  const message = (field: string) => {
    const keys = fieldErrors[field];
    return keys?.length ? keys.map((k) => t(`${form}.errors.${k}`)).join(" ") : null;
  };
  const refused = fields.filter((f) => fieldErrors[f.name]?.length);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {refused.length > 0 && (
        <ErrorSummary ref={focusRef} title={t("errorSummary")} items={refused.map((f) => ({ href: `#${f.name}`, label: message(f.name)! }))} />
      )}
      {state.status === "failed" && (
        <FailureAlert
          ref={focusRef}
          message={state.reason === "unexpected" ? t("unexpected") : t(`${form}.failed.${state.reason}`, state.detail ?? {})}
          errorId={state.errorId}
        />
      )}
      {fields.map((f) => {
        // Ids are the field names: no two forms of one page share a field name.
        const id = f.name;
        const error = message(f.name);
        const key = `${state.status}-${String(values[f.name] ?? "")}`;
        const errorNode = error && (
          <span id={`${id}-error`} className="field-error">
            {error}
          </span>
        );
        if (f.kind === "select") {
          return (
            <div key={f.name}>
              <label htmlFor={id} className="field-label">
                {t(`${form}.labels.${f.name}`)}
              </label>
              {errorNode}
              <select
                id={id}
                name={f.name}
                key={key}
                defaultValue={text(f.name)}
                className="input"
                aria-invalid={Boolean(error) || undefined}
                aria-describedby={error ? `${id}-error` : undefined}
              >
                {f.options!.map((o) => (
                  <option key={o} value={o}>
                    {t(`${form}.options.${f.name}.${o || "none"}`)}
                  </option>
                ))}
              </select>
            </div>
          );
        }
        if (f.kind === "date") {
          const described = [f.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
          return (
            <div key={f.name}>
              <label htmlFor={id} className="field-label">
                {t(`${form}.labels.${f.name}`)}
              </label>
              {f.hint && (
                <span id={`${id}-hint`} className="field-hint">
                  {t(`${form}.hints.${f.name}`)}
                </span>
              )}
              {errorNode}
              <input
                id={id}
                name={f.name}
                type="date"
                key={key}
                defaultValue={text(f.name)}
                className="input"
                aria-invalid={Boolean(error) || undefined}
                aria-describedby={described}
              />
            </div>
          );
        }
        return (
          <div key={f.name}>
            <FormTextField
              key={key}
              field={f.name}
              label={t(`${form}.labels.${f.name}`)}
              hint={f.hint ? t(`${form}.hints.${f.name}`) : undefined}
              error={errorNode}
              invalid={Boolean(error)}
              defaultValue={text(f.name)}
              maxLength={f.maxLength ?? 120}
              required={f.required}
              lang={f.lang}
              multiline={f.kind === "textarea"}
              type={f.kind === "email" || f.kind === "url" ? f.kind : "text"}
            />
          </div>
        );
      })}
      <button type="submit" disabled={pending} aria-disabled={pending} className={danger ? "btn bg-red-800 hover:bg-red-900" : "btn"}>
        {t(`${form}.submit`)}
      </button>
    </form>
  );
}
