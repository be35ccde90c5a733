"use client";

import { useTranslations } from "next-intl";
import { REJECT_REASON, type JoinDecisionState } from "@/lib/join/schema";
import { FailureAlert } from "@/components/form/failure-alert";
import { useFormAction } from "@/components/form/use-form-action";

type Action = (previous: JoinDecisionState, form: FormData) => Promise<JoinDecisionState>;

/** A coordinator's two answers to one proposal: approve, or reject with a reason. */
export function JoinDecisionForms({ id, name, approve, reject }: { id: number; name: string; approve: Action; reject: Action }) {
  const t = useTranslations("join.queue");
  const { state: approved, formAction: approveAction, pending: approving, focusRef: approvedFocusRef } = useFormAction(approve);
  const { state: rejected, formAction: rejectAction, pending: rejecting, focusRef: rejectedFocusRef, errors, text } = useFormAction(reject);
  const reasonId = `reason-${id}`;
  const reasonError = Boolean(errors.reason);
  return (
    <div className="space-y-4">
      {approved.status === "failed" && <FailureAlert ref={approvedFocusRef} message={t(`failed.${approved.reason}`)} errorId={approved.errorId} />}
      <form action={approveAction}>
        <input type="hidden" name="proposal" value={id} />
        <button type="submit" disabled={approving} aria-disabled={approving} className="btn">
          {t("approve", { name })}
        </button>
      </form>
      {rejected.status === "failed" && <FailureAlert ref={rejectedFocusRef} message={t(`failed.${rejected.reason}`)} errorId={rejected.errorId} />}
      <form action={rejectAction} noValidate className="space-y-2">
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
          ref={reasonError ? rejectedFocusRef : undefined}
          id={reasonId}
          name="reason"
          rows={2}
          maxLength={REJECT_REASON.max}
          aria-invalid={reasonError || undefined}
          aria-describedby={reasonError ? `${reasonId}-hint ${reasonId}-error` : `${reasonId}-hint`}
          key={`${rejected.status}-${text("reason")}`}
          defaultValue={text("reason")}
          className="input"
        />
        <button type="submit" disabled={rejecting} aria-disabled={rejecting} className="btn-secondary">
          {t("reject", { name })}
        </button>
      </form>
    </div>
  );
}
