"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.
// Who may correct, unpublish or set the status of which municipality is decided in the domain
// functions (municipality.manage), never here.

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { textForm } from "@/lib/forms/parse";
import { conflictForm, updateForm, type ConflictState, type UnpublishState, type UpdateState } from "@/lib/back-office/forms";
import { runAction } from "@/server/forms/run-action";
import { updateMunicipality } from "@/server/back-office/update";
import { setConflictStatus } from "@/server/back-office/conflict-status";
import { unpublishMunicipality } from "@/server/back-office/unpublish";

async function after(slug: string, done: string): Promise<never> {
  const locale = await getLocale();
  for (const l of routing.locales) revalidatePath(`/${l}/municipalities/${slug}`);
  redirect(`/${locale}/coordinator/municipalities/${slug}?done=${done}`);
}

/** Corrects a municipality's names, places, type, population and website. */
export async function updateMunicipalityAction(_previous: UpdateState, form: FormData): Promise<UpdateState> {
  return runAction(form, {
    name: "municipality update",
    form: updateForm,
    call: (principal, input) => updateMunicipality(principal, input),
    expected: { forbidden: "forbidden", notFound: "forbidden" },
    done: (_result, { slug }) => after(slug, "updated"),
  });
}

/** Sets since when a hromada is occupied and on the front line (empty: not). */
export async function setConflictStatusAction(_previous: ConflictState, form: FormData): Promise<ConflictState> {
  return runAction(form, {
    name: "conflict status",
    form: conflictForm,
    call: (principal, input) => setConflictStatus(principal, input),
    expected: { forbidden: "forbidden", notFound: "forbidden", notHromada: "notHromada" },
    done: (_result, { slug }) => after(slug, "status"),
  });
}

/** Takes a published profile back to draft, with a reason (fields `slug`, `reason`). */
export async function unpublishAction(_previous: UnpublishState, form: FormData): Promise<UnpublishState> {
  return runAction(form, {
    name: "unpublish",
    form: textForm("slug", "reason"),
    call: (principal, { slug, reason }) => unpublishMunicipality(principal, slug, reason),
    expected: { forbidden: "forbidden", notFound: "forbidden", notPublished: "notPublished" },
    done: (_result, { slug }) => after(slug, "unpublished"),
  });
}
