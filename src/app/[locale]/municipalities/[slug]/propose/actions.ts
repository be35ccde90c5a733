"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.

import { getLocale } from "next-intl/server";
import { REQUEST_FORM, type RequestFormState } from "@/lib/partnership-request-schema";
import { clientAddress } from "@/server/abuse/client-address";
import { runAction } from "@/server/forms/run-action";
import { portalOrigin } from "@/server/portal-url";
import type { SubmissionLimited } from "@/server/requests/submit";
import { proposePartnership } from "@/server/requests/propose";
import type { OpenRequestExists } from "@/server/requests/open-requests";

/** A hromada's editor proposes a partnership to an EU municipality (proposePartnership checks who, and for which hromada). */
export async function proposePartnershipAction(slug: unknown, _previous: RequestFormState, form: FormData): Promise<RequestFormState> {
  const locale = await getLocale();
  return runAction(form, {
    name: "partnership proposal",
    form: REQUEST_FORM,
    call: async (principal, input) =>
      proposePartnership(principal, String(slug), input, { locale, clientAddress: await clientAddress(), origin: await portalOrigin() }),
    expected: {
      forbidden: "notAllowed",
      targetUnavailable: "targetUnavailable",
      chooseEuMunicipality: { field: "euMunicipality", key: "invalidChoice" },
      openRequestExists: { reason: "openRequest", detail: (error: OpenRequestExists) => ({ reference: error.reference }) },
      rateLimited: { reason: "limited", detail: (error: SubmissionLimited) => ({ minutes: Math.max(1, Math.ceil(error.retryAfterSeconds / 60)) }) },
    },
    done: ({ reference }) => ({ status: "done", reference }),
  });
}
