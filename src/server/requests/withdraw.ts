import "server-only";
import { db } from "@/server/db";
import { authorize, type Principal } from "@/server/auth/principal";
import { recordAudit } from "@/server/audit/record";
import { DomainError } from "@/server/errors";
import { requestSubjectByReference } from "@/server/coordination/load";
import { queueRequestNotices } from "@/server/coordination/notifications";
import { WITHDRAWABLE } from "./own";

/** What the requester who lost the race is told: the request left SUBMITTED/UNDER_REVIEW first. */
export class NoLongerWithdrawable extends DomainError<"noLongerWithdrawable"> {
  constructor(readonly status: "APPROVED" | "DECLINED" | "WITHDRAWN") {
    super("noLongerWithdrawable");
    this.name = "NoLongerWithdrawable";
  }
}

/** The longest reason a requester may give (the history line's note column). */
export const WITHDRAWAL_REASON_MAX = 2000;

/**
 * The requester withdraws their own request (`request.withdrawOwn`) while no coordinator has
 * decided it. As in src/server/coordination/decide.ts the row is locked and its status changed
 * only WHERE it is still open, so a withdrawal racing a decision cannot overwrite it: exactly one
 * wins, and the other is told what happened. The status, the WITHDRAWN history line, the audit
 * line and the notice to the coordinators commit together. The requester's optional `reason` is the
 * history line's note, which the coordinators read in the request's history.
 */
export async function withdrawRequest(principal: Principal | null, reference: string, origin?: string, rawReason: string | null = null): Promise<void> {
  const subject = await requestSubjectByReference(reference);
  const actor = await authorize(principal, "request.withdrawOwn", subject ?? undefined);
  const reason = rawReason?.trim() || null;
  if (reason && reason.length > WITHDRAWAL_REASON_MAX) throw new DomainError("reasonTooLong", "reason");
  const id = subject!.id;
  await db().$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ status: string }[]>`SELECT status::text AS status FROM partnership_request WHERE id = ${id} FOR UPDATE`;
    const changed = await tx.partnershipRequest.updateMany({ where: { id, status: { in: [...WITHDRAWABLE] } }, data: { status: "WITHDRAWN" } });
    if (changed.count === 0) throw new NoLongerWithdrawable(locked.status as NoLongerWithdrawable["status"]);
    const request = await tx.partnershipRequest.findUniqueOrThrow({
      where: { id },
      select: {
        id: true,
        reference: true,
        requesterEmail: true,
        locale: true,
        ukrainianMunicipalityId: true,
        ukrainianMunicipality: { select: { nameEn: true, nameUk: true } },
        euMunicipality: { select: { nameEn: true, nameLocal: true } },
        proposedMunicipalityName: true,
      },
    });
    await tx.requestEvent.create({
      data: { requestId: id, actorUserId: actor.userId, kind: "WITHDRAWN", fromStatus: locked.status as (typeof WITHDRAWABLE)[number], toStatus: "WITHDRAWN", note: reason },
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "request.withdrawOwn",
      objectType: "request",
      objectId: String(id),
      outcome: "ALLOWED",
      detail: { from: locked.status },
    });
    await queueRequestNotices(
      tx,
      "withdrawn",
      {
        ...request,
        ukrainianName: { en: request.ukrainianMunicipality.nameEn, uk: request.ukrainianMunicipality.nameUk },
        euName: request.euMunicipality ? (request.euMunicipality.nameLocal ?? request.euMunicipality.nameEn) : (request.proposedMunicipalityName ?? ""),
        origin,
      },
      null,
      ["coordinator"],
    );
  });
}
