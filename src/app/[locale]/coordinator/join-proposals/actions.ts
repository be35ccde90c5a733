"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.
// Who may decide is checked in approveProposal/rejectProposal (join.decide), never here.

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { routing } from "@/i18n/routing";
import { textForm } from "@/lib/forms/parse";
import type { JoinDecisionState } from "@/lib/join/schema";
import { runAction } from "@/server/forms/run-action";
import { approveProposal, rejectProposal } from "@/server/join/decide";
import { portalOrigin } from "@/server/portal-url";

const EXPECTED = { forbidden: "forbidden", notFound: "notFound", alreadyDecided: "alreadyDecided" } as const;
const proposalId = (value: string) => (/^\d{1,9}$/.test(value) ? Number(value) : 0);

/** Approves a proposal (field `proposal`: its id): the municipality and its staff are created. */
export async function approveProposalAction(_previous: JoinDecisionState, form: FormData): Promise<JoinDecisionState> {
  const locale = await getLocale();
  return runAction(form, {
    name: "join proposal: approve",
    form: textForm("proposal"),
    call: async (principal, { proposal }) => approveProposal(principal, proposalId(proposal), await portalOrigin()),
    expected: EXPECTED,
    done: ({ slug }) => {
      for (const l of routing.locales) revalidatePath(`/${l}/municipalities`);
      redirect(`/${locale}/coordinator/join-proposals?approved=${slug}`);
    },
  });
}

/** Rejects a proposal (fields `proposal`, `reason`), mailing the reason to its proposers. */
export async function rejectProposalAction(_previous: JoinDecisionState, form: FormData): Promise<JoinDecisionState> {
  const locale = await getLocale();
  return runAction(form, {
    name: "join proposal: reject",
    form: textForm("proposal", "reason"),
    call: (principal, { proposal, reason }) => rejectProposal(principal, proposalId(proposal), reason),
    expected: EXPECTED,
    done: () => redirect(`/${locale}/coordinator/join-proposals?rejected=1`),
  });
}
