"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.
// Who may merge which municipalities is decided in mergeMunicipalities (municipality.manage).

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { textForm } from "@/lib/forms/parse";
import type { MergeState } from "@/lib/back-office/forms";
import { runAction } from "@/server/forms/run-action";
import { mergeMunicipalities } from "@/server/back-office/merge";

/** Merges municipality `from` into `into` (slugs), as confirmed on the page. */
export async function mergeAction(_previous: MergeState, form: FormData): Promise<MergeState> {
  const locale = await getLocale();
  return runAction(form, {
    name: "merge",
    form: textForm("from", "into"),
    call: (principal, { from, into }) => mergeMunicipalities(principal, from, into),
    expected: { forbidden: "forbidden", notFound: "target", same: "same", countries: "countries", inRegister: "inRegister" },
    done: (_result, { from, into }) => {
      for (const l of routing.locales) {
        revalidatePath(`/${l}/municipalities/${from}`);
        revalidatePath(`/${l}/municipalities/${into}`);
      }
      redirect(`/${locale}/coordinator/municipalities/${into}?done=merged`);
    },
  });
}
