"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.
// Whose account is deleted is decided in deleteOwnAccount (only the caller's own), never here.

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { textForm } from "@/lib/forms/parse";
import type { DeleteAccountState } from "@/lib/forms/states";
import { SESSION_COOKIE_NAMES } from "@/lib/session-cookie";
import { runAction } from "@/server/forms/run-action";
import { deleteOwnAccount } from "@/server/privacy/delete-account";

/** Deletes the signed-in person's account (form fields `account`: their id, `confirmation`: their address). */
export async function deleteAccountAction(_previous: DeleteAccountState, form: FormData): Promise<DeleteAccountState> {
  const locale = await getLocale();
  return runAction(form, {
    name: "account deletion",
    form: textForm("account", "confirmation"),
    call: (principal, { account, confirmation }) => deleteOwnAccount(principal, account, confirmation),
    expected: { forbidden: "forbidden", lastOfRole: "lastOfRole" },
    done: async () => {
      // The sessions were deleted with the account; the browser forgets its cookie too (a __Host-
      // cookie is only replaced by one that is Secure with Path=/).
      const jar = await cookies();
      for (const name of SESSION_COOKIE_NAMES) {
        if (jar.has(name)) jar.set(name, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure: name.startsWith("__Host-") });
      }
      redirect(`/${locale}/account-deleted`);
    },
  });
}
