"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.
// Who may tell the network of an interest is decided in expressPartnerInterest (interest.express).

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { textForm } from "@/lib/forms/parse";
import { errorPage, runAction } from "@/server/forms/run-action";
import { expressPartnerInterest } from "@/server/register/interest";

/** "Tell the network you would like to partner with this hromada" (field `municipality`: its slug). */
export async function expressInterestAction(form: FormData): Promise<void> {
  const locale = await getLocale();
  const slug = String((form instanceof FormData && form.get("municipality")) || "");
  const page = /^[a-z0-9-]{1,120}$/.test(slug) ? `/${locale}/municipalities/${slug}` : `/${locale}/municipalities`;
  const show = (notice: string): never => redirect(`${page}?interest=${notice}#interest`);
  await runAction(form, {
    name: "partner interest",
    form: textForm("municipality"),
    call: (principal, { municipality }) => expressPartnerInterest(principal, municipality),
    expected: { forbidden: "notAllowed", notFound: "notFound", onPortal: "onPortal" },
    done: () => {
      revalidatePath(page);
      return show("sent");
    },
    failed: (state) => (state.status === "failed" && state.reason !== "unexpected" ? show(state.reason) : errorPage(state)),
  });
}
