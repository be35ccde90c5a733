"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import type { DeleteAccountState } from "@/app/[locale]/account/delete/state";

type Props = {
  action: (previous: DeleteAccountState, form: FormData) => Promise<DeleteAccountState>;
  accountId: string;
  email: string;
};

/** The confirmation: the person types their own address; a failed attempt says why and deleted nothing. */
export function DeleteAccountForm({ action, accountId, email }: Props) {
  const t = useTranslations("privacy.delete");
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as DeleteAccountState);
  const field = useRef<HTMLInputElement>(null);
  const failure = useRef<HTMLParagraphElement>(null);
  const confirmationError = state.status === "failed" && state.reason === "confirmation";
  useEffect(() => {
    // After an error, focus goes to it: the field that was refused, or the failure message.
    if (confirmationError) field.current?.focus();
    else if (state.status === "failed") failure.current?.focus();
  }, [state, confirmationError]);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="account" value={accountId} />
      {state.status === "failed" && !confirmationError && (
        <p ref={failure} tabIndex={-1} role="alert" className="rounded border-2 border-red-700 bg-red-50 p-4 font-semibold text-red-900">
          {state.reason === "lastOfRole" ? t("errors.lastOfRole", { role: t(`roles.${state.role ?? "COORDINATOR"}`) }) : t(`errors.${state.reason}`)}
        </p>
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
          ref={field}
          id="confirmation"
          name="confirmation"
          type="email"
          autoComplete="off"
          required
          aria-required
          aria-invalid={confirmationError || undefined}
          aria-describedby={confirmationError ? "confirmation-hint confirmation-error" : "confirmation-hint"}
          maxLength={254}
          key={state.status === "failed" ? `typed-${state.typed ?? ""}` : "fresh"}
          defaultValue={state.status === "failed" ? state.typed : undefined}
          className="input max-w-md"
        />
      </div>
      <button type="submit" disabled={pending} aria-disabled={pending} className="btn bg-red-800 hover:bg-red-900">
        {t("submit")}
      </button>
    </form>
  );
}
