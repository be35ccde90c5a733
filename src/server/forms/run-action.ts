import "server-only";
import { redirect } from "next/navigation";
import { readForm, validateForm, type FormSpec } from "@/lib/forms/parse";
import type { FormState, FormValues } from "@/lib/forms/state";
import { signInPath } from "@/server/auth/guard";
import { Forbidden, type Principal } from "@/server/auth/principal";
import { currentPrincipal } from "@/server/auth/session";
import { DomainError } from "@/server/errors";

/**
 * What the form shows for an expected failure, by DomainError code: a failure reason (a message
 * key of the form, with `detail` for its message when it needs some), or `field` for one shown
 * at a field. Two codes are the runner's own: `forbidden` (refused although signed in) and
 * `signedOut` (refused, not signed in: without an entry, the person is sent to sign in and back
 * to the page). A DomainError whose code is not listed is shown at its own `field` when it names
 * one, and is unexpected otherwise.
 */
export type ExpectedErrors<Reason extends string> = Partial<
  Record<string, Reason | { field: string; key: string } | { reason: Reason; detail: (error: never) => Record<string, string | number> }>
>;

type AnyFormState = FormState<object, string, string, string>;
/** What the form shows when nothing was done: field errors or a failure. */
export type Refusal<State> = Exclude<State, { status: "idle" | "done" }>;

export type ActionSpec<Input, Result, State> = {
  /** Names the action in the log. */
  name: string;
  form: FormSpec<Input, string, string>;
  /** The domain function, which checks who may do it. */
  call: (principal: Principal | null, input: Input) => Promise<Result>;
  expected: ExpectedErrors<string>;
  /** After success: revalidate and redirect, or what the form shows. */
  done: (result: Result, input: Input) => State | Promise<State>;
  /** After a refusal or failure: what the form shows (by default the refusal itself), or a redirect. */
  failed?: (state: Refusal<AnyFormState>) => State | Promise<State>;
};

/**
 * One server action, the same way every time: read the form (a forged non-form argument reads as
 * an empty form), validate it, call the domain function as the current person, and turn what it
 * throws into what the person is shown. Unexpected errors are logged with an id the person sees.
 * `State` is the form's state, taken from the action's declared return type.
 */
export async function runAction<Input, Result, State extends AnyFormState = AnyFormState>(
  form: unknown,
  spec: ActionSpec<Input, Result, NoInfer<State>>,
): Promise<State> {
  const values = readForm(spec.form, form instanceof FormData ? form : new FormData());
  const parsed = validateForm(spec.form, values);
  const fail = spec.failed ?? ((state) => state as State);
  if (!parsed.ok) return fail({ status: "invalid", fieldErrors: parsed.fieldErrors, values });
  let result: Result;
  try {
    result = await spec.call(await currentPrincipal(), parsed.input);
  } catch (error) {
    return fail(await failure(spec, error, values));
  }
  return spec.done(result, parsed.input);
}

async function failure(spec: { name: string; expected: ExpectedErrors<string> }, error: unknown, values: FormValues): Promise<Refusal<AnyFormState>> {
  const code = error instanceof Forbidden ? (error.signedIn ? "forbidden" : "signedOut") : error instanceof DomainError ? error.code : null;
  const shown = code === null ? undefined : spec.expected[code];
  if (code === "signedOut" && !shown) redirect(await signInPath());
  if (typeof shown === "string") return { status: "failed", reason: shown, values };
  if (shown && "reason" in shown) return { status: "failed", reason: shown.reason, values, detail: shown.detail(error as never) };
  const field = shown ?? (error instanceof DomainError && error.field ? { field: error.field, key: error.code } : null);
  if (field) return { status: "invalid", fieldErrors: { [field.field]: [field.key] }, values };
  const errorId = crypto.randomUUID();
  console.error(`${spec.name}: unexpected error ${errorId}`, error);
  return { status: "failed", reason: "unexpected", values, errorId };
}

/**
 * For a form that redirects to show its outcome and has no message for a failure of ours: the
 * error page, after the runner logged the error with `errorId`.
 */
export function errorPage(state: { status: string; errorId?: string }): never {
  throw new Error(`form action failed (${state.status}${state.errorId ? `, logged as ${state.errorId}` : ""})`);
}
