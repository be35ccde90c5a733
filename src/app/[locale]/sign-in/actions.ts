"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { sendMagicLink } from "@/server/auth/magic-link";
import type { SignInState } from "./state";

const emailSchema = z.email().max(254);

export async function requestSignInLinkAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const raw = form instanceof FormData ? String(form.get("email") ?? "").trim() : "";
  const parsed = emailSchema.safeParse(raw);
  if (!parsed.success) return { status: "invalid", email: raw.slice(0, 254) };
  const locale = await getLocale();
  let sent: boolean;
  try {
    sent = await sendMagicLink(parsed.data, locale);
  } catch (error) {
    console.error(`sign-in: unexpected error ${crypto.randomUUID()}`, error);
    sent = false;
  }
  if (!sent) return { status: "failed", email: parsed.data };
  redirect(`/${locale}/sign-in/check-email`);
}
