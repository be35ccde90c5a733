"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.
// Who may propose is decided in proposeMunicipality (join.propose: any signed-in person), never here.

import { getLocale } from "next-intl/server";
import { JOIN_FORM, type JoinFormState } from "@/lib/join/schema";
import { runAction } from "@/server/forms/run-action";
import { AlreadyInPortal, ProposalLimited, proposeMunicipality } from "@/server/join/propose";

/** Proposes the person's municipality to the coordinators. */
export async function proposeMunicipalityAction(_previous: JoinFormState, form: FormData): Promise<JoinFormState> {
  const locale = await getLocale();
  return runAction(form, {
    name: "join proposal",
    form: JOIN_FORM,
    call: (principal, input) => proposeMunicipality(principal, input, locale),
    expected: {
      limited: { reason: "limited", detail: (e: ProposalLimited) => ({ minutes: Math.ceil(e.retryAfterSeconds / 60) }) },
      alreadyInPortal: { reason: "alreadyInPortal", detail: (e: AlreadyInPortal) => ({ name: e.name }) },
      alreadyProposed: "alreadyProposed",
      unknownPlace: { field: "place", key: "invalidPlace" },
    },
    done: ({ joinedExisting }) => ({ status: "done", joinedExisting }),
  });
}
