import type { FormState } from "@/lib/forms/state";
import type { ProjectErrorKey, ProjectField } from "./project-form";

/** What the workspace's forms show after their actions ran (types only: safe on both sides). */
export type DocumentErrorKey = "documentUnknown" | "kindUnknown" | "titleRequired" | "titleTooLong" | "fileMissing" | "fileType" | "fileTooLarge";
export type DocumentFormState = FormState<object, "forbidden" | "notFound", "document" | "kind" | "title" | "file", DocumentErrorKey>;
export type ProjectFormState = FormState<object, "forbidden" | "notFound", ProjectField, ProjectErrorKey>;
