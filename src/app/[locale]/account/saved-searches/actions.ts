"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.
// Who may keep saved searches, and which one is whose, is decided in src/server/saved-searches
// (savedSearch.keepOwn: EU municipalities' staff, each their own searches).

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { textForm } from "@/lib/forms/parse";
import { errorPage, runAction, type ExpectedErrors } from "@/server/forms/run-action";
import { canonicalQuery, deleteSavedSearch, renameSavedSearch, saveSearch } from "@/server/saved-searches/saved-searches";
import { summariseSearch } from "@/server/saved-searches/summary";
import { listRegions } from "@/server/regions";

const EXPECTED: ExpectedErrors<string> = {
  forbidden: "notAllowed",
  notFound: "notFound",
  full: "full",
  duplicate: "duplicate",
  queryInvalid: "queryInvalid",
  queryTooLong: "queryTooLong",
  nameRequired: "nameRequired",
  nameTooLong: "nameTooLong",
};

/** The notice a refusal shows: its reason, or the key of the field refused (the name). */
function noticeOf(state: { status: string; reason?: string; fieldErrors?: Record<string, string[] | undefined> }): string | null {
  if (state.status === "failed") return state.reason === "unexpected" ? null : (state.reason ?? null);
  return state.fieldErrors?.name?.[0] ?? null;
}

/**
 * Saves the catalogue search the person is looking at (fields: `query`, the catalogue's query
 * string; `name`, left empty for the filters in words). Saved: the list of saved searches; refused:
 * back to the search, with the reason.
 */
export async function saveSearchAction(form: FormData): Promise<void> {
  const locale = (await getLocale()) as Locale;
  const raw = form instanceof FormData ? String(form.get("query") ?? "") : "";
  // Back to the search as the catalogue writes it; a query it cannot read goes back to the catalogue.
  const back = await canonicalQuery(raw).then(
    (c) => c.query,
    () => "",
  );
  const show = (notice: string): never => redirect(`/${locale}/municipalities?${back ? `${back}&` : ""}saveSearch=${notice}#save-search`);
  await runAction(form, {
    name: "saveSearch",
    form: textForm("query", "name"),
    call: async (principal, { query, name }) => {
      const typed = name.trim() === "" ? summariseSearch((await canonicalQuery(query)).filters, await listRegions(), locale) : name;
      return saveSearch(principal, { query, name: typed });
    },
    expected: EXPECTED,
    done: () => {
      revalidatePath(`/${locale}/account/saved-searches`);
      redirect(`/${locale}/account/saved-searches?notice=added#notice`);
    },
    failed: (state) => {
      const notice = noticeOf(state);
      return notice ? show(notice) : errorPage(state);
    },
  });
}

/** Renames one of the person's saved searches (fields: `id`, `name`). */
export async function renameSavedSearchAction(form: FormData): Promise<void> {
  await onList(form, "renameSavedSearch", textForm("id", "name"), (p, { id, name }) => renameSavedSearch(p, id, name ?? ""), "renamed");
}

/** Deletes one of the person's saved searches (field: `id`). */
export async function deleteSavedSearchAction(form: FormData): Promise<void> {
  await onList(form, "deleteSavedSearch", textForm("id"), (p, { id }) => deleteSavedSearch(p, id), "deleted");
}

async function onList<F extends string>(
  form: FormData,
  name: string,
  spec: ReturnType<typeof textForm<F>>,
  call: Parameters<typeof runAction<Record<F, string>, void>>[1]["call"],
  outcome: "renamed" | "deleted",
): Promise<void> {
  const locale = await getLocale();
  const show = (notice: string): never => redirect(`/${locale}/account/saved-searches?notice=${notice}#notice`);
  await runAction(form, {
    name,
    form: spec,
    call,
    expected: EXPECTED,
    done: () => {
      revalidatePath(`/${locale}/account/saved-searches`);
      return show(outcome);
    },
    failed: (state) => {
      const notice = noticeOf(state);
      return notice ? show(notice) : errorPage(state);
    },
  });
}
