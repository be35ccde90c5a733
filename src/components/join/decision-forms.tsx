"use client";

import { useTranslations } from "next-intl";
import { REJECT_REASON, type JoinDecisionState } from "@/lib/join/schema";
import { FailureAlert } from "@/components/form/failure-alert";
import { useFormAction } from "@/components/form/use-form-action";

type Action = (previous: JoinDecisionState, form: FormData) => Promise<JoinDecisionState>;

/** A coordinator's two answers to one proposal: approve, or reject with a reason. */
export function JoinDecisionForms({ id, name, approve, reject }: { id: number; name: string; approve: Action; reject: Action }) {
  const t = useTranslations("join.queue");
  const approved = useFormAction(approve);
  const rejected = useFormAction(reject);
  const reasonId = `reason-${id}`;
  const reasonError = Boolean(rejected.errors.reason);
  return (
    <div className="space-y-4">
      {approved.state.status === "failed" && <FailureAlert ref={approved.focusRef} message={t(`failed.${approved.state.reason}`)} errorId={approved.state.errorId} />}
      <form action={approved.formAction}>
        <input type="hidden" name="proposal" value={id} />
        <button type="submit" disabled={approved.pending} aria-disabled={approved.pending} className="btn">
          {t("approve", { name })}
        </button>
      </form>
      {rejected.state.status === "failed" && <FailureAlert ref={rejected.focusRef} message={t(`failed.${rejected.state.reason}`)} errorId={rejected.state.errorId} />}
      <form action={rejected.formAction} noValidate className="space-y-2">
        <input type="hidden" name="proposal" value={id} />
        <label htmlFor={reasonId} className="field-label">
          {t("reasonLabel")}
        </label>
        <span id={`${reasonId}-hint`} className="field-hint">
          {t("reasonHint", REJECT_REASON)}
        </span>
        {reasonError && (
          <span id={`${reasonId}-error`} className="field-error">
            {t("reasonError", REJECT_REASON)}
          </span>
        )}
        <textarea
          ref={reasonError ? rejected.focusRef : undefined}
          id={reasonId}
          name="reason"
          rows={2}
          maxLength={REJECT_REASON.max}
          aria-invalid={reasonError || undefined}
          aria-describedby={reasonError ? `${reasonId}-hint ${reasonId}-error` : `${reasonId}-hint`}
          key={`${rejected.state.status}-${rejected.text("reason")}`}
          defaultValue={rejected.text("reason")}
          className="input"
        />
        <button type="submit" disabled={rejected.pending} aria-disabled={rejected.pending} className="btn-secondary">
          {t("reject", { name })}
        </button>
      </form>
    </div>
  );
}
