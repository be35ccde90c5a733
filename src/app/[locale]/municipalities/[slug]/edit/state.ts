import type { ProfileFieldErrors } from "@/lib/profile-schema";

export type ProfileFailure = "stale" | "incomplete" | "forbidden" | "signedOut" | "notFound" | "malformed" | "unexpected";

/** What the profile form shows after a save. */
export type ProfileFormState =
  | { status: "idle" }
  | { status: "invalid"; fieldErrors: ProfileFieldErrors; values: Record<string, unknown> }
  | { status: "failed"; reason: ProfileFailure; values: Record<string, unknown> }
  | { status: "saved"; version: string };

/** What the publish and confirm buttons show after they are used. */
export type ProfileStepState = { status: "idle" } | { status: "done" } | { status: "failed"; reason: ProfileFailure };
