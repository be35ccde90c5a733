"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.
// Who may keep and assign interpreters is decided in src/server/interpretation (interpreter.manage), never here.

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import type { FormSpec } from "@/lib/forms/parse";
import { INTERPRETER_FORM, type InterpreterFormState } from "@/lib/interpretation/forms";
import { runAction } from "@/server/forms/run-action";
import { createInterpreter, setInterpreterActive, updateInterpreter } from "@/server/interpretation/interpreters";
import { assignInterpreter, unassignInterpreter } from "@/server/interpretation/assignments";
import { portalOrigin } from "@/server/portal-url";

const EXPECTED = { forbidden: "forbidden", notFound: "notFound", emailTaken: { field: "email", key: "emailTaken" } } as const;

async function toList(outcome: string): Promise<never> {
  const locale = await getLocale();
  revalidatePath(`/${locale}/coordinator/interpreters`, "layout");
  redirect(`/${locale}/coordinator/interpreters?done=${outcome}`);
}

/** A new interpreter (every field of the form). */
export async function createInterpreterAction(_previous: InterpreterFormState, form: FormData): Promise<InterpreterFormState> {
  return runAction(form, {
    name: "interpreters: create",
    form: INTERPRETER_FORM,
    call: (principal, input) => createInterpreter(principal, input),
    expected: EXPECTED,
    done: () => toList("created"),
  });
}

/** Saves an interpreter (hidden field `id` names them). */
export async function updateInterpreterAction(_previous: InterpreterFormState, form: FormData): Promise<InterpreterFormState> {
  const id = Number(form instanceof FormData ? form.get("id") : NaN);
  return runAction(form, {
    name: "interpreters: update",
    form: INTERPRETER_FORM,
    call: (principal, input) => updateInterpreter(principal, id, input),
    expected: EXPECTED,
    done: () => toList("saved"),
  });
}

const ACTIVE_FORM: FormSpec<{ id: string; active: string }, string, never> = {
  // "1" brings an interpreter back, "0" deactivates: anything else is a forged form and changes nothing.
  schema: z.object({ id: z.string().max(12), active: z.enum(["0", "1"]) }),
  text: ["id", "active"],
  errorKeys: [],
  fallback: undefined as never,
};

/** Deactivates (`active` = "0") or brings back (`active` = "1") an interpreter (field `id`). */
export async function setInterpreterActiveAction(form: FormData): Promise<void> {
  await runAction(form, {
    name: "interpreters: active",
    form: ACTIVE_FORM,
    call: (principal, { id, active }) => setInterpreterActive(principal, Number(id), active === "1"),
    expected: { forbidden: "notFound", notFound: "notFound" },
    done: (_r, { active }) => toList(active === "1" ? "activated" : "deactivated"),
    failed: () => toList("notFound"),
  });
}

const ASSIGN_FORM: FormSpec<{ target: string; id: string; interpreter: string; back: string }, string, never> = {
  schema: z.object({ target: z.enum(["request", "partnership"]), id: z.string().max(12), interpreter: z.string().max(12), back: z.string().max(300) }),
  text: ["target", "id", "interpreter", "back"],
  errorKeys: [],
  fallback: undefined as never,
};

/** Only back to a page of the portal's own, in the current locale. */
async function backTo(back: string, outcome: string): Promise<never> {
  const locale = await getLocale();
  const path = /^\/(coordinator\/requests\/[A-Za-z0-9-]{1,16}|partnerships\/\d{1,9})$/.test(back) ? back : "/coordinator";
  revalidatePath(`/${locale}${path}`);
  redirect(`/${locale}${path}?interpretation=${outcome}#interpretation`);
}

const targetOf = (target: string, id: string) => (target === "request" ? { requestId: Number(id) } : { partnershipId: Number(id) });

/** Assigns an interpreter (fields target request|partnership, id, interpreter, back). */
export async function assignInterpreterAction(form: FormData): Promise<void> {
  await runAction(form, {
    name: "interpreters: assign",
    form: ASSIGN_FORM,
    call: async (principal, { target, id, interpreter }) => assignInterpreter(principal, targetOf(target, id), Number(interpreter), await portalOrigin()),
    expected: { forbidden: "forbidden", notFound: "notFound", interpreterNotFound: "interpreterNotFound", alreadyAssigned: "alreadyAssigned" },
    done: (_r, { back }) => backTo(back, "assigned"),
    failed: async (state) => backTo(String(state.values.back ?? ""), state.status === "failed" ? state.reason : "invalid"),
  });
}

/** Takes an interpreter off (fields target, id, interpreter, back). */
export async function unassignInterpreterAction(form: FormData): Promise<void> {
  await runAction(form, {
    name: "interpreters: unassign",
    form: ASSIGN_FORM,
    call: (principal, { target, id, interpreter }) => unassignInterpreter(principal, targetOf(target, id), Number(interpreter)),
    expected: { forbidden: "forbidden", notFound: "notFound", interpreterNotFound: "interpreterNotFound" },
    done: (_r, { back }) => backTo(back, "unassigned"),
    failed: async (state) => backTo(String(state.values.back ?? ""), state.status === "failed" ? state.reason : "invalid"),
  });
}
