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
import { SESSION_COOKIE_NAMES } from "@/lib/session-cookie";
import type { DeleteAccountState } from "./state";

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
      const typed = form.get("confirmation");
      return { status: "failed", reason: "confirmation", typed: typeof typed === "string" ? typed.slice(0, 254) : "" };
    }
    console.error(`account deletion: unexpected error ${crypto.randomUUID()}`, error);
    return { status: "failed", reason: "unexpected" };
  }
  // The sessions were deleted with the account; the browser forgets its cookie too (a __Host-
  // cookie is only replaced by one that is Secure with Path=/).
  const jar = await cookies();
  for (const name of SESSION_COOKIE_NAMES) {
    if (jar.has(name)) jar.set(name, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure: name.startsWith("__Host-") });
  }
  redirect(`/${locale}/account-deleted`);
}
