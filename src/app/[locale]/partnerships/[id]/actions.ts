"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { textForm } from "@/lib/forms/parse";
import type { ProposalFormState, StageFormState } from "@/lib/forms/states";
import { runAction } from "@/server/forms/run-action";
import { changePartnershipStage, decideStageProposal, withdrawStageProposal } from "@/server/partnerships/stage";
import { portalOrigin } from "@/server/portal-url";
import { MEETING_FORM, type MeetingFormState } from "@/lib/interpretation/forms";
import { planMeeting } from "@/server/interpretation/meetings";

const atStage = (key: string) => ({ field: "stage", key });

/** The partnership's page after a stage step, with its outcome (`?done=`) shown at the stage section. */
async function showStage(partnershipId: unknown, outcome: StageOutcome): Promise<never> {
  const locale = await getLocale();
  const id = typeof partnershipId === "number" && Number.isSafeInteger(partnershipId) ? partnershipId : 0;
  const page = `/${locale}/partnerships/${id}`;
  revalidatePath(page);
  revalidatePath(`/${locale}/partnerships`);
  redirect(`${page}?done=${outcome}#stage`);
}

type StageOutcome = "moved" | "proposed" | "stale" | "taken" | "declined" | "withdrawn" | "closed";

/** Failures shown on the page itself (they depend on what changed meanwhile), not in the form. */
const PAGE_OUTCOMES: Partial<Record<string, StageOutcome>> = { stale: "stale", taken: "taken", closed: "closed" };

/**
 * Moves a partnership on (or back, or ends it): at once for a coordinator, as a proposal for the
 * other side to confirm for a partner. The partnership's id is bound by the page but arrives from
 * the client like the form's fields `stage`, `expected` (the stage the person saw) and `note`:
 * all are checked by the domain function.
 */
export async function changeStageAction(partnershipId: unknown, _previous: StageFormState, form: FormData): Promise<StageFormState> {
  const id = typeof partnershipId === "number" ? partnershipId : Number.NaN;
  return runAction(form, {
    name: "partnerships: stage change",
    form: textForm("stage", "note", "expected"),
    call: async (principal, { stage, note, expected }) => changePartnershipStage(principal, id, stage, note, expected, await portalOrigin()),
    expected: {
      forbidden: "notAllowed",
      notFound: "notFound",
      stageChanged: "stale",
      proposalOpen: "taken",
      noteTooLong: { field: "note", key: "noteTooLong" },
      invalidStage: atStage("invalidStage"),
      sameStage: atStage("sameStage"),
      backTooFar: atStage("backTooFar"),
      endedIsFinal: atStage("endedIsFinal"),
    },
    done: (result) => showStage(partnershipId, result.proposalId === null ? "moved" : "proposed"),
    failed: (state) =>
      state.status === "failed" && PAGE_OUTCOMES[state.reason] ? showStage(partnershipId, PAGE_OUTCOMES[state.reason]!) : (state as StageFormState),
  });
}

const PROPOSAL_ERRORS = {
  forbidden: "notAllowed",
  notFound: "notFound",
  stageChanged: "stale",
  proposalClosed: "closed",
  reasonMissing: { field: "reason", key: "reasonMissing" },
  reasonTooLong: { field: "reason", key: "reasonTooLong" },
} as const;

/**
 * The other side's (or a coordinator's) answer to a partner's stage proposal: `decision` is
 * "confirm" or "decline" (with `reason`). The proposal's and partnership's ids are bound by the
 * page and checked, with the decider's side, by the domain function.
 */
export async function decideProposalAction(
  partnershipId: unknown,
  proposalId: unknown,
  _previous: ProposalFormState,
  form: FormData,
): Promise<ProposalFormState> {
  const id = typeof proposalId === "number" ? proposalId : Number.NaN;
  return runAction(form, {
    name: "partnerships: stage proposal decision",
    form: textForm("decision", "reason"),
    call: async (principal, { decision, reason }) => decideStageProposal(principal, id, decision, reason, await portalOrigin()),
    expected: PROPOSAL_ERRORS,
    done: (_result, { decision }) => showStage(partnershipId, decision === "confirm" ? "moved" : "declined"),
    failed: (state) =>
      state.status === "failed" && PAGE_OUTCOMES[state.reason] ? showStage(partnershipId, PAGE_OUTCOMES[state.reason]!) : (state as ProposalFormState),
  });
}

/** The proposer takes back their open stage proposal (ids bound by the page, checked by the domain function). */
export async function withdrawProposalAction(
  partnershipId: unknown,
  proposalId: unknown,
  _previous: ProposalFormState,
  form: FormData,
): Promise<ProposalFormState> {
  const id = typeof proposalId === "number" ? proposalId : Number.NaN;
  return runAction(form, {
    name: "partnerships: stage proposal withdrawal",
    form: textForm(),
    call: async (principal) => withdrawStageProposal(principal, id, await portalOrigin()),
    expected: PROPOSAL_ERRORS,
    done: () => showStage(partnershipId, "withdrawn"),
    failed: (state) =>
      state.status === "failed" && PAGE_OUTCOMES[state.reason] ? showStage(partnershipId, PAGE_OUTCOMES[state.reason]!) : (state as ProposalFormState),
  });
}

/**
 * Plans a meeting of the partnership (id bound by the page, checked by the domain function with
 * every field): the sides' people and coordinators; the meeting is mailed with its calendar file.
 */
export async function planMeetingAction(partnershipId: unknown, _previous: MeetingFormState, form: FormData): Promise<MeetingFormState> {
  const locale = await getLocale();
  const id = typeof partnershipId === "number" ? partnershipId : Number.NaN;
  return runAction(form, {
    name: "partnerships: plan meeting",
    form: MEETING_FORM,
    call: async (principal, input) => planMeeting(principal, id, input, await portalOrigin()),
    expected: { forbidden: "forbidden", notFound: "notFound" },
    done: () => {
      const page = `/${locale}/partnerships/${Number.isSafeInteger(id) ? id : 0}`;
      revalidatePath(page);
      redirect(`${page}?done=meeting#meetings`);
    },
  });
}
