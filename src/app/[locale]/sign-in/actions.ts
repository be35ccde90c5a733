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
import { runAction } from "@/server/forms/run-action";

const SIGN_IN_FORM: FormSpec<{ email: string; callbackUrl: string }, "email", "invalidEmail"> = {
  schema: z.object({ email: z.string().trim().pipe(z.email({ error: "invalidEmail" }).max(254, { error: "invalidEmail" })), callbackUrl: z.string() }),
  text: ["email", "callbackUrl"],
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
    done: (result, { email }): SignInState => {
      if (result.status === "limited") return { status: "failed", reason: "limited", values: { email }, detail: { minutes: Math.ceil(result.retryAfterSeconds / 60) } };
      if (result.status === "failed") return { status: "failed", reason: "failed", values: { email } };
      redirect(`/${locale}/sign-in/check-email`);
    },
  });
}
