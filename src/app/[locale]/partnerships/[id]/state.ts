import type { StageErrorCode } from "@/server/partnerships/errors";

/** What the stage form shows after a submission; a stored move (or a lost race) redirects instead. */
export type StageFormState =
  | { status: "idle" }
  | { status: "invalid"; code: Exclude<StageErrorCode, "notFound">; stage: string; note: string }
  | { status: "failed"; code: "notAllowed" | "notFound" | "unexpected"; stage: string; note: string };
