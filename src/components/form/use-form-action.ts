"use client";

import { useActionState, useCallback, useEffect, useRef } from "react";
import { IDLE, type FormState, type FormValues } from "@/lib/forms/state";

type AnyFormState = FormState<object, string, string, string>;
type ErrorsOf<S> = S extends { status: "invalid"; fieldErrors: infer E } ? E : never;

/**
 * A form's state from its server action (src/server/forms/run-action.ts), whether it is pending,
 * and focus moved after each submission to what changed: the element the form gives `focusRef`
 * for the state it shows (the error summary, the failure, the refused field, the confirmation).
 * `errors` are the fields' messages; `values` what was sent after a refusal, `initial` otherwise.
 */
export function useFormAction<S extends AnyFormState>(action: (previous: S, form: FormData) => Promise<S>, initial: FormValues = {}) {
  // A form state is never a promise: S and Awaited<S> are the same type, which TypeScript cannot see for a generic S.
  const [awaited, formAction, pending] = useActionState(action as unknown as (previous: Awaited<S>, form: FormData) => Promise<Awaited<S>>, IDLE as Awaited<S>);
  const state = awaited as S;
  const target = useRef<HTMLElement | null>(null);
  const focusRef = useCallback((element: HTMLElement | null) => {
    target.current = element;
  }, []);
  useEffect(() => {
    if (state.status !== "idle") target.current?.focus();
  }, [state]);
  const errors = (state.status === "invalid" ? state.fieldErrors : {}) as Partial<ErrorsOf<S>>;
  const values = state.status === "invalid" || state.status === "failed" ? state.values : initial;
  const text = (field: string) => (typeof values[field] === "string" ? (values[field] as string) : "");
  return { state, formAction, pending, focusRef, errors, values, text };
}
