import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { cleanText } from "@/lib/plain-text";
import { authorize, type Principal } from "@/server/auth/principal";
import { recordAudit } from "@/server/audit/record";
import { DomainError, isUniqueViolation } from "@/server/errors";
import { AlreadyDecided, type DecisionErrorCode, type DecisionKind } from "./errors";
import { requestSubjectByReference } from "./load";
import type { Notice } from "./notifications";
import { newMunicipalityForRequest } from "./proposed-municipality";
import { transitionRequest, type TransitionRequest } from "./transition";

export const NOTE_LIMITS = { min: 10, max: 2000 } as const;
/** Still in the coordinators' hands: a request waiting for the requester's answer may be decided too. */
const OPEN = ["SUBMITTED", "UNDER_REVIEW", "INFORMATION_REQUESTED"] as const;

type Decision = { kind: "approve"; note: string | null } | { kind: "decline"; note: string } | { kind: "askForInformation"; note: string };
export type DecisionResult = { status: "APPROVED" | "DECLINED" | "INFORMATION_REQUESTED"; partnershipId: number | null };

// Asking for information takes the request out of the open queue until the requester answers on
// the request's page (./answer.ts), which puts it back UNDER_REVIEW.
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
 * Stores one coordinator's decision through the one request transition (./transition.ts): the
 * status, the partnership of an approval, history, audit line and notices commit together, and of
 * two coordinators deciding at once exactly one wins; the other gets AlreadyDecided, saying who
 * decided and how. A decision that fails for a known reason leaves a FAILED audit line.
 * `origin`: the portal's public address (src/server/portal-url.ts), for the links in the notices.
 */
async function decide(
  principal: Principal | null,
  reference: string,
  parse: (raw: unknown) => Decision,
  raw: unknown,
  origin?: string,
): Promise<DecisionResult> {
  const subject = await requestSubjectByReference(reference);
  const actor = await authorize(principal, "request.decide", subject ?? undefined);
  if (!subject) throw new DomainError<DecisionErrorCode>("notFound");
  const decision = parse(raw);
  const to = TO_STATUS[decision.kind];
  try {
    const { also } = await transitionRequest(
      actor,
      subject.id,
      {
        action: "request.decide",
        from: OPEN,
        to,
        data: (now) => (decision.kind === "askForInformation" ? {} : { decidedAt: now, decisionNote: decision.note }),
        event: { kind: decision.kind === "askForInformation" ? "INFO_REQUESTED" : "STATUS_CHANGED", note: decision.note },
        also: async (tx, request, now) => ({ partnershipId: decision.kind === "approve" ? await createPartnership(tx, request, now) : null }),
        detail: (from, also) => ({ decision: decision.kind, from, to, partnershipId: (also.partnershipId as number | null) ?? null }),
        notice: NOTICE[decision.kind],
        noticeNote: decision.note,
        exceptActor: true,
        refused: (tx, id) => alreadyDecided(tx, id),
      },
      origin,
    );
    return { status: to, partnershipId: (also.partnershipId as number | null) ?? null };
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

/** An approval's partnership: stage INTRODUCED, the request's areas, the EU side added first when it is not yet in the portal. */
async function createPartnership(tx: Prisma.TransactionClient, request: TransitionRequest, now: Date): Promise<number> {
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
  return partnership.id;
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
  return new AlreadyDecided(
    status satisfies DecisionKind,
    request.decidedAt ?? event?.at ?? null,
    event?.actor ? (event.actor.name ?? event.actor.email) : null,
  );
}
