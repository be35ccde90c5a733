import "server-only";
import { db } from "@/server/db";
import { authorize, Forbidden, type Principal } from "@/server/auth/principal";
import { recordAudit } from "@/server/audit/record";
import { DomainError } from "@/server/errors";
import { assignRequest, isCoordinator } from "./assign";
import { askForInformation, checkNote } from "./decide";
import { cleanReference } from "./load";

/** At most this many requests in one bulk action (the queue shows 20 a page). */
export const BULK_LIMIT = 100;

export type BulkResult = { done: string[]; skipped: { reference: string; reason: string }[] };
export type BulkErrorCode = "noneSelected" | "tooMany" | "unknownCoordinator";

/**
 * The coordinators' bulk actions over a selection of the queue. Each request is its own action,
 * in its own transaction, through the same domain function as on the request's page (authorized
 * on the role and on that request, one audit line each): a request that cannot take the action
 * (decided meanwhile, not found) is skipped and named in the result, with a FAILED audit line,
 * while the others proceed. One transaction for the whole selection would let one decided request
 * undo the others, and would hold the locks of every row while the notices are queued; per
 * request, each is either wholly done (status, history, audit, mails) or not at all.
 * What is wrong with the bulk itself (nothing selected, a bad note, an unknown coordinator) refuses
 * it before any request is touched.
 */
export async function bulkAssign(principal: Principal | null, references: readonly unknown[], assigneeId: string | null): Promise<BulkResult> {
  const actor = await authorize(principal, "request.assign");
  const selection = cleanSelection(references);
  if (assigneeId !== null && !(await isCoordinator(assigneeId))) {
    await recordAudit(db(), {
      actorUserId: actor.userId,
      action: "request.assign",
      outcome: "FAILED",
      detail: { reason: "unknownCoordinator", bulk: selection.length },
    });
    throw new DomainError<BulkErrorCode>("unknownCoordinator", "assignee");
  }
  return eachRequest(selection, (reference) => assignRequest(actor, reference, assigneeId));
}

/** Asks each selected request's requester for information, with the same note (src/server/requests/decide.ts). */
export async function bulkAskForInformation(principal: Principal | null, references: readonly unknown[], note: unknown, origin?: string): Promise<BulkResult> {
  const actor = await authorize(principal, "request.decide");
  const selection = cleanSelection(references);
  const checked = checkNote(note, true, "note");
  return eachRequest(selection, (reference) => askForInformation(actor, reference, checked, origin));
}

function cleanSelection(references: readonly unknown[]): string[] {
  const selection = [...new Set(references.map(cleanReference).filter((r): r is string => r !== null))];
  if (selection.length === 0) throw new DomainError<BulkErrorCode>("noneSelected", "reference");
  if (selection.length > BULK_LIMIT) throw new DomainError<BulkErrorCode>("tooMany", "reference");
  return selection;
}

async function eachRequest(selection: string[], act: (reference: string) => Promise<unknown>): Promise<BulkResult> {
  const result: BulkResult = { done: [], skipped: [] };
  for (const reference of selection) {
    try {
      await act(reference);
      result.done.push(reference);
    } catch (error) {
      if (error instanceof Forbidden) throw error;
      if (!(error instanceof DomainError)) throw error;
      result.skipped.push({ reference, reason: error.code });
    }
  }
  return result;
}
