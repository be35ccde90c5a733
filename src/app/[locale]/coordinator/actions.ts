"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { Forbidden } from "@/server/auth/principal";
import { currentPrincipal } from "@/server/auth/session";
import { DomainError } from "@/server/errors";
import { decideMembership } from "@/server/memberships/decide-membership";

/** A coordinator approves or declines a membership request (decideMembership checks the role). */
export async function decideMembershipAction(form: FormData): Promise<void> {
  const locale = await getLocale();
  const id = form instanceof FormData ? Number(form.get("membership")) : NaN;
  const decision = form instanceof FormData ? form.get("decision") : null;
  let notice: string;
  try {
    if (!Number.isSafeInteger(id) || (decision !== "APPROVED" && decision !== "REJECTED")) throw new DomainError("notFound");
    notice = (await decideMembership(await currentPrincipal(), id, decision)).status;
  } catch (error) {
    if (error instanceof Forbidden) redirect(error.signedIn ? `/${locale}/coordinator` : `/${locale}/sign-in`);
    if (!(error instanceof DomainError)) throw error;
    notice = error.code;
  }
  redirect(`/${locale}/coordinator?notice=${notice}`);
}
