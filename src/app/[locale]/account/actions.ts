"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { textForm } from "@/lib/forms/parse";
import { signOut } from "@/server/auth/auth";
import { errorPage, runAction } from "@/server/forms/run-action";
import { requestMembership } from "@/server/memberships/request-membership";
import { portalOrigin } from "@/server/portal-url";
import { revalidatePath } from "next/cache";
import { answerForHromada } from "@/server/requests/hromada-answer";
import { cleanReference } from "@/server/requests/load";
import type { HromadaAnswerState } from "@/components/requests/hromada-answer-form";
import { ACCOUNT_SETTINGS_FORM, type AccountSettingsState } from "@/lib/account-settings-schema";
import { updateOwnSettings } from "@/server/accounts/settings";
import { setMessageDelivery } from "@/server/conversations/preferences";
import { setReminderChoices } from "@/server/notifications/mail-choices";
import { z } from "zod";

/** Ends the session (deleted from the database) and says so on the sign-in page. */
export async function signOutAction(): Promise<void> {
  const locale = await getLocale();
  await signOut({ redirectTo: `/${locale}/sign-in?signedOut=1` });
}

/** Asks a coordinator to let the signed-in person act for a municipality (form field `municipality`: its slug). */
export async function requestMembershipAction(form: FormData): Promise<void> {
  const locale = await getLocale();
  const notice = (name: string) => redirect(`/${locale}/account?notice=${name}`);
  await runAction(form, {
    name: "membership request",
    form: textForm("municipality"),
    call: async (principal, { municipality }) => requestMembership(principal, municipality, await portalOrigin()),
    expected: { unknownMunicipality: "unknownMunicipality", tooMany: "tooMany" },
    done: () => notice("asked"),
    failed: (state) =>
      state.status === "failed" && (state.reason === "unknownMunicipality" || state.reason === "tooMany") ? notice(state.reason) : errorPage(state),
  });
}

/**
 * A hromada's editor answers a request addressed to their hromada (fields `reference`, `answer`:
 * INTERESTED or NOT_NOW, `reason`); answerForHromada checks who may. The account page shows the
 * answer stored; a request decided or withdrawn meanwhile is said so, and nothing changes.
 */
export async function answerForHromadaAction(_previous: HromadaAnswerState, form: FormData): Promise<HromadaAnswerState> {
  const locale = await getLocale();
  const reference = cleanReference(form instanceof FormData ? form.get("reference") : null) ?? "unknown";
  return runAction(form, {
    name: "hromada's answer",
    form: textForm("answer", "reason"),
    call: async (principal, { answer, reason }) => answerForHromada(principal, reference, answer, reason, await portalOrigin()),
    expected: { forbidden: "forbidden", notAnswerable: "notAnswerable" },
    done: ({ answer }) => {
      revalidatePath(`/${locale}/account`);
      return { status: "done", answer };
    },
  });
}

/** The signed-in person's name, job title and mail language (fields `name`, `jobTitle`, `locale`). */
export async function updateSettingsAction(_previous: AccountSettingsState, form: FormData): Promise<AccountSettingsState> {
  const locale = await getLocale();
  return runAction(form, {
    name: "account settings",
    form: ACCOUNT_SETTINGS_FORM,
    call: (principal, input) => updateOwnSettings(principal, input),
    expected: { forbidden: "forbidden" },
    done: () => {
      revalidatePath(`/${locale}/account`);
      return { status: "done" };
    },
  });
}

/**
 * The person chooses how they hear of new messages in their conversations (form field `delivery`:
 * IMMEDIATE, DAILY or NONE), for their own account only. The account page shows the outcome.
 */
export async function saveNotificationsAction(form: FormData): Promise<void> {
  const locale = await getLocale();
  const show = (outcome: string) => redirect(`/${locale}/account?notifications=${outcome}#notifications`);
  await runAction(form, {
    name: "notification choice",
    form: textForm("delivery"),
    call: (principal, { delivery }) => setMessageDelivery(principal, delivery),
    expected: { badDelivery: "badDelivery", forbidden: "forbidden" },
    done: () => show("saved"),
    failed: (state) => (state.status === "failed" ? show(state.reason === "unexpected" ? "unexpected" : "badDelivery") : show("badDelivery")),
  });
}

/** Which reminders the person gets (form field `kinds`, once per ticked box); a kind stopped by an unsubscribe link is switched back on here. */
export async function saveReminderChoicesAction(form: FormData): Promise<void> {
  const locale = await getLocale();
  const show = (outcome: string) => redirect(`/${locale}/account?reminders=${outcome}#reminders`);
  await runAction(form, {
    name: "reminder choice",
    form: { schema: z.object({ kinds: z.array(z.string()) }), text: [], lists: ["kinds"], errorKeys: [], fallback: "badKind" },
    call: (principal, { kinds }) => setReminderChoices(principal, kinds),
    expected: { badKind: "badKind", forbidden: "forbidden" },
    done: () => show("saved"),
    failed: (state) => show(state.status === "failed" && (state.reason === "unexpected" || state.reason === "forbidden") ? state.reason : "badKind"),
  });
}
