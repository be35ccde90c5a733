import { z } from "zod";
import type { FormSpec } from "@/lib/forms/parse";
import type { FormState } from "@/lib/forms/state";
import { IMPORT_MAX_BYTES } from "./csv";
import type { ImportReport } from "./report";

/**
 * The import form: a CSV file to look at (a dry run), or, from the dry run's "Apply" form, the
 * same file's text in a hidden field, so nothing of it is kept on the server between the two.
 */
export type ImportFileField = "file";
export type ImportFileKey = "required" | "tooLarge" | "notCsv";

/** Why a file changed nothing: its encoding, its shape or its header; `header` comes with `missing` and `unknown`, `unclosedQuote` with `line`. */
export type ImportFailure = "empty" | "tooLarge" | "encoding" | "notCsv" | "unclosedQuote" | "tooManyLines" | "header" | "forbidden";

export type ImportState = FormState<{ report: ImportReport; content: string }, ImportFailure, ImportFileField, ImportFileKey>;

export type ImportInput = { mode: "dryRun" | "apply"; content: string; file: File | null };

/** What a browser may call a CSV file; some send nothing, or Excel's type, for a .csv. */
const CSV_TYPES = ["", "text/csv", "text/plain", "application/csv", "application/vnd.ms-excel", "text/comma-separated-values"];

export const IMPORT_FORM: FormSpec<ImportInput, ImportFileField, ImportFileKey> = {
  schema: z.object({
    mode: z.enum(["dryRun", "apply"]),
    // Characters, not bytes: the domain function measures the bytes.
    content: z.string().max(IMPORT_MAX_BYTES, { error: "tooLarge" }),
    file: z.instanceof(File).nullable(),
  }),
  text: ["mode", "content"],
  read: (form, out) => {
    const file = form.get("file");
    // A file input left empty still sends a part: a file without bytes (named "blob" by some
    // parsers). An empty file is the same as none: there is nothing to check.
    out.file = file instanceof File && file.size > 0 ? file : null;
  },
  fieldOf: () => "file",
  errorKeys: ["required", "tooLarge", "notCsv"],
  fallback: "required",
  check: (values, add) => {
    const file = values.file as File | null;
    if (!file && values.content === "") add("file", "required");
    if (file && file.size > IMPORT_MAX_BYTES) add("file", "tooLarge");
    if (file && !/\.(csv|txt)$/i.test(file.name) && !CSV_TYPES.slice(1).includes(file.type)) add("file", "notCsv");
  },
};
