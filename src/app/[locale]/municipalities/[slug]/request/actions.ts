"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.

import { getLocale } from "next-intl/server";
import { parsePartnershipRequest, requestFormToObject } from "@/lib/partnership-request-schema";
import { DomainError } from "@/server/errors";
import { submitPartnershipRequest } from "@/server/requests/submit";
import type { RequestFormState } from "./state";

export async function submitRequestAction(slug: unknown, _previous: RequestFormState, form: FormData): Promise<RequestFormState> {
  if (typeof slug !== "string" || !(form instanceof FormData)) return { status: "failed", reason: "targetUnavailable", values: {} };
  const values = requestFormToObject(form);
  const parsed = parsePartnershipRequest(form);
  if (!parsed.ok) return { status: "invalid", fieldErrors: parsed.fieldErrors, values };
  try {
    const { reference } = await submitPartnershipRequest(slug, parsed.input, await getLocale());
    return { status: "sent", reference };
  } catch (error) {
    if (error instanceof DomainError) {
      if (error.code === "unknownEuMunicipality") {
        return { status: "invalid", fieldErrors: { euMunicipality: ["invalidChoice"] }, values };
      }
      return { status: "failed", reason: "targetUnavailable", values };
    }
    const id = crypto.randomUUID();
    console.error(`request form: unexpected error ${id}`, error);
    return { status: "failed", reason: "unexpected", values };
  }
}
