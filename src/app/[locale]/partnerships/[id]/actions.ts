"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { textForm } from "@/lib/forms/parse";
import type { StageFormState } from "@/lib/forms/states";
import { runAction } from "@/server/forms/run-action";
import { changePartnershipStage } from "@/server/partnerships/stage";
import { portalOrigin } from "@/server/portal-url";
import { MEETING_FORM, type MeetingFormState } from "@/lib/interpretation/forms";
import { planMeeting } from "@/server/interpretation/meetings";

const atStage = (key: string) => ({ field: "stage", key });

/**
 * Moves a partnership on (or back, or ends it). The partnership's id is bound by the page but
 * arrives from the client like the form's fields `stage`, `expected` (the stage the person saw)
 * and `note`: all are checked by the domain function.
 */
export async function changeStageAction(partnershipId: unknown, _previous: StageFormState, form: FormData): Promise<StageFormState> {
  const locale = await getLocale();
  const id = typeof partnershipId === "number" ? partnershipId : Number.NaN;
  const show = (outcome: "moved" | "stale") => {
    const page = `/${locale}/partnerships/${Number.isSafeInteger(id) ? id : 0}`;
    revalidatePath(page);
    revalidatePath(`/${locale}/partnerships`);
    redirect(`${page}?done=${outcome}#stage`);
  };
  return runAction(form, {
    name: "partnerships: stage change",
    form: textForm("stage", "note", "expected"),
    call: async (principal, { stage, note, expected }) => changePartnershipStage(principal, id, stage, note, expected, await portalOrigin()),
    expected: {
      forbidden: "notAllowed",
      notFound: "notFound",
      stageChanged: "stale",
      noteTooLong: { field: "note", key: "noteTooLong" },
      invalidStage: atStage("invalidStage"),
      sameStage: atStage("sameStage"),
      backTooFar: atStage("backTooFar"),
      endedIsFinal: atStage("endedIsFinal"),
    },
    done: () => show("moved"),
    failed: (state) => (state.status === "failed" && state.reason === "stale" ? show("stale") : (state as StageFormState)),
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
