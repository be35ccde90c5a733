/**
 * What every form of the portal shows after its server action ran, shared by the action
 * (src/server/forms/run-action.ts) and the form's client component (useFormAction). Types only:
 * safe on both sides.
 */

/** The fields as they were sent, to be shown again after a refusal rather than typed anew. */
export type FormValues = Record<string, unknown>;

/** Each field's problems, as keys of the form's error messages in the catalogue. */
export type FieldErrors<Field extends string = string, Key extends string = string> = Partial<Record<Field, Key[]>>;

/**
 * - `invalid`: fields to correct, each with its messages.
 * - `failed`: nothing was done, for `reason` (a message key of the form); `unexpected` is a bug of
 *   ours, logged with `errorId`, which the person is shown to quote; `detail` fills the message.
 * - `done`: stored, with what the confirmation shows (forms that redirect never see it).
 */
export type FormState<Done extends object = object, Reason extends string = string, Field extends string = string, Key extends string = string> =
  | { status: "idle" }
  | { status: "invalid"; fieldErrors: FieldErrors<Field, Key>; values: FormValues }
  | { status: "failed"; reason: Reason | "unexpected"; values: FormValues; errorId?: string; detail?: Record<string, string | number> }
  | ({ status: "done" } & Done);

export type FailedState<Reason extends string = string> = Extract<FormState<object, Reason>, { status: "failed" }>;

export const IDLE = { status: "idle" } as const;
