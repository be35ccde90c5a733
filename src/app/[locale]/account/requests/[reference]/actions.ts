"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { textForm } from "@/lib/forms/parse";
import { cleanReference } from "@/server/requests/load";
import { errorPage, runAction } from "@/server/forms/run-action";
import { portalOrigin } from "@/server/portal-url";
import { NoLongerWithdrawable, withdrawRequest } from "@/server/requests/withdraw";
import { answerInformationRequest } from "@/server/requests/answer";
import type { AnswerFormState } from "@/components/requests/answer-form";

/**
 * The requester withdraws their own request (form fields `reference`, optional `reason`), after
 * confirming it on the request's page (`?withdraw=confirm`). Success, and a coordinator's
 * decision that came first, both show the request's page again with what happened; someone
 * else's or an unknown reference leads to that page, which is a 404 for them.
 */
export async function withdrawRequestAction(form: FormData): Promise<void> {
  const locale = await getLocale();
  const reference = cleanReference(form instanceof FormData ? form.get("reference") : null) ?? "unknown";
  const page = `/${locale}/account/requests/${reference}`;
  const show = (notice: string) => {
    revalidatePath(page);
    revalidatePath(`/${locale}/account`);
    redirect(`${page}?notice=${notice}`);
  };
  // A field sent twice, or longer than any form of the portal sends, is a forged post: nothing changes.
  const forged =
    form instanceof FormData &&
    ["reference", "reason"].some((f) => form.getAll(f).length > 1 || form.getAll(f).some((v) => typeof v !== "string" || v.length > 10_000));
  if (forged) redirect(page);
  await runAction(form, {
    name: "withdrawal",
    form: textForm("reason"),
    call: async (principal, { reason }) => withdrawRequest(principal, reference, await portalOrigin(), reason),
    expected: { forbidden: "forbidden", noLongerWithdrawable: { reason: "already", detail: (error: NoLongerWithdrawable) => ({ status: error.status }) } },
    done: () => show("withdrawn"),
    failed: (state) => {
      if (state.status === "failed" && state.reason === "forbidden") redirect(page);
      // Only a forged post gets past the field's maxlength: the confirmation again, saying why.
      if (state.status === "invalid") redirect(`${page}?withdraw=confirm&problem=reasonTooLong#withdraw`);
      return state.status === "failed" && state.reason === "already" ? show(`already${state.detail!.status}`) : errorPage(state);
    },
  });
}

/**
 * The requester answers a coordinator's question (form fields `reference`, `answer`): the request
 * goes back to the coordinators, and the page shows it. Someone else's request is refused
 * (audited) and shown as such; a too short or too long answer is shown at its field.
 */
export async function answerInformationAction(_previous: AnswerFormState, form: FormData): Promise<AnswerFormState> {
  const locale = await getLocale();
  const reference = cleanReference(form instanceof FormData ? form.get("reference") : null) ?? "unknown";
  const page = `/${locale}/account/requests/${reference}`;
  return runAction(form, {
    name: "answer to a coordinator",
    form: textForm("answer"),
    call: async (principal, { answer }) => answerInformationRequest(principal, reference, answer, await portalOrigin()),
    expected: { forbidden: "forbidden", notAwaitingAnswer: "notAwaitingAnswer" },
    done: () => {
      revalidatePath(page);
      redirect(`${page}?notice=answered`);
    },
  });
}
