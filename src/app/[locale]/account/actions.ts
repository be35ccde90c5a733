"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { signOut } from "@/server/auth/auth";
import { Forbidden } from "@/server/auth/principal";
import { currentPrincipal } from "@/server/auth/session";
import { DomainError } from "@/server/errors";
import { requestMembership } from "@/server/memberships/request-membership";

/** Ends the session (deleted from the database) and goes to the home page. */
export async function signOutAction(): Promise<void> {
  const locale = await getLocale();
  await signOut({ redirectTo: `/${locale}` });
}

/** Asks a coordinator to let the signed-in person act for a municipality. */
export async function requestMembershipAction(form: FormData): Promise<void> {
  const locale = await getLocale();
  const slug = form instanceof FormData ? String(form.get("municipality") ?? "") : "";
  let notice: "asked" | "unknownMunicipality" | "tooMany" = "asked";
  try {
    await requestMembership(await currentPrincipal(), slug);
  } catch (error) {
    if (error instanceof Forbidden) redirect(`/${locale}/sign-in`);
    if (!(error instanceof DomainError)) throw error;
    notice = error.code === "tooMany" ? "tooMany" : "unknownMunicipality";
  }
  redirect(`/${locale}/account?notice=${notice}`);
}
