"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import type { DecisionFormState, DecisionName } from "@/app/[locale]/coordinator/requests/[reference]/state";

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
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const errorRef = useRef<HTMLParagraphElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const keys = KEYS[decision];
  const id = `${decision}-note`;
  const invalid = state.status === "invalid";

  useEffect(() => {
    // After an error, focus goes to it: the failure message, or the note that was refused.
    if (state.status === "failed") errorRef.current?.focus();
    if (state.status === "invalid") noteRef.current?.focus();
  }, [state]);

  return (
    <form action={formAction} noValidate className="space-y-3 rounded border border-slate-300 p-4">
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t(keys.legend)}</legend>
        {state.status === "failed" && (
          <p ref={errorRef} tabIndex={-1} role="alert" className="rounded border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-900">
            {t(`errors.${state.code}`)}
          </p>
        )}
        <div>
          <label htmlFor={id} className="field-label">
            {t(keys.label)}
          </label>
          <span id={`${id}-hint`} className="field-hint">
            {t(keys.hint)}
          </span>
          <span id={`${id}-error`} className="field-error" aria-live="polite">
            {invalid ? t(`errors.${state.code}`) : null}
          </span>
          <textarea
            ref={noteRef}
            id={id}
            name="note"
            rows={3}
            maxLength={2000}
            required={required}
            aria-required={required}
            aria-invalid={invalid ? true : undefined}
            aria-describedby={`${id}-hint ${id}-error`}
            defaultValue={state.status === "idle" ? "" : state.value}
            key={state.status === "idle" ? "idle" : `${state.status}-${state.value}`}
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
