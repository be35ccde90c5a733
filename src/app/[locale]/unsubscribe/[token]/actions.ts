"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { textForm } from "@/lib/forms/parse";
import { runAction } from "@/server/forms/run-action";
import { unsubscribeWithToken } from "@/server/notifications/mail-choices";

/** The one click of an unsubscribe page (form field `token`): stops that kind of mail, then says so. No sign-in. */
export async function unsubscribeAction(form: FormData): Promise<void> {
  const locale = await getLocale();
  const token = form.get("token");
  // Back to the link's page; a posted value that cannot be a token goes to a page that says the link does not work.
  const shaped = typeof token === "string" && token.length <= 400 && /^[A-Za-z0-9_-]+~[A-Za-z0-9_-]+$/.test(token);
  const back = (outcome: string) => redirect(shaped ? `/${locale}/unsubscribe/${token}?${outcome}=1` : `/${locale}/unsubscribe/invalid?invalid=1`);
  await runAction(form, {
    name: "unsubscribe",
    form: textForm("token"),
    call: (_principal, { token }) => unsubscribeWithToken(token),
    expected: { badLink: "badLink" },
    done: () => back("done"),
    failed: (state) => back(state.status === "failed" && state.reason === "badLink" ? "invalid" : "failed"),
  });
}
