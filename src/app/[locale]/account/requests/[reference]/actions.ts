"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { Forbidden } from "@/server/auth/principal";
import { currentPrincipal } from "@/server/auth/session";
import { cleanReference } from "@/server/coordination/load";
import { portalOrigin } from "@/server/portal-url";
import { NoLongerWithdrawable, withdrawRequest } from "@/server/requests/withdraw";

/**
 * The requester withdraws their own request (form field `reference`). Success, and a coordinator's
 * decision that came first, both show the request's page again with what happened; someone
 * else's or an unknown reference leads to that page, which is a 404 for them.
 */
export async function withdrawRequestAction(form: FormData): Promise<void> {
  const locale = await getLocale();
  const reference = cleanReference(form instanceof FormData ? form.get("reference") : null) ?? "unknown";
  const page = `/${locale}/account/requests/${reference}`;
  let notice: string;
  try {
    await withdrawRequest(await currentPrincipal(), reference, await portalOrigin());
    notice = "withdrawn";
  } catch (error) {
    if (error instanceof Forbidden) redirect(error.signedIn ? page : `/${locale}/sign-in?callbackUrl=${encodeURIComponent(page)}`);
    if (!(error instanceof NoLongerWithdrawable)) throw error;
    notice = `already${error.status}`;
  }
  revalidatePath(page);
  revalidatePath(`/${locale}/account`);
  redirect(`${page}?notice=${notice}`);
}
