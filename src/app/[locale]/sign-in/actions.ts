"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import type { FormSpec } from "@/lib/forms/parse";
import type { SignInState } from "@/lib/forms/states";
import { safeCallbackPath } from "@/lib/safe-redirect";
import { clientAddress } from "@/server/abuse/client-address";
import { requestSignInLink } from "@/server/auth/magic-link";
import { rememberPendingSignIn } from "@/server/auth/pending-sign-in";
import { runAction } from "@/server/forms/run-action";

const SIGN_IN_FORM: FormSpec<{ email: string; callbackUrl: string; resend: string }, "email", "invalidEmail"> = {
  schema: z.object({
    email: z
      .string()
      .trim()
      .pipe(z.email({ error: "invalidEmail" }).max(254, { error: "invalidEmail" })),
    callbackUrl: z.string(),
    resend: z.string(),
  }),
  text: ["email", "callbackUrl", "resend"],
  errorKeys: ["invalidEmail"],
  fallback: "invalidEmail",
};

export async function requestSignInLinkAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const locale = await getLocale();
  return runAction(form, {
    name: "sign-in",
    form: SIGN_IN_FORM,
    call: async (_principal, { email, callbackUrl }) => requestSignInLink(email, locale, await clientAddress(), safeCallbackPath(callbackUrl)),
    expected: {},
    done: async (result, { email, callbackUrl, resend }): Promise<SignInState> => {
      if (result.status === "limited")
        return { status: "failed", reason: "limited", values: { email }, detail: { minutes: Math.ceil(result.retryAfterSeconds / 60) } };
      if (result.status === "failed") return { status: "failed", reason: "failed", values: { email } };
      // The check-your-e-mail page repeats the address and can send the link again (the same limits apply).
      await rememberPendingSignIn({ email, callbackUrl: safeCallbackPath(callbackUrl) });
      redirect(`/${locale}/sign-in/check-email${resend === "1" ? "?resent=1" : ""}`);
    },
  });
}
