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
  const back = (outcome: string) => redirect(`/${locale}/unsubscribe/${encodeURIComponent(typeof token === "string" ? token : "")}?${outcome}=1`);
  await runAction(form, {
    name: "unsubscribe",
    form: textForm("token"),
    call: (_principal, { token }) => unsubscribeWithToken(token),
    expected: { badLink: "badLink" },
    done: () => back("done"),
    failed: (state) => back(state.status === "failed" && state.reason === "badLink" ? "invalid" : "failed"),
  });
}
