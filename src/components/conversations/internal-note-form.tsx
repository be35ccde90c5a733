"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms/state";
import { FailureAlert } from "@/components/form/failure-alert";
import { useFormAction } from "@/components/form/use-form-action";

export type InternalNoteFormState = FormState<object, "forbidden", "note", "noteEmpty" | "noteTooLong">;
type Props = { action: (previous: InternalNoteFormState, form: FormData) => Promise<InternalNoteFormState>; reference: string; max: number };

/** A coordinator's internal note on a request (never shown to the municipalities). */
export function InternalNoteForm({ action, reference, max }: Props) {
  const t = useTranslations("conversations.notes");
  const { state, formAction, pending, focusRef, errors, text } = useFormAction(action);
  const error = errors.note?.[0];
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <input type="hidden" name="reference" value={reference} />
      {state.status === "failed" && <FailureAlert ref={focusRef} message={t(`errors.${state.reason}`)} errorId={state.errorId} />}
      <div>
        <label htmlFor="internal-note" className="field-label">
          {t("label")}
        </label>
        <span id="internal-note-hint" className="field-hint">
          {t("hint", { max })}
        </span>
        {error && (
          <span id="internal-note-error" className="field-error" role="alert">
            {t(`errors.${error}`, { max })}
          </span>
        )}
        <textarea
          ref={error ? focusRef : undefined}
          id="internal-note"
          name="note"
          rows={4}
          aria-required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "internal-note-hint internal-note-error" : "internal-note-hint"}
          maxLength={max}
          key={`${state.status}-${text("note")}`}
          defaultValue={text("note")}
          className="input"
        />
      </div>
      <button type="submit" disabled={pending} aria-disabled={pending} className="btn-secondary">
        {t("submit")}
      </button>
    </form>
  );
}
