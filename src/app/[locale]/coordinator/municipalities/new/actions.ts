"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.
// Who may add a municipality is decided in createMunicipality (municipality.manage), never here.

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { createForm, type CreateState } from "@/lib/back-office/forms";
import { runAction } from "@/server/forms/run-action";
import { createMunicipality, type ExistsError } from "@/server/back-office/create";

/** Adds a municipality outside Ukraine (name, local name, country, region, population). */
export async function createMunicipalityAction(_previous: CreateState, form: FormData): Promise<CreateState> {
  const locale = await getLocale();
  return runAction(form, {
    name: "municipality creation",
    form: createForm,
    call: (principal, input) => createMunicipality(principal, input),
    expected: { forbidden: "forbidden", exists: { reason: "exists", detail: (error: ExistsError) => ({ slug: error.slug }) } },
    done: ({ slug }) => redirect(`/${locale}/coordinator/municipalities/${slug}?done=created`),
  });
}
