import "server-only";
import type { Principal } from "@/server/auth/principal";
import type { PartnershipRequestInput } from "@/lib/partnership-request-schema";
import { sendRequest, type SubmitContext, type SubmitResult, type Way } from "./submit";

const TO_EU: Way = {
  direction: "TO_EU",
  action: "request.propose",
  senderKind: "MUNICIPALITY_EDITOR",
  // Any published profile of a municipality outside Ukraine: EU profiles say no "seeks partners".
  target: (slug) => ({ slug, country: { not: "UA" }, status: "PUBLISHED" }),
};

/**
 * A hromada's editor proposes a partnership to a published EU municipality, on behalf of their
 * own hromada (`request.propose`, on that hromada): the request flow of submit.ts reversed. The
 * request records its direction (TO_EU) and goes through the same coordinators' queue; the form's
 * `euMunicipality` field chooses among the editor's hromadas when they edit several.
 */
export const proposePartnership = (
  principal: Principal | null,
  targetSlug: string,
  input: PartnershipRequestInput,
  context: SubmitContext,
): Promise<SubmitResult> => sendRequest(principal, targetSlug, input, context, TO_EU);
