import "server-only";
import type { Prisma, RequestEventKind, RequestStatus } from "@/generated/prisma/client";
import { db } from "@/server/db";
import type { Principal } from "@/server/auth/principal";
import type { Action } from "@/lib/permissions";
import { recordAudit } from "@/server/audit/record";
import { DomainError } from "@/server/errors";
import type { DecisionErrorCode } from "./errors";
import { queueRequestNotices, type Audience, type Notice } from "./notifications";

/** What a transition reads of its request, under the lock, for its own work and its notices. */
const requestFacts = {
  id: true,
  reference: true,
  requesterEmail: true,
  locale: true,
  direction: true,
  ukrainianMunicipalityId: true,
  euMunicipalityId: true,
  proposedMunicipalityName: true,
  proposedCountry: true,
  proposedRegion: true,
  areas: { select: { areaId: true } },
  ukrainianMunicipality: { select: { nameEn: true, nameUk: true } },
  euMunicipality: { select: { nameEn: true, nameLocal: true } },
} satisfies Prisma.PartnershipRequestSelect;
export type TransitionRequest = Prisma.PartnershipRequestGetPayload<{ select: typeof requestFacts }>;

export type RequestTransition = {
  /** The action named on the audit line. */
  action: Action;
  /** The statuses the request may be in; the update runs only WHERE its status is one of them. */
  from: readonly RequestStatus[];
  /** The status it moves to; none: it stays where it is (the hromada's answer). */
  to?: RequestStatus;
  /** Other columns written with the status (the decision's note and time, the hromada's answer). */
  data?: (now: Date) => Prisma.PartnershipRequestUpdateManyMutationInput;
  event: { kind: RequestEventKind; note: string | null };
  /** More writes of the same transaction once the status has changed (an approval's partnership); what it returns joins the audit detail. */
  also?: (tx: Prisma.TransactionClient, request: TransitionRequest, now: Date) => Promise<Record<string, unknown>>;
  /** The audit line's detail; `from` is the status found under the lock. */
  detail?: (from: RequestStatus, also: Record<string, unknown>) => Prisma.InputJsonObject | undefined;
  notice: Notice;
  /** Who is told (default: everyone concerned), the note they read, and whether the actor is spared the mail about their own step. */
  audiences?: readonly Audience[];
  noticeNote?: string | null;
  exceptActor?: boolean;
  /** The error for the loser of a race: the request was no longer in `from` when the lock was taken. */
  refused: (tx: Prisma.TransactionClient, id: number, status: RequestStatus) => Promise<Error> | Error;
};

/**
 * The one way a partnership request changes state (a coordinator's decision, the requester's
 * withdrawal or answer, the hromada's answer). The row is locked (`FOR UPDATE`) and changed only
 * WHERE its status is still one `from` allows, so of two people acting at once exactly one wins
 * and the other gets `refused`. The change, its history line, the audit line, any further writes
 * (`also`) and the notices in the outbox commit together or not at all. `actor` has been
 * authorized by the caller, on the role and on this request.
 */
export async function transitionRequest(actor: Principal, id: number, t: RequestTransition, origin?: string) {
  return db().$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ status: RequestStatus }[]>`SELECT status::text AS status FROM partnership_request WHERE id = ${id} FOR UPDATE`;
    if (!locked) throw new DomainError<DecisionErrorCode>("notFound");
    const now = new Date();
    const changed = await tx.partnershipRequest.updateMany({
      where: { id, status: { in: [...t.from] } },
      data: { ...(t.to ? { status: t.to } : {}), ...t.data?.(now) },
    });
    if (changed.count === 0) throw await t.refused(tx, id, locked.status);
    const from = locked.status;
    const to = t.to ?? from;
    const request = await tx.partnershipRequest.findUniqueOrThrow({ where: { id }, select: requestFacts });
    const also = t.also ? await t.also(tx, request, now) : {};
    await tx.requestEvent.create({
      data: { requestId: id, actorUserId: actor.userId, kind: t.event.kind, fromStatus: from, toStatus: to, note: t.event.note },
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: t.action,
      objectType: "request",
      objectId: String(id),
      outcome: "ALLOWED",
      detail: t.detail?.(from, also),
    });
    await queueRequestNotices(
      tx,
      t.notice,
      {
        ...request,
        ukrainianName: { en: request.ukrainianMunicipality.nameEn, uk: request.ukrainianMunicipality.nameUk },
        euName: request.euMunicipality ? (request.euMunicipality.nameLocal ?? request.euMunicipality.nameEn) : (request.proposedMunicipalityName ?? ""),
        origin,
      },
      t.noticeNote ?? null,
      t.audiences,
      t.exceptActor ? actor.email : null,
    );
    return { from, to, also, request };
  });
}
