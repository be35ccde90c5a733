"use client";

import { useTranslations } from "next-intl";
import type { SignInState } from "@/lib/forms/states";
import { useFormAction } from "@/components/form/use-form-action";

type Props = { action: (previous: SignInState, form: FormData) => Promise<SignInState>; email: string; callbackUrl: string | null };

/** Sends the sign-in link again to the address it went to, under the sign-in form's limits. */
export function ResendSignInForm({ action, email, callbackUrl }: Props) {
  const t = useTranslations("acting.checkEmail");
  const tSignIn = useTranslations("accounts.signIn");
  const tError = useTranslations("error");
  const { state, formAction, pending, focusRef } = useFormAction(action);
  const error =
    state.status === "invalid"
      ? tSignIn("invalidEmail")
      : state.status !== "failed"
        ? null
        : state.reason === "limited"
          ? tSignIn("limited", { minutes: Number(state.detail?.minutes) })
          : state.errorId
            ? `${tSignIn("failed")} ${tError("reference", { id: state.errorId })}`
            : tSignIn("failed");
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="email" value={email} />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <input type="hidden" name="resend" value="1" />
      <p ref={focusRef} tabIndex={-1} role={error ? "alert" : undefined} className={error ? "font-semibold text-red-900" : "sr-only"}>
        {error}
      </p>
      <button type="submit" className="btn-secondary" disabled={pending}>
        {pending ? tSignIn("sending") : t("resend")}
      </button>
    </form>
  );
}
