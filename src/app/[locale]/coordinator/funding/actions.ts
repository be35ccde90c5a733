"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.
// Who may change programmes is decided in src/server/funding/programmes.ts (funding.manage), never here.

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { routing } from "@/i18n/routing";
import type { FormSpec } from "@/lib/forms/parse";
import { PROGRAMME_FORM, type ProgrammeFormState } from "@/lib/funding/form";
import { runAction } from "@/server/forms/run-action";
import { createProgramme, markProgrammeChecked, setProgrammeRetired, updateProgramme } from "@/server/funding/programmes";

const EXPECTED = {
  forbidden: "forbidden",
  notFound: "notFound",
  slugTaken: { field: "slug", key: "slugTaken" },
  ukrainianRegions: { field: "ukrainianRegions", key: "ukrainianRegions" },
} as const;

/** Every page that shows programmes reads them anew (the pair evaluation reads through the generation cache). */
function revalidateFunding() {
  for (const l of routing.locales) {
    revalidatePath(`/${l}/funding`);
    revalidatePath(`/${l}/coordinator/funding`, "layout");
  }
}

/** A new programme (all fields of the editor, `slug` included), then the list saying so. */
export async function createProgrammeAction(_previous: ProgrammeFormState, form: FormData): Promise<ProgrammeFormState> {
  const locale = await getLocale();
  return runAction(form, {
    name: "funding: create programme",
    form: PROGRAMME_FORM,
    call: (principal, input) => createProgramme(principal, input),
    expected: EXPECTED,
    done: ({ slug }) => {
      revalidateFunding();
      redirect(`/${locale}/coordinator/funding?done=created&programme=${slug}`);
    },
  });
}

/** Saves every field of an existing programme (`slug`, a hidden field, names it). */
export async function updateProgrammeAction(_previous: ProgrammeFormState, form: FormData): Promise<ProgrammeFormState> {
  const locale = await getLocale();
  return runAction(form, {
    name: "funding: edit programme",
    form: PROGRAMME_FORM,
    call: (principal, input) => updateProgramme(principal, input.slug, input),
    expected: EXPECTED,
    done: ({ slug }) => {
      revalidateFunding();
      redirect(`/${locale}/coordinator/funding?done=saved&programme=${slug}`);
    },
  });
}

const SLUG_FORM: FormSpec<{ slug: string; retired: string }, string, never> = {
  schema: z.object({ slug: z.string().max(80), retired: z.string() }),
  text: ["slug", "retired"],
  errorKeys: [],
  fallback: undefined as never,
};

/** The list's buttons show their outcome on the list, whatever it was. */
async function backToList(outcome: string, slug: string): Promise<never> {
  const locale = await getLocale();
  revalidateFunding();
  redirect(`/${locale}/coordinator/funding?done=${outcome}&programme=${encodeURIComponent(slug)}#${encodeURIComponent(slug)}`);
}

/** "Checked today" (field `slug`). */
export async function markCheckedAction(form: FormData): Promise<void> {
  await runAction(form, {
    name: "funding: checked today",
    form: SLUG_FORM,
    call: (principal, { slug }) => markProgrammeChecked(principal, slug),
    expected: { forbidden: "notFound", notFound: "notFound" },
    done: (_result, { slug }) => backToList("checked", slug),
    failed: () => backToList("notFound", ""),
  });
}

/** Retires (`retired` = "1") or brings back (`retired` = "0") a programme (field `slug`). */
export async function setRetiredAction(form: FormData): Promise<void> {
  await runAction(form, {
    name: "funding: retire programme",
    form: SLUG_FORM,
    call: (principal, { slug, retired }) => setProgrammeRetired(principal, slug, retired === "1"),
    expected: { forbidden: "notFound", notFound: "notFound" },
    done: (_result, { slug, retired }) => backToList(retired === "1" ? "retired" : "restored", slug),
    failed: () => backToList("notFound", ""),
  });
}
