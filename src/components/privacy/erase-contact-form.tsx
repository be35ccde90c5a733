"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import type { EraseContactState } from "@/app/[locale]/coordinator/municipalities/[slug]/contact/state";
import { ERASURE_REASON } from "@/lib/privacy/erasure-reason";

type Props = { action: (previous: EraseContactState, form: FormData) => Promise<EraseContactState>; slug: string };

/** The coordinator's erasure: a reason for the audit log, then one button. */
export function EraseContactForm({ action, slug }: Props) {
  const t = useTranslations("privacy.erase");
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as EraseContactState);
  const field = useRef<HTMLTextAreaElement>(null);
  const failure = useRef<HTMLParagraphElement>(null);
  const reasonError = state.status === "failed" && state.reason === "reason";
  useEffect(() => {
    // After an error, focus goes to it: the field that was refused, or the failure message.
    if (reasonError) field.current?.focus();
    else if (state.status === "failed") failure.current?.focus();
  }, [state, reasonError]);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="municipality" value={slug} />
      {state.status === "failed" && !reasonError && (
        <p ref={failure} tabIndex={-1} role="alert" className="rounded border-2 border-red-700 bg-red-50 p-4 font-semibold text-red-900">
          {t(`errors.${state.reason}`, ERASURE_REASON)}
        </p>
      )}
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
          ref={field}
          id="reason"
          name="reason"
          rows={3}
          required
          aria-required
          aria-invalid={reasonError || undefined}
          aria-describedby={reasonError ? "reason-hint reason-error" : "reason-hint"}
          maxLength={ERASURE_REASON.max}
          defaultValue={state.status === "failed" ? state.typed : undefined}
          className="input"
        />
      </div>
      <button type="submit" disabled={pending} aria-disabled={pending} className="btn bg-red-800 hover:bg-red-900">
        {t("submit")}
      </button>
    </form>
  );
}
