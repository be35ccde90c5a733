export type EraseContactFailure = "reason" | "noContact" | "networkAccount" | "forbidden" | "unexpected";

/** What the erasure form shows after an attempt that erased nothing. */
export type EraseContactState = { status: "idle" } | { status: "failed"; reason: EraseContactFailure; typed?: string };
