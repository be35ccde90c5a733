import type { RequestFieldErrors } from "@/lib/partnership-request-schema";

/** What the request form shows after a submission. */
export type RequestFormState =
  | { status: "idle" }
  | { status: "invalid"; fieldErrors: RequestFieldErrors; values: Record<string, unknown> }
  | { status: "failed"; reason: "targetUnavailable" | "notAllowed" | "unexpected"; values: Record<string, unknown> }
  | { status: "limited"; minutes: number; values: Record<string, unknown> }
  | { status: "sent"; reference: string };
