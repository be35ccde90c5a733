"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { bulkForm, type BulkFormState } from "@/lib/desk/forms";
import { bulkAskForInformation, bulkAssign } from "@/server/requests/bulk";
import { runAction } from "@/server/forms/run-action";
import { portalOrigin } from "@/server/portal-url";

/**
 * A bulk action over the queue's selected rows (form fields `op`, `reference` once per row,
 * `assignee` or `note`): each request is its own audited action (src/server/requests/bulk.ts);
 * the form shows which were done and which were skipped, and the queue is shown again.
 */
export async function bulkRequestsAction(_previous: BulkFormState, form: FormData): Promise<BulkFormState> {
  const locale = await getLocale();
  return runAction(form, {
    name: "coordinator: bulk",
    form: bulkForm,
    call: async (principal, input) =>
      input.op === "assign"
        ? bulkAssign(principal, input.reference, input.assignee === "none" ? null : input.assignee)
        : bulkAskForInformation(principal, input.reference, input.note, await portalOrigin()),
    expected: {
      forbidden: "forbidden",
      noneSelected: { field: "reference", key: "noneSelected" },
      tooMany: { field: "reference", key: "tooMany" },
      unknownCoordinator: { field: "assignee", key: "unknownCoordinator" },
      noteTooShort: { field: "note", key: "noteTooShort" },
      noteTooLong: { field: "note", key: "noteTooLong" },
    },
    done: (result, input) => {
      revalidatePath(`/${locale}/coordinator/requests`);
      revalidatePath(`/${locale}/coordinator`);
      return { status: "done", op: input.op, ...result };
    },
  });
}
