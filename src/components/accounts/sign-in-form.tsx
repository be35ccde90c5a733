"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import type { SignInState } from "@/app/[locale]/sign-in/state";

type Props = { action: (previous: SignInState, form: FormData) => Promise<SignInState>; callbackUrl?: string | null };

/** The e-mail field and its button; the message of a refused submission is tied to the field. */
export function SignInForm({ action, callbackUrl }: Props) {
  const t = useTranslations("accounts.signIn");
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as SignInState);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (state.status !== "idle") inputRef.current?.focus();
  }, [state]);
  const error =
    state.status === "invalid"
      ? t("invalidEmail")
      : state.status === "failed"
        ? t("failed")
        : state.status === "limited"
          ? t("limited", { minutes: state.minutes })
          : null;
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
          ref={inputRef}
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          maxLength={254}
          aria-required
          defaultValue={state.status === "idle" ? undefined : state.email}
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
