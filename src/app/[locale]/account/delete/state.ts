export type DeleteAccountFailure = "confirmation" | "lastOfRole" | "forbidden" | "unexpected";

/** What the deletion form shows after an attempt that deleted nothing. */
export type DeleteAccountState =
  | { status: "idle" }
  | { status: "failed"; reason: DeleteAccountFailure; role?: "COORDINATOR" | "ADMINISTRATOR" };
