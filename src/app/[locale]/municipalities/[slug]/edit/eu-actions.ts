"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.
// Who may edit which EU profile is decided in saveEuProfile (profile.edit, role AND object), never here.

import { revalidatePath } from "next/cache";
import { routing } from "@/i18n/routing";
import { EU_PROFILE_FORM, type EuProfileFormState } from "@/lib/eu-profile-schema";
import { runAction } from "@/server/forms/run-action";
import { saveEuProfile } from "@/server/municipalities/eu-editor";

/** Saves an EU municipality's profile; the form stays, with a confirmation. */
export async function saveEuProfileAction(slug: unknown, _previous: EuProfileFormState, form: FormData): Promise<EuProfileFormState> {
  return runAction(form, {
    name: "EU profile editor: save",
    form: EU_PROFILE_FORM,
    call: (principal, input) => saveEuProfile(principal, String(slug), input),
    // A session that ended while editing is said, not redirected: the form keeps what was typed.
    expected: { forbidden: "forbidden", signedOut: "signedOut", notFound: "notFound" },
    done: () => {
      for (const locale of routing.locales) {
        revalidatePath(`/${locale}/municipalities/${String(slug)}`);
        revalidatePath(`/${locale}/municipalities/${String(slug)}/edit`);
      }
      return { status: "done" };
    },
  });
}
