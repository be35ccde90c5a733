"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.
// Who may erase which contact person is decided in eraseContactPerson (contact.erase), never here.

import { routing } from "@/i18n/routing";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { textForm } from "@/lib/forms/parse";
import type { EraseContactState } from "@/lib/forms/states";
import { runAction } from "@/server/forms/run-action";
import { eraseContactPerson } from "@/server/privacy/erase-contact";

/** Erases a municipality's contact person (form fields `municipality`: its slug, `reason`). */
export async function eraseContactAction(_previous: EraseContactState, form: FormData): Promise<EraseContactState> {
  const locale = await getLocale();
  return runAction(form, {
    name: "contact erasure",
    form: textForm("municipality", "reason"),
    call: (principal, { municipality, reason }) => eraseContactPerson(principal, municipality, reason),
    expected: { forbidden: "forbidden", notFound: "forbidden", noContact: "noContact", networkAccount: "networkAccount" },
    done: (_result, { municipality }) => {
      for (const l of routing.locales) {
        revalidatePath(`/${l}/municipalities/${municipality}`);
        revalidatePath(`/${l}/municipalities/${municipality}/edit`);
      }
      redirect(`/${locale}/coordinator/municipalities/${municipality}/contact?erased=1`);
    },
  });
}
