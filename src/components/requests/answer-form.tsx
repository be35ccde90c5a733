"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms/state";
import { FailureAlert } from "@/components/form/failure-alert";
import { useFormAction } from "@/components/form/use-form-action";

export type AnswerFormState = FormState<object, "notAwaitingAnswer" | "forbidden", "answer", "noteTooShort" | "noteTooLong">;
type Props = { action: (previous: AnswerFormState, form: FormData) => Promise<AnswerFormState>; reference: string; limits: { min: number; max: number } };

/** The requester's answer to a coordinator's question, on their request's page. */
export function AnswerForm({ action, reference, limits }: Props) {
  const t = useTranslations("followUp.answer");
  const { state, formAction, pending, focusRef, errors, text } = useFormAction(action);
  const error = errors.answer?.[0];
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="reference" value={reference} />
      {state.status === "failed" && <FailureAlert ref={focusRef} message={t(`errors.${state.reason}`)} errorId={state.errorId} />}
      <div>
        <label htmlFor="answer" className="field-label">
          {t("label")}
        </label>
        <span id="answer-hint" className="field-hint">
          {t("hint", limits)}
        </span>
        {error && (
          <span id="answer-error" className="field-error" role="alert">
            {t(`errors.${error}`, limits)}
          </span>
        )}
        <textarea
          ref={error ? focusRef : undefined}
          id="answer"
          name="answer"
          rows={6}
          aria-required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "answer-hint answer-error" : "answer-hint"}
          maxLength={limits.max}
          key={`${state.status}-${text("answer")}`}
          defaultValue={text("answer")}
          className="input"
        />
      </div>
      <button type="submit" disabled={pending} aria-disabled={pending} className="btn">
        {t("submit")}
      </button>
    </form>
  );
}
