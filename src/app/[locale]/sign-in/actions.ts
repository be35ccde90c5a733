"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { requestSignInLink, type SignInLinkResult } from "@/server/auth/magic-link";
import { safeCallbackPath } from "@/lib/safe-redirect";
import { clientAddress } from "@/server/abuse/client-address";
import type { SignInState } from "./state";

const emailSchema = z.email().max(254);

export async function requestSignInLinkAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const raw = form instanceof FormData ? String(form.get("email") ?? "").trim() : "";
  const parsed = emailSchema.safeParse(raw);
  if (!parsed.success) return { status: "invalid", email: raw.slice(0, 254) };
  const locale = await getLocale();
  let result: SignInLinkResult;
  try {
    result = await requestSignInLink(parsed.data, locale, await clientAddress(), safeCallbackPath(form.get("callbackUrl")));
  } catch (error) {
    console.error(`sign-in: unexpected error ${crypto.randomUUID()}`, error);
    result = { status: "failed" };
  }
  if (result.status === "limited") return { status: "limited", email: parsed.data, minutes: Math.ceil(result.retryAfterSeconds / 60) };
  if (result.status === "failed") return { status: "failed", email: parsed.data };
  redirect(`/${locale}/sign-in/check-email`);
}
