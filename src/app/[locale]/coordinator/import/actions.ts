"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.
// Who may import is decided in importPartnerships (partnership.import), never here.

import { revalidatePath } from "next/cache";
import { routing } from "@/i18n/routing";
import { IMPORT_FORM, type ImportState } from "@/lib/partnership-import/form";
import { runAction } from "@/server/forms/run-action";
import { importPartnerships, type ImportFileError } from "@/server/partnership-import/import";

/**
 * A dry run of a CSV file of partnerships and members (field `file`), or applying it (mode
 * `apply`, the file's text in `content`, as the dry run's page sent it back).
 */
export async function importPartnershipsAction(_previous: ImportState, form: FormData): Promise<ImportState> {
  return runAction(form, {
    name: "partnership import",
    form: IMPORT_FORM,
    call: async (principal, { mode, content, file }) =>
      importPartnerships(principal, file ? { bytes: new Uint8Array(await file.arrayBuffer()) } : { text: content }, mode),
    expected: {
      forbidden: "forbidden",
      empty: "empty",
      tooLarge: "tooLarge",
      encoding: "encoding",
      notCsv: "notCsv",
      tooManyLines: "tooManyLines",
      unclosedQuote: { reason: "unclosedQuote", detail: (e: ImportFileError) => ({ line: e.detail.line ?? 0 }) },
      header: { reason: "header", detail: (e: ImportFileError) => ({ missing: e.detail.missing || "—", unknown: e.detail.unknown || "—" }) },
    },
    done: ({ content, ...report }) => {
      if (report.applied) {
        for (const l of routing.locales) {
          revalidatePath(`/${l}/partnerships`);
          revalidatePath(`/${l}/network`);
        }
      }
      return { status: "done", report, content };
    },
  });
}
