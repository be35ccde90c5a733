import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { cleanText } from "@/lib/plain-text";
import { authorize, type Principal } from "@/server/auth/principal";
import { recordAudit } from "@/server/audit/record";
import { DomainError, isUniqueViolation } from "@/server/errors";
import { AlreadyDecided, type DecisionErrorCode, type DecisionKind } from "./errors";
import { requestSubjectByReference } from "./load";
import { queueDecisionNotices, type Notice } from "./notifications";
import { newMunicipalityForRequest } from "./proposed-municipality";

export const NOTE_LIMITS = { min: 10, max: 2000 } as const;
/** Still in the coordinators' hands: a request waiting for the requester's answer may be decided too. */
const OPEN = ["SUBMITTED", "UNDER_REVIEW", "INFORMATION_REQUESTED"] as const;

type Decision = { kind: "approve"; note: string | null } | { kind: "decline"; note: string } | { kind: "askForInformation"; note: string };
export type DecisionResult = { status: "APPROVED" | "DECLINED" | "INFORMATION_REQUESTED"; partnershipId: number | null };

// Asking for information takes the request out of the open queue until the requester answers on
// the request's page (src/server/requests/answer.ts), which puts it back UNDER_REVIEW.
const TO_STATUS = { approve: "APPROVED", decline: "DECLINED", askForInformation: "INFORMATION_REQUESTED" } as const;
const NOTICE: Record<Decision["kind"], Notice> = { approve: "approved", decline: "declined", askForInformation: "infoRequested" };

/** A note's text, cleaned (src/lib/plain-text.ts); a DomainError on `field` when it is required and missing, or out of bounds. */
export function checkNote(value: unknown, required: boolean, field: string): string | null {
  const note = typeof value === "string" ? cleanText(value) : "";
  if (!note && !required) return null;
  if (note.length < NOTE_LIMITS.min) throw new DomainError<"noteTooShort">("noteTooShort", field);
  if (note.length > NOTE_LIMITS.max) throw new DomainError<"noteTooLong">("noteTooLong", field);
  return note;
}

/** Approves the request and creates its partnership (stage INTRODUCED, the request's areas) with it. */
export const approveRequest = (principal: Principal | null, reference: string, note?: unknown, origin?: string) =>
  decide(principal, reference, (n) => ({ kind: "approve", note: checkNote(n, false, "note") }), note, origin);

/** Declines the request; the reason (10–2000 characters) is sent to the requester. */
export const declineRequest = (principal: Principal | null, reference: string, reason: unknown, origin?: string) =>
  decide(principal, reference, (n) => ({ kind: "decline", note: checkNote(n, true, "reason")! }), reason, origin);

/** Asks the requester for more information: the request waits for their answer (INFORMATION_REQUESTED). */
export const askForInformation = (principal: Principal | null, reference: string, note: unknown, origin?: string) =>
  decide(principal, reference, (n) => ({ kind: "askForInformation", note: checkNote(n, true, "note")! }), note, origin);

/**
 * Stores one coordinator's decision. Everything it writes (status, partnership, history, audit
 * line, notices in the outbox) commits together or not at all. The request's row is locked and
 * its status changed only WHERE it is still open, so of two coordinators deciding at once
 * exactly one wins; the other gets AlreadyDecided, saying who decided and how.
 */
