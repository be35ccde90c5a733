"use client";

import { useTranslations } from "next-intl";
import type { ProposalFormState } from "@/lib/forms/states";
import { FailureAlert } from "@/components/form/failure-alert";
import { useFormAction } from "@/components/form/use-form-action";
import { STAGE_NOTE_MAX } from "@/lib/partnership-stages";

type Action = (previous: ProposalFormState, form: FormData) => Promise<ProposalFormState>;

/**
 * The other side's answer to an open stage proposal: confirm it, or decline it with a reason
 * (required, tied to its field). The outcome is shown on the page after the redirect.
 */
export function DecideProposalForms({ action }: { action: Action }) {
  return (
    <div className="space-y-4">
      <ConfirmProposalForm action={action} />
      <DeclineProposalForm action={action} />
    </div>
  );
}

function ConfirmProposalForm({ action }: { action: Action }) {
  const t = useTranslations("stageProposals");
  const { state, formAction, pending, focusRef } = useFormAction(action);
  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="decision" value="confirm" />
      <input type="hidden" name="reason" value="" />
      {state.status === "failed" && <FailureAlert ref={focusRef} message={t(`errors.${state.reason}`)} errorId={state.errorId} />}
      <button type="submit" disabled={pending} aria-disabled={pending} className="btn">
        {pending ? t("open.pending") : t("open.confirm")}
      </button>
    </form>
  );
}

function DeclineProposalForm({ action }: { action: Action }) {
  const t = useTranslations("stageProposals");
  const { state, formAction, pending, focusRef, errors, text } = useFormAction(action, { reason: "" });
  const reasonKey = errors.reason?.[0];
  const reasonError = reasonKey ? t(`errors.${reasonKey}`, { max: STAGE_NOTE_MAX }) : null;
  const reason = text("reason");
  return (
    <form action={formAction} noValidate className="space-y-2" key={reason}>
      <input type="hidden" name="decision" value="decline" />
      {state.status === "failed" && <FailureAlert ref={focusRef} message={t(`errors.${state.reason}`)} errorId={state.errorId} />}
      <div>
        <label htmlFor="proposal-reason" className="field-label">
          {t("open.reason")}
        </label>
        <span id="proposal-reason-hint" className="field-hint">
          {t("open.reasonHint", { max: STAGE_NOTE_MAX })}
        </span>
        <span id="proposal-reason-error" className="field-error" aria-live="polite">
          {reasonError}
        </span>
        <textarea
          ref={reasonError ? focusRef : undefined}
          id="proposal-reason"
          name="reason"
          rows={3}
          maxLength={STAGE_NOTE_MAX}
          defaultValue={reason}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby="proposal-reason-hint proposal-reason-error"
          className="input w-full"
        />
      </div>
      <button type="submit" disabled={pending} aria-disabled={pending} className="btn-secondary">
        {pending ? t("open.pending") : t("open.decline")}
      </button>
    </form>
  );
}

/** The proposer takes their open proposal back. */
export function WithdrawProposalForm({ action }: { action: Action }) {
  const t = useTranslations("stageProposals");
  const { state, formAction, pending, focusRef } = useFormAction(action);
  return (
    <form action={formAction} noValidate>
      {state.status === "failed" && <FailureAlert ref={focusRef} message={t(`errors.${state.reason}`)} errorId={state.errorId} />}
      <button type="submit" disabled={pending} aria-disabled={pending} className="btn-secondary">
        {pending ? t("open.pending") : t("open.withdraw")}
      </button>
    </form>
  );
}
