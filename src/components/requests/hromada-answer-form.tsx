"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms/state";
import { FailureAlert } from "@/components/form/failure-alert";
import { useFormAction } from "@/components/form/use-form-action";

export type HromadaAnswerState = FormState<
  { answer: "INTERESTED" | "NOT_NOW" },
  "notAnswerable" | "forbidden",
  "answer" | "reason",
  "chooseAnswer" | "noteTooShort" | "noteTooLong"
>;
type Props = {
  action: (previous: HromadaAnswerState, form: FormData) => Promise<HromadaAnswerState>;
  reference: string;
  current: { choice: "INTERESTED" | "NOT_NOW"; reason: string | null } | null;
  limits: { min: number; max: number };
};

/** A hromada's editor answers a request addressed to it: interested, or not now with a reason (src/server/requests/hromada-answer.ts). */
export function HromadaAnswerForm({ action, reference, current, limits }: Props) {
  const t = useTranslations("voice.answer");
  const { state, formAction, pending, focusRef, errors, text } = useFormAction(action, current ? { answer: current.choice, reason: current.reason ?? "" } : {});
  const id = (name: string) => `${name}-${reference}`;
  const answerError = errors.answer?.[0];
  const reasonError = errors.reason?.[0];
  const chosen = text("answer");
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <input type="hidden" name="reference" value={reference} />
      {state.status === "failed" && <FailureAlert ref={focusRef} message={t(`errors.${state.reason}`)} errorId={state.errorId} />}
      {state.status === "done" && (
        <p ref={focusRef} tabIndex={-1} role="status" className="rounded border-2 border-emerald-700 bg-emerald-50 p-3">
          {t("saved")}
        </p>
      )}
      <fieldset aria-describedby={answerError ? id("answer-error") : undefined} aria-invalid={answerError ? true : undefined}>
        <legend className="font-semibold">{t("legend")}</legend>
        {answerError && (
          <span id={id("answer-error")} className="field-error" role="alert">
            {t(`errors.${answerError}`)}
          </span>
        )}
        <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2" key={`${state.status}-${chosen}`}>
          {(["INTERESTED", "NOT_NOW"] as const).map((choice, i) => (
            <label key={choice} className="inline-flex items-center gap-2">
              <input
                ref={answerError && i === 0 ? focusRef : undefined}
                type="radio"
                name="answer"
                value={choice}
                defaultChecked={chosen === choice}
                className="size-5"
              />
              {t(`choices.${choice}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor={id("reason")} className="field-label">
          {t("reason")}
        </label>
        <span id={id("reason-hint")} className="field-hint">
          {t("reasonHint", limits)}
        </span>
        {reasonError && (
          <span id={id("reason-error")} className="field-error" role="alert">
            {t(`errors.${reasonError}`, limits)}
          </span>
        )}
        <textarea
          ref={reasonError ? focusRef : undefined}
          id={id("reason")}
          name="reason"
          rows={3}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonError ? `${id("reason-hint")} ${id("reason-error")}` : id("reason-hint")}
          maxLength={limits.max}
          key={`${state.status}-${text("reason")}`}
          defaultValue={text("reason")}
          className="input"
        />
      </div>
      <button type="submit" disabled={pending} aria-disabled={pending} className="btn">
        {current ? t("change") : t("submit")}
      </button>
    </form>
  );
}
