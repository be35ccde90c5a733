"use client";

import { useTranslations } from "next-intl";
import type { EraseContactState } from "@/lib/forms/states";
import { FailureAlert } from "@/components/form/failure-alert";
import { useFormAction } from "@/components/form/use-form-action";
import { ERASURE_REASON } from "@/lib/privacy/erasure-reason";

type Props = { action: (previous: EraseContactState, form: FormData) => Promise<EraseContactState>; slug: string };

/** The coordinator's erasure: a reason for the audit log, then one button. */
export function EraseContactForm({ action, slug }: Props) {
  const t = useTranslations("privacy.erase");
  // After an error, focus goes to it: the field that was refused, or the failure message.
  const { state, formAction, pending, focusRef, errors, text } = useFormAction(action);
  const reasonError = Boolean(errors.reason);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="municipality" value={slug} />
      {state.status === "failed" && <FailureAlert ref={focusRef} message={t(`errors.${state.reason}`, ERASURE_REASON)} errorId={state.errorId} />}
      <div>
        <label htmlFor="reason" className="field-label">
          {t("reasonLabel")}
        </label>
        <span id="reason-hint" className="field-hint">
          {t("reasonHint", ERASURE_REASON)}
        </span>
        {reasonError && (
          <span id="reason-error" className="field-error" role="alert">
            {t("errors.reason", ERASURE_REASON)}
          </span>
        )}
        <textarea
          ref={reasonError ? focusRef : undefined}
          id="reason"
          name="reason"
          rows={3}
          required
          aria-required
          aria-invalid={reasonError || undefined}
          aria-describedby={reasonError ? "reason-hint reason-error" : "reason-hint"}
          maxLength={ERASURE_REASON.max}
          key={`${state.status}-${text("reason")}`}
          defaultValue={text("reason")}
          className="input"
        />
      </div>
      <button type="submit" disabled={pending} aria-disabled={pending} className="btn bg-red-800 hover:bg-red-900">
        {t("submit")}
      </button>
    </form>
  );
}
