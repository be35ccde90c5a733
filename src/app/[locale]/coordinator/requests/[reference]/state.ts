/** What a decision form shows after a submission; success and "already decided" redirect instead. */
export type DecisionFormState =
  | { status: "idle" }
  | { status: "invalid"; code: "noteTooShort" | "noteTooLong"; value: string }
  | { status: "failed"; code: "notFound" | "noEuMunicipality" | "partnershipExists" | "unexpected"; value: string };

export const DECISIONS = ["approve", "decline", "askForInformation"] as const;
export type DecisionName = (typeof DECISIONS)[number];
