"use client";

import { useTranslations } from "next-intl";
import type { SignInState } from "@/lib/forms/states";
import { useFormAction } from "@/components/form/use-form-action";

type Props = { action: (previous: SignInState, form: FormData) => Promise<SignInState>; callbackUrl?: string | null };

/** The e-mail field and its button; the message of a refused submission is tied to the field. */
export function SignInForm({ action, callbackUrl }: Props) {
  const t = useTranslations("accounts.signIn");
  const tError = useTranslations("error");
  // Every message is the field's: focus goes back to it after each submission.
  const { state, formAction, pending, focusRef, text } = useFormAction(action);
  const error =
    state.status === "invalid"
      ? t("invalidEmail")
      : state.status !== "failed"
        ? null
        : state.reason === "limited"
          ? t("limited", { minutes: Number(state.detail?.minutes) })
          : state.errorId
            ? `${t("failed")} ${tError("reference", { id: state.errorId })}`
            : t("failed");
  return (
    <form action={formAction} noValidate className="max-w-md space-y-4">
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <div>
        <label htmlFor="email" className="field-label">
          {t("emailLabel")}
        </label>
        <span id="email-hint" className="field-hint">
          {t("emailHint")}
        </span>
        <span id="email-error" className="field-error" aria-live="polite">
          {error}
        </span>
        <input
          ref={focusRef}
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          maxLength={254}
          aria-required
          defaultValue={text("email") || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "email-hint email-error" : "email-hint"}
          className="input"
        />
      </div>
      <button type="submit" className="btn" disabled={pending}>
        {pending ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
