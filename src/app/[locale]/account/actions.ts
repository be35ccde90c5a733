"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { textForm } from "@/lib/forms/parse";
import { signOut } from "@/server/auth/auth";
import { errorPage, runAction } from "@/server/forms/run-action";
import { requestMembership } from "@/server/memberships/request-membership";
import { portalOrigin } from "@/server/portal-url";
import { setMessageDelivery } from "@/server/conversations/preferences";

/** Ends the session (deleted from the database) and goes to the home page. */
export async function signOutAction(): Promise<void> {
  const locale = await getLocale();
  await signOut({ redirectTo: `/${locale}` });
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
    failed: (state) => (state.status === "failed" && (state.reason === "unknownMunicipality" || state.reason === "tooMany") ? notice(state.reason) : errorPage(state)),
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
