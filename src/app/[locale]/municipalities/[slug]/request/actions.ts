"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { parsePartnershipRequest, requestFormToObject } from "@/lib/partnership-request-schema";
import { DomainError } from "@/server/errors";
import { Forbidden } from "@/server/auth/principal";
import { currentPrincipal } from "@/server/auth/session";
import { clientAddress } from "@/server/abuse/client-address";
import { portalOrigin } from "@/server/portal-url";
import { SubmissionLimited, submitPartnershipRequest } from "@/server/requests/submit";
import type { RequestFormState } from "./state";

/** Sends a partnership request as the signed-in EU staff member (submitPartnershipRequest checks who). */
export async function submitRequestAction(slug: unknown, _previous: RequestFormState, form: FormData): Promise<RequestFormState> {
  if (typeof slug !== "string" || !(form instanceof FormData)) return { status: "failed", reason: "targetUnavailable", values: {} };
  const locale = await getLocale();
  const values = requestFormToObject(form);
  const parsed = parsePartnershipRequest(form);
  if (!parsed.ok) return { status: "invalid", fieldErrors: parsed.fieldErrors, values };
  let state: RequestFormState;
  try {
    const context = { locale, clientAddress: await clientAddress(), origin: await portalOrigin() };
    const { reference } = await submitPartnershipRequest(await currentPrincipal(), slug, parsed.input, context);
    state = { status: "sent", reference };
  } catch (error) {
    state = failure(error, values);
  }
  // Signed out meanwhile (or never signed in): sign in, then back to this form.
  if (state.status === "failed" && state.reason === "notAllowed" && !(await currentPrincipal())) {
    redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}/municipalities/${slug}/request`)}`);
  }
  return state;
}

function failure(error: unknown, values: Record<string, unknown>): RequestFormState {
  if (error instanceof Forbidden) return { status: "failed", reason: "notAllowed", values };
  if (error instanceof SubmissionLimited) return { status: "limited", minutes: Math.max(1, Math.ceil(error.retryAfterSeconds / 60)), values };
  if (error instanceof DomainError) {
    if (error.code === "chooseEuMunicipality") return { status: "invalid", fieldErrors: { euMunicipality: ["invalidChoice"] }, values };
    if (error.code === "targetUnavailable") return { status: "failed", reason: "targetUnavailable", values };
  }
  console.error(`request form: unexpected error ${crypto.randomUUID()}`, error);
  return { status: "failed", reason: "unexpected", values };
}
