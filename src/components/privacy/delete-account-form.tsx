"use client";

import { useTranslations } from "next-intl";
import type { DeleteAccountState } from "@/lib/forms/states";
import { FailureAlert } from "@/components/form/failure-alert";
import { useFormAction } from "@/components/form/use-form-action";

type Props = {
  action: (previous: DeleteAccountState, form: FormData) => Promise<DeleteAccountState>;
  accountId: string;
  email: string;
  /** The person's network role: the last holder of one cannot leave (the message names it). */
  role: "COORDINATOR" | "ADMINISTRATOR" | null;
};

/** The confirmation: the person types their own address; a failed attempt says why and deleted nothing. */
export function DeleteAccountForm({ action, accountId, email, role }: Props) {
  const t = useTranslations("privacy.delete");
  // After an error, focus goes to it: the field that was refused, or the failure message.
  const { state, formAction, pending, focusRef, errors, text } = useFormAction(action);
  const confirmationError = Boolean(errors.confirmation);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="account" value={accountId} />
      {state.status === "failed" && (
        <FailureAlert
          ref={focusRef}
          errorId={state.errorId}
          message={state.reason === "lastOfRole" ? t("errors.lastOfRole", { role: t(`roles.${role ?? "COORDINATOR"}`) }) : t(`errors.${state.reason}`)}
        />
      )}
      <div>
        <label htmlFor="confirmation" className="field-label">
          {t("confirmLabel")}
        </label>
        <span id="confirmation-hint" className="field-hint">
          {t("confirmHint", { email })}
        </span>
        {confirmationError && (
          <span id="confirmation-error" className="field-error" role="alert">
            {t("errors.confirmation")}
          </span>
        )}
        <input
          ref={confirmationError ? focusRef : undefined}
          id="confirmation"
          name="confirmation"
          type="email"
          autoComplete="off"
          required
          aria-required
          aria-invalid={confirmationError || undefined}
          aria-describedby={confirmationError ? "confirmation-hint confirmation-error" : "confirmation-hint"}
          maxLength={254}
          key={`${state.status}-${text("confirmation")}`}
          defaultValue={text("confirmation")}
          className="input max-w-md"
        />
      </div>
      <button type="submit" disabled={pending} aria-disabled={pending} className="btn bg-red-800 hover:bg-red-900">
        {t("submit")}
      </button>
    </form>
  );
}
