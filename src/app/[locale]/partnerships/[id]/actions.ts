"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { currentPrincipal } from "@/server/auth/session";
import { Forbidden } from "@/server/auth/principal";
import { changePartnershipStage } from "@/server/partnerships/stage";
import { portalOrigin } from "@/server/portal-url";
import { StageChanged, type StageErrorCode } from "@/server/partnerships/errors";
import { DomainError } from "@/server/errors";
import type { StageFormState } from "./state";

const text = (form: FormData, name: string) => (form instanceof FormData && typeof form.get(name) === "string" ? (form.get(name) as string) : "");

/**
 * Moves a partnership on (or back, or ends it). The partnership's id is bound by the page but
 * arrives from the client like the form's fields `stage`, `expected` (the stage the person saw)
 * and `note`: all are checked by the domain function.
 */
export async function changeStageAction(partnershipId: unknown, _previous: StageFormState, form: FormData): Promise<StageFormState> {
  const locale = await getLocale();
  const id = typeof partnershipId === "number" ? partnershipId : Number.NaN;
  const stage = text(form, "stage");
  const note = text(form, "note");
  const page = `/${locale}/partnerships/${Number.isSafeInteger(id) ? id : 0}`;
  let outcome: "moved" | "stale";
  try {
    await changePartnershipStage(await currentPrincipal(), id, stage, note, text(form, "expected"), await portalOrigin());
    outcome = "moved";
  } catch (error) {
    if (error instanceof Forbidden) {
      if (!error.signedIn) redirect(`/${locale}/sign-in`);
      return { status: "failed", code: "notAllowed", stage, note };
    }
    if (error instanceof StageChanged) {
      outcome = "stale";
    } else if (error instanceof DomainError) {
      const code = error.code as StageErrorCode;
      if (code === "notFound") return { status: "failed", code, stage, note };
      return { status: "invalid", code, stage, note };
    } else {
      console.error(`partnerships: stage change failed ${crypto.randomUUID()}`, error);
      return { status: "failed", code: "unexpected", stage, note };
    }
  }
  revalidatePath(page);
  revalidatePath(`/${locale}/partnerships`);
  redirect(`${page}?done=${outcome}#stage`);
}
