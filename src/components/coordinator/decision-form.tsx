"use client";

import { useTranslations } from "next-intl";
import type { DecisionFormState, DecisionName } from "@/lib/forms/states";
import { FailureAlert } from "@/components/form/failure-alert";
import { useFormAction } from "@/components/form/use-form-action";

type Props = {
  decision: DecisionName;
  action: (previous: DecisionFormState, form: FormData) => Promise<DecisionFormState>;
  /** The note is required (10–2000 characters) for declining and asking, optional for approving. */
  required: boolean;
};

const KEYS = {
  approve: { legend: "approve.legend", label: "approve.note", hint: "approve.hint", submit: "approve.submit" },
  decline: { legend: "decline.legend", label: "decline.reason", hint: "decline.hint", submit: "decline.submit" },
  askForInformation: { legend: "ask.legend", label: "ask.note", hint: "ask.hint", submit: "ask.submit" },
} as const;

/** One decision: a note (or reason) and a button; its error is tied to the field and announced. */
export function DecisionForm({ decision, action, required }: Props) {
  const t = useTranslations("coordinator.decide");
  // After an error, focus goes to it: the failure message, or the note that was refused.
  const { state, formAction, pending, focusRef, errors, text } = useFormAction(action);
  const keys = KEYS[decision];
  const id = `${decision}-note`;
  const noteError = errors.note?.[0];

  return (
    <form action={formAction} noValidate className="space-y-3 rounded border border-slate-300 p-4">
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t(keys.legend)}</legend>
        {state.status === "failed" && <FailureAlert ref={focusRef} message={t(`errors.${state.reason}`)} errorId={state.errorId} />}
        <div>
          <label htmlFor={id} className="field-label">
            {t(keys.label)}
          </label>
          <span id={`${id}-hint`} className="field-hint">
            {t(keys.hint)}
          </span>
          <span id={`${id}-error`} className="field-error" aria-live="polite">
            {noteError ? t(`errors.${noteError}`) : null}
          </span>
          <textarea
            ref={noteError ? focusRef : undefined}
            id={id}
            name="note"
            rows={3}
            maxLength={2000}
            required={required}
            aria-required={required}
            aria-invalid={noteError ? true : undefined}
            aria-describedby={`${id}-hint ${id}-error`}
            defaultValue={text("note")}
            key={`${state.status}-${text("note")}`}
            className="input w-full"
          />
        </div>
        <button type="submit" disabled={pending} aria-disabled={pending} className={decision === "approve" ? "btn" : "btn-secondary"}>
          {pending ? t("pending") : t(keys.submit)}
        </button>
      </fieldset>
    </form>
  );
}
