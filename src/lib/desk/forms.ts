import { z } from "zod";
import type { FormSpec } from "@/lib/forms/parse";
import type { FormState } from "@/lib/forms/state";

// The coordinators' desk's forms (src/app/[locale]/coordinator/requests): their fields and states.

export const BULK_OPERATIONS = ["assign", "ask"] as const;
export type BulkOperation = (typeof BULK_OPERATIONS)[number];

/** "none" takes the requests back from whoever had them. */
export type BulkInput = { op: BulkOperation; assignee: string; note: string; reference: string[] };
export type BulkKey = "noneSelected" | "tooMany" | "noteTooShort" | "noteTooLong" | "unknownCoordinator" | "invalid";
export type BulkField = "op" | "reference" | "assignee" | "note";

export const bulkForm: FormSpec<BulkInput, BulkField, BulkKey> = {
  schema: z.object({
    op: z.enum(BULK_OPERATIONS, { error: "invalid" }),
    assignee: z.string().max(40, { error: "unknownCoordinator" }),
    note: z.string(),
    reference: z.array(z.string().max(16)),
  }),
  text: ["op", "assignee", "note"],
  lists: ["reference"],
  errorKeys: ["noneSelected", "tooMany", "noteTooShort", "noteTooLong", "unknownCoordinator", "invalid"],
  fallback: "invalid",
};

/** What the bulk form shows: the references done and those skipped, each with why. */
export type BulkFormState = FormState<{ op: BulkOperation; done: string[]; skipped: { reference: string; reason: string }[] }, "forbidden", BulkField, BulkKey>;

export type AssignFormState = FormState<object, "forbidden" | "notFound" | "closed", "assignee", "unknownCoordinator">;
