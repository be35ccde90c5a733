"use client";

import { useTranslations } from "next-intl";
import { CONTACT_LIMITS, type ContactAnswerState } from "@/lib/contact-schema";
import { FailureAlert } from "@/components/form/failure-alert";
import { useFormAction } from "@/components/form/use-form-action";

type Props = { action: (previous: ContactAnswerState, form: FormData) => Promise<ContactAnswerState>; id: number; to: string };

/** A coordinator's answer to a contact message: mailed to the sender, and the message is marked answered. */
export function AnswerForm({ action, id, to }: Props) {
  const t = useTranslations("contact.answer");
  const { state, formAction, pending, focusRef, errors, text } = useFormAction(action);
  const error = errors.answer?.[0];
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="message" value={id} />
      {state.status === "failed" && <FailureAlert ref={focusRef} message={t(`errors.${state.reason}`)} errorId={state.errorId} />}
      <div>
        <label htmlFor="answer" className="field-label">
          {t("label")}
        </label>
        <span id="answer-hint" className="field-hint">
          {t("hint", { to, min: CONTACT_LIMITS.answer.min, max: CONTACT_LIMITS.answer.max })}
        </span>
        {error && (
          <span id="answer-error" className="field-error" role="alert">
            {t(`errors.${error}`, { min: CONTACT_LIMITS.answer.min, max: CONTACT_LIMITS.answer.max })}
          </span>
        )}
        <textarea
          ref={error ? focusRef : undefined}
          id="answer"
          name="answer"
          rows={8}
          aria-required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "answer-hint answer-error" : "answer-hint"}
          maxLength={CONTACT_LIMITS.answer.max}
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