/** `origin`: the portal's public address (src/server/portal-url.ts), for the links in the notices. */
async function decide(principal: Principal | null, reference: string, parse: (raw: unknown) => Decision, raw: unknown, origin?: string): Promise<DecisionResult> {
  const subject = await requestSubjectByReference(reference);
  const actor = await authorize(principal, "request.decide", subject ?? undefined);
  if (!subject) throw new DomainError<DecisionErrorCode>("notFound");
  const decision = parse(raw);
  const to = TO_STATUS[decision.kind];
  try {
    return await db().$transaction(async (tx) => {
      const [locked] = await tx.$queryRaw<{ status: string }[]>`SELECT status::text AS status FROM partnership_request WHERE id = ${subject.id} FOR UPDATE`;
      if (!locked) throw new DomainError<DecisionErrorCode>("notFound");
      const now = new Date();
      const changed = await tx.partnershipRequest.updateMany({
        where: { id: subject.id, status: { in: [...OPEN] } },
        data: decision.kind === "askForInformation" ? { status: to } : { status: to, decidedAt: now, decisionNote: decision.note },
      });
      if (changed.count === 0) throw await alreadyDecided(tx, subject.id);
      const from = locked.status as (typeof OPEN)[number];
      const request = await tx.partnershipRequest.findUniqueOrThrow({
        where: { id: subject.id },
        select: {
          id: true,
          reference: true,
          requesterEmail: true,
          locale: true,
          ukrainianMunicipalityId: true,
          euMunicipalityId: true,
          proposedMunicipalityName: true,
          proposedCountry: true,
          proposedRegion: true,
          areas: { select: { areaId: true } },
          ukrainianMunicipality: { select: { nameEn: true, nameUk: true } },
          euMunicipality: { select: { nameEn: true, nameLocal: true } },
        },
      });
      let partnershipId: number | null = null;
      if (decision.kind === "approve") {
        const euId = request.euMunicipalityId ?? (await newMunicipalityForRequest(tx, request));
        const existing = await tx.partnership.findUnique({
          where: { ukrainianMunicipalityId_euMunicipalityId: { ukrainianMunicipalityId: request.ukrainianMunicipalityId, euMunicipalityId: euId } },
          select: { id: true },
        });
        if (existing) throw new DomainError<DecisionErrorCode>("partnershipExists");
        const partnership = await tx.partnership.create({
          data: {
            ukrainianMunicipalityId: request.ukrainianMunicipalityId,
            euMunicipalityId: euId,
            since: new Date(now.toISOString().slice(0, 10)),
            stage: "INTRODUCED",
            requestId: request.id,
            areas: { create: request.areas.map((a) => ({ areaId: a.areaId })) },
          },
          select: { id: true },
        });
        partnershipId = partnership.id;
      }
      await tx.requestEvent.create({
        data: {
          requestId: request.id,
          actorUserId: actor.userId,
          kind: decision.kind === "askForInformation" ? "INFO_REQUESTED" : "STATUS_CHANGED",
          fromStatus: from,
          toStatus: to,
          note: decision.note,
        },
      });
      await recordAudit(tx, {
        actorUserId: actor.userId,
        action: "request.decide",
        objectType: "request",
        objectId: String(request.id),
        outcome: "ALLOWED",
        detail: { decision: decision.kind, from, to, partnershipId },
      });
      await queueDecisionNotices(
        tx,
        NOTICE[decision.kind],
        {
          ...request,
          ukrainianName: { en: request.ukrainianMunicipality.nameEn, uk: request.ukrainianMunicipality.nameUk },
          euName: request.euMunicipality ? (request.euMunicipality.nameLocal ?? request.euMunicipality.nameEn) : (request.proposedMunicipalityName ?? ""),
          origin,
        },
        decision.note,
        actor.email,
      );
      return { status: to, partnershipId };
    });
  } catch (error) {
    const known = error instanceof DomainError ? error : isUniqueViolation(error) ? new DomainError<DecisionErrorCode>("partnershipExists") : null;
    if (!known) throw error;
    await recordAudit(db(), {
      actorUserId: actor.userId,
      action: "request.decide",
      objectType: "request",
      objectId: String(subject.id),
      outcome: "FAILED",
      detail: { decision: decision.kind, reason: known.code },
    });
    throw known;
  }
}

/** What the coordinator who lost the race is told: the request's status now, when and by whom. */
async function alreadyDecided(tx: Prisma.TransactionClient, id: number): Promise<AlreadyDecided> {
  const request = await tx.partnershipRequest.findUniqueOrThrow({ where: { id }, select: { status: true, decidedAt: true } });
  const event = await tx.requestEvent.findFirst({
    where: { requestId: id, toStatus: request.status },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: { at: true, actor: { select: { name: true, email: true } } },
  });
  const status = request.status === "APPROVED" || request.status === "DECLINED" ? request.status : "WITHDRAWN";
  return new AlreadyDecided(status satisfies DecisionKind, request.decidedAt ?? event?.at ?? null, event?.actor ? (event.actor.name ?? event.actor.email) : null);
}
