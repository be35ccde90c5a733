"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { textForm } from "@/lib/forms/parse";
import { DECISIONS, type DecisionFormState, type DecisionName } from "@/lib/forms/states";
import { approveRequest, askForInformation, declineRequest } from "@/server/requests/decide";
import { cleanReference } from "@/server/requests/load";
import { DomainError } from "@/server/errors";
import { runAction } from "@/server/forms/run-action";
import { portalOrigin } from "@/server/portal-url";
import { addInternalNote } from "@/server/conversations/notes";
import type { InternalNoteFormState } from "@/components/conversations/internal-note-form";
import type { AssignFormState } from "@/lib/desk/forms";
import { assignRequest } from "@/server/requests/assign";

const DECIDE = { approve: approveRequest, decline: declineRequest, askForInformation } as const;

/**
 * One coordinator decision on one request. The reference and decision are bound by the page but
 * arrive from the client like any other argument: both are checked. On success, and when
 * another coordinator was faster, the request's page is shown again with the outcome.
 */
export async function decideRequestAction(reference: unknown, decision: unknown, _previous: DecisionFormState, form: FormData): Promise<DecisionFormState> {
  const locale = await getLocale();
  const ref = cleanReference(reference);
  const show = (notice: string) => {
    const page = `/${locale}/coordinator/requests/${ref}`;
    revalidatePath(page);
    revalidatePath(`/${locale}/coordinator`);
    revalidatePath(`/${locale}/coordinator/requests`);
    redirect(`${page}?done=${notice}`);
  };
  return runAction(form, {
    name: "coordinator: decision",
    form: textForm("note"),
    call: async (principal, { note }) => {
      if (!ref || !DECISIONS.includes(decision as DecisionName)) throw new DomainError("notFound");
      return DECIDE[decision as DecisionName](principal, ref, note, await portalOrigin());
    },
    expected: {
      forbidden: "notFound",
      notFound: "notFound",
      noEuMunicipality: "noEuMunicipality",
      partnershipExists: "partnershipExists",
      alreadyDecided: "alreadyDecided",
      noteTooShort: { field: "note", key: "noteTooShort" },
      noteTooLong: { field: "note", key: "noteTooLong" },
    },
    done: () => show(decision as DecisionName),
    failed: (state) => (state.status === "failed" && state.reason === "alreadyDecided" ? show("alreadyDecided") : (state as DecisionFormState)),
  });
}

/**
 * A coordinator adds an internal note to a request (form fields `reference`, `note`): for
 * coordinators only, never shown or mailed to the municipalities. Others are refused (audited).
 */
export async function addInternalNoteAction(_previous: InternalNoteFormState, form: FormData): Promise<InternalNoteFormState> {
  const locale = await getLocale();
  const reference = cleanReference(form instanceof FormData ? form.get("reference") : null) ?? "unknown";
  const page = `/${locale}/coordinator/requests/${reference}`;
  return runAction(form, {
    name: "internal note",
    form: textForm("note"),
    call: (principal, { note }) => addInternalNote(principal, reference, note),
    expected: { forbidden: "forbidden", notFound: "forbidden" },
    done: () => {
      revalidatePath(page);
      redirect(`${page}?done=note#internal-notes`);
    },
  });
}

/**
 * A coordinator assigns the request (form field `assignee`: a coordinator's user id, or "none"
 * to take it back) — "Assign to me" sends their own id. Only coordinators and administrators,
 * only to a coordinator or administrator (src/server/requests/assign.ts); refusals are audited.
 */
export async function assignRequestAction(reference: unknown, _previous: AssignFormState, form: FormData): Promise<AssignFormState> {
  const locale = await getLocale();
  const ref = cleanReference(reference);
  return runAction(form, {
    name: "coordinator: assign",
    form: textForm("assignee"),
    call: (principal, { assignee }) => assignRequest(principal, ref ?? "-", assignee === "none" || assignee === "" ? null : assignee),
    expected: {
      forbidden: "forbidden",
      notFound: "notFound",
      closed: "closed",
      unknownCoordinator: { field: "assignee", key: "unknownCoordinator" },
    },
    done: () => {
      const page = `/${locale}/coordinator/requests/${ref}`;
      revalidatePath(page);
      revalidatePath(`/${locale}/coordinator/requests`);
      redirect(`${page}?done=assigned#assignment`);
    },
  });
}
