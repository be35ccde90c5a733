import "server-only";
import { db } from "@/server/db";
import { authorize, type Principal } from "@/server/auth/principal";
import { recordAudit } from "@/server/audit/record";
import { DomainError } from "@/server/errors";
import { requestSubjectByReference } from "./load";
import { UNDECIDED } from "./queue";

export type AssignErrorCode = "notFound" | "unknownCoordinator" | "closed";

/**
 * Gives a request to a coordinator (`assigneeId`; null takes it back from whoever had it). Only
 * coordinators and administrators assign (request.assign; a refusal is audited), only to one of
 * the network's coordinators or administrators, and only while the request is undecided: a
 * decided request is no one's work any more. The change and its audit line commit together; of
 * two coordinators assigning at once, the later write wins and both are on the log.
 */
export async function assignRequest(
  principal: Principal | null,
  reference: string,
  assigneeId: string | null,
): Promise<{ reference: string; assigneeId: string | null }> {
  const subject = await requestSubjectByReference(reference);
  const actor = await authorize(principal, "request.assign", subject ?? undefined);
  if (!subject) throw new DomainError<AssignErrorCode>("notFound");
  const failed = async (code: AssignErrorCode) => {
    await recordAudit(db(), {
      actorUserId: actor.userId,
      action: "request.assign",
      objectType: "request",
      objectId: String(subject.id),
      outcome: "FAILED",
      detail: { reason: code },
    });
    return new DomainError<AssignErrorCode>(code, code === "unknownCoordinator" ? "assignee" : undefined);
  };
  if (assigneeId !== null && !(await isCoordinator(assigneeId))) throw await failed("unknownCoordinator");
  const changed = await db().$transaction(async (tx) => {
    const [before] = await tx.$queryRaw<{ assignee_id: string | null }[]>`SELECT assignee_id FROM partnership_request WHERE id = ${subject.id} FOR UPDATE`;
    const updated = await tx.partnershipRequest.updateMany({ where: { id: subject.id, status: { in: [...UNDECIDED] } }, data: { assigneeId } });
    if (updated.count === 0) return false;
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "request.assign",
      objectType: "request",
      objectId: String(subject.id),
      outcome: "ALLOWED",
      // User ids, never addresses: the log is kept after an account is erased.
      detail: { from: before?.assignee_id ?? null, to: assigneeId },
    });
    return true;
  });
  if (!changed) throw await failed("closed");
  return { reference, assigneeId };
}

/** Whether `userId` is one of the network's coordinators or administrators; an id of the wrong shape (forged, a NUL byte) is not asked about. */
export async function isCoordinator(userId: string): Promise<boolean> {
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(userId)) return false;
  return (await db().user.count({ where: { id: userId, role: { not: null } } })) === 1;
}
