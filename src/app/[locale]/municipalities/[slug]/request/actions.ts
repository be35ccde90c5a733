"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.

import { getLocale } from "next-intl/server";
import { readForm } from "@/lib/forms/parse";
import { REQUEST_FIELDS, REQUEST_FORM, type RequestField, type RequestFormState } from "@/lib/partnership-request-schema";
import { clientAddress } from "@/server/abuse/client-address";
import { runAction } from "@/server/forms/run-action";
import { portalOrigin } from "@/server/portal-url";
import { submitPartnershipRequest, type SubmissionLimited } from "@/server/requests/submit";
import type { OpenRequestExists } from "@/server/requests/open-requests";

/**
 * The request form's one action, in GOV.UK's "check your answers" steps, by the pressed button's
 * `intent`: `send` sends the request as the signed-in EU staff member (submitPartnershipRequest
 * checks who); `change:<field>` goes back to the form at that answer, keeping every answer; any
 * other (the form's own button, Enter in a field) checks the answers and shows them to confirm.
 * Nothing is stored before `send`.
 */
export async function submitRequestAction(slug: unknown, _previous: RequestFormState, form: FormData): Promise<RequestFormState> {
  const locale = await getLocale();
  const data = form instanceof FormData ? form : new FormData();
  const intent = data.get("intent");
  if (typeof intent === "string" && intent.startsWith("change:")) {
    const field = (REQUEST_FIELDS as readonly string[]).includes(intent.slice(7)) ? (intent.slice(7) as RequestField) : "message";
    return { status: "done", change: field, values: readForm(REQUEST_FORM, data) };
  }
  const sending = intent === "send";
  return runAction(form, {
    name: "request form",
    form: REQUEST_FORM,
    call: async (principal, input) =>
      sending ? submitPartnershipRequest(principal, String(slug), input, { locale, clientAddress: await clientAddress(), origin: await portalOrigin() }) : null,
    expected: {
      forbidden: "notAllowed",
      targetUnavailable: "targetUnavailable",
      chooseEuMunicipality: { field: "euMunicipality", key: "invalidChoice" },
      openRequestExists: { reason: "openRequest", detail: (error: OpenRequestExists) => ({ reference: error.reference }) },
      rateLimited: { reason: "limited", detail: (error: SubmissionLimited) => ({ minutes: Math.max(1, Math.ceil(error.retryAfterSeconds / 60)) }) },
    },
    done: (result) => (result ? { status: "done", reference: result.reference } : { status: "done", check: readForm(REQUEST_FORM, data) }),
  });
}
