"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.
// Who may erase which contact person is decided in eraseContactPerson (contact.erase), never here.

import { routing } from "@/i18n/routing";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { Forbidden } from "@/server/auth/principal";
import { currentPrincipal } from "@/server/auth/session";
import { DomainError } from "@/server/errors";
import { eraseContactPerson, type EraseContactErrorCode } from "@/server/privacy/erase-contact";
import type { EraseContactState } from "./state";

/** Erases a municipality's contact person (form fields `municipality`: its slug, `reason`). */
export async function eraseContactAction(_previous: EraseContactState, form: FormData): Promise<EraseContactState> {
  const locale = await getLocale();
  if (!(form instanceof FormData)) return { status: "failed", reason: "forbidden" };
  const slug = String(form.get("municipality") ?? "");
  const reason = form.get("reason");
  try {
    await eraseContactPerson(await currentPrincipal(), slug, reason);
  } catch (error) {
    if (error instanceof Forbidden) {
      if (!error.signedIn) redirect(`/${locale}/sign-in`);
      return { status: "failed", reason: "forbidden" };
    }
    if (error instanceof DomainError) {
      const code = (error as DomainError<EraseContactErrorCode>).code;
      if (code === "notFound") return { status: "failed", reason: "forbidden" };
      return { status: "failed", reason: code, typed: typeof reason === "string" ? reason.slice(0, 500) : "" };
    }
    console.error(`contact erasure: unexpected error ${crypto.randomUUID()}`, error);
    return { status: "failed", reason: "unexpected" };
  }
  for (const l of routing.locales) {
    revalidatePath(`/${l}/municipalities/${slug}`);
    revalidatePath(`/${l}/municipalities/${slug}/edit`);
  }
  redirect(`/${locale}/coordinator/municipalities/${slug}/contact?erased=1`);
}
