"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.
// Whose account is deleted is decided in deleteOwnAccount (only the caller's own), never here.

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { Forbidden } from "@/server/auth/principal";
import { currentPrincipal } from "@/server/auth/session";
import { DomainError } from "@/server/errors";
import { deleteOwnAccount, type DeleteAccountErrorCode } from "@/server/privacy/delete-account";
import type { DeleteAccountState } from "./state";

// Auth.js's session cookie (the __Secure- form is used over https); its row is already gone.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/** Deletes the signed-in person's account (form fields `account`: their id, `confirmation`: their address). */
export async function deleteAccountAction(_previous: DeleteAccountState, form: FormData): Promise<DeleteAccountState> {
  const locale = await getLocale();
  if (!(form instanceof FormData)) return { status: "failed", reason: "forbidden" };
  const principal = await currentPrincipal();
  try {
    await deleteOwnAccount(principal, String(form.get("account") ?? ""), String(form.get("confirmation") ?? ""));
  } catch (error) {
    if (error instanceof Forbidden) {
      if (!error.signedIn) redirect(`/${locale}/sign-in`);
      return { status: "failed", reason: "forbidden" };
    }
    if (error instanceof DomainError) {
      const code = (error as DomainError<DeleteAccountErrorCode>).code;
      if (code === "lastOfRole") return { status: "failed", reason: code, role: principal!.globalRole ?? undefined };
      return { status: "failed", reason: "confirmation" };
    }
    console.error(`account deletion: unexpected error ${crypto.randomUUID()}`, error);
    return { status: "failed", reason: "unexpected" };
  }
  // The sessions were deleted with the account; the browser forgets its cookie too.
  const jar = await cookies();
  for (const name of SESSION_COOKIES) jar.delete(name);
  redirect(`/${locale}/account-deleted`);
}
