export type DeleteAccountFailure = "confirmation" | "lastOfRole" | "forbidden" | "unexpected";

/** What the deletion form shows after an attempt that deleted nothing; `typed` is what was typed
 * into the confirmation, so it is shown again to be corrected rather than typed anew. */
export type DeleteAccountState =
  | { status: "idle" }
  | { status: "failed"; reason: DeleteAccountFailure; role?: "COORDINATOR" | "ADMINISTRATOR"; typed?: string };
