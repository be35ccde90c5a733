import type { MoveRefusal } from "@/lib/partnership-stages";
import type { FormState } from "./state";

// What the smaller forms show after their action ran (the request and profile forms' states are
// beside their schemas). Success redirects for these, except where `done` is said.

export const DECISIONS = ["approve", "decline", "askForInformation"] as const;
export type DecisionName = (typeof DECISIONS)[number];
export type DecisionFormState = FormState<object, "notFound" | "noEuMunicipality" | "partnershipExists", "note", "noteTooShort" | "noteTooLong">;

export type StageFormState = FormState<object, "notAllowed" | "notFound", "stage" | "note", "invalidStage" | "noteTooLong" | MoveRefusal>;

/** Confirming, declining (with a reason) or withdrawing a partner's stage proposal. */
export type ProposalFormState = FormState<object, "notAllowed" | "notFound", "reason", "reasonMissing" | "reasonTooLong">;

/** A refused confirmation is shown at its field, with what was typed, to be corrected. */
export type DeleteAccountState = FormState<object, "lastOfRole" | "forbidden", "confirmation", "confirmation">;

export type EraseContactState = FormState<object, "noContact" | "networkAccount" | "forbidden", "reason", "reason">;

/** `limited` comes with `minutes`. */
export type SignInState = FormState<object, "failed" | "limited", "email", "invalidEmail">;
