"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { portalOrigin } from "@/server/portal-url";
import { currentPrincipal } from "@/server/auth/session";
import { Forbidden } from "@/server/auth/principal";
import { approveRequest, askForInformation, declineRequest } from "@/server/coordination/decide";
import { AlreadyDecided } from "@/server/coordination/errors";
import { cleanReference } from "@/server/coordination/load";
import { DomainError } from "@/server/errors";
import { DECISIONS, type DecisionFormState, type DecisionName } from "./state";

const DECIDE = { approve: approveRequest, decline: declineRequest, askForInformation } as const;

/**
 * One coordinator decision on one request. The reference and decision are bound by the page but
 * arrive from the client like any other argument: both are checked. On success, and when
 * another coordinator was faster, the request's page is shown again with the outcome.
 */
export async function decideRequestAction(reference: unknown, decision: unknown, _previous: DecisionFormState, form: FormData): Promise<DecisionFormState> {
  const locale = await getLocale();
  const ref = cleanReference(reference);
  const value = form instanceof FormData && typeof form.get("note") === "string" ? (form.get("note") as string) : "";
  if (!ref || !DECISIONS.includes(decision as DecisionName)) return { status: "failed", code: "notFound", value };
  const page = `/${locale}/coordinator/requests/${ref}`;
  let notice: string;
  try {
    await DECIDE[decision as DecisionName](await currentPrincipal(), ref, value, await portalOrigin());
    notice = decision as string;
  } catch (error) {
    if (error instanceof Forbidden) {
      if (!error.signedIn) redirect(`/${locale}/sign-in`);
      return { status: "failed", code: "notFound", value };
    }
    if (error instanceof AlreadyDecided) {
      notice = "alreadyDecided";
    } else if (error instanceof DomainError) {
      if (error.code === "noteTooShort" || error.code === "noteTooLong") return { status: "invalid", code: error.code, value };
      const code = error.code === "noEuMunicipality" || error.code === "partnershipExists" ? error.code : "notFound";
      return { status: "failed", code, value };
    } else {
      console.error(`coordinator: decision failed ${crypto.randomUUID()}`, error);
      return { status: "failed", code: "unexpected", value };
    }
  }
  revalidatePath(page);
  revalidatePath(`/${locale}/coordinator`);
  redirect(`${page}?done=${notice}`);
}
