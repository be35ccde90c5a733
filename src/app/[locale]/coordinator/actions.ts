"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { currentPrincipal } from "@/server/auth/session";
import { Forbidden } from "@/server/auth/principal";
import { decideMembership } from "@/server/memberships/decide-membership";
import { DomainError } from "@/server/errors";

/** Confirms or rejects a membership request, then shows the workspace with the outcome. */
export async function decideMembershipAction(form: FormData): Promise<void> {
  const locale = await getLocale();
  const id = Number(form instanceof FormData ? form.get("membership") : NaN);
  const decision = form instanceof FormData ? form.get("decision") : null;
  let outcome: string;
  if (!Number.isSafeInteger(id) || id <= 0 || (decision !== "APPROVED" && decision !== "REJECTED")) {
    outcome = "notFound";
  } else {
    try {
      await decideMembership(await currentPrincipal(), id, decision);
      outcome = decision === "APPROVED" ? "confirmed" : "rejected";
    } catch (error) {
      if (error instanceof Forbidden) {
        if (!error.signedIn) redirect(`/${locale}/sign-in`);
        outcome = "notFound";
      } else if (error instanceof DomainError) {
        outcome = error.code === "alreadyDecided" ? "alreadyDecided" : "notFound";
      } else {
        console.error(`coordinator: membership decision failed ${crypto.randomUUID()}`, error);
        outcome = "unexpected";
      }
    }
  }
  revalidatePath(`/${locale}/coordinator`);
  redirect(`/${locale}/coordinator?membership=${outcome}#memberships`);
}
