import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { authorize, type Principal, type Subject } from "@/server/auth/principal";
import { recordAudit } from "@/server/audit/record";
import { DomainError } from "@/server/errors";
import { enqueueMail } from "@/server/mail/outbox";
import { pairMatch } from "@/lib/interpretation/language-pairs";
import { interpretedPartnershipSubject, interpretedRequestSubject, type InterpretationTarget } from "./assigned";
import { assignmentMail } from "./mails";

export type AssignmentErrorCode = "notFound" | "interpreterNotFound" | "alreadyAssigned";

async function subjectOf(target: InterpretationTarget): Promise<Subject | null> {
  if ("requestId" in target) return Number.isSafeInteger(target.requestId) && target.requestId > 0 ? interpretedRequestSubject({ id: target.requestId }) : null;
  return interpretedPartnershipSubject(target.partnershipId);
}

const whereOf = (target: InterpretationTarget) => ("requestId" in target ? { requestId: target.requestId } : { partnershipId: target.partnershipId });

/** Who interprets a request or partnership, as both sides see it: names and language pairs. */
export async function interpretersOf(target: InterpretationTarget, client: Pick<Prisma.TransactionClient, "interpreterAssignment"> = db()) {
  const rows = await client.interpreterAssignment.findMany({
    where: { ...whereOf(target), interpreter: { active: true } },
    select: { interpreter: { select: { id: true, name: true, languagePairs: true } } },
    orderBy: { assignedAt: "asc" },
  });
  return rows.map((r) => r.interpreter);
}

/**
 * The active interpreters a coordinator can assign, those whose pairs cover the `languages` needed
 * first (a pair of Ukrainian and a needed language, then any shared language), then by name;
 * those already assigned are left out.
 */
export async function interpreterChoices(principal: Principal | null, target: InterpretationTarget, languages: readonly string[]) {
  await authorize(principal, "interpreter.manage", (await subjectOf(target)) ?? undefined);
  const assigned = new Set((await interpretersOf(target)).map((i) => i.id));
  const rows = await db().interpreter.findMany({
    where: { active: true },
    select: { id: true, name: true, languagePairs: true, paid: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return rows
    .filter((r) => !assigned.has(r.id))
    .map((r) => ({ ...r, match: pairMatch(r.languagePairs, languages) }))
    .sort((a, b) => b.match - a.match);
}

/**
 * Assigns an active interpreter to a request or partnership (interpreter.manage: coordinators and
 * administrators), audited, and tells the interpreter by mail with a link to what they now read.
 */
export async function assignInterpreter(principal: Principal | null, target: InterpretationTarget, interpreterId: number, origin?: string): Promise<void> {
  const subject = await subjectOf(target);
  const actor = await authorize(principal, "interpreter.manage", subject ?? undefined);
  if (!subject) throw new DomainError<AssignmentErrorCode>("notFound");
  await db().$transaction(async (tx) => {
    const interpreter =
      Number.isSafeInteger(interpreterId) && interpreterId > 0
        ? await tx.interpreter.findFirst({ where: { id: interpreterId, active: true }, select: { id: true, user: { select: { email: true, locale: true } } } })
        : null;
    if (!interpreter) throw new DomainError<AssignmentErrorCode>("interpreterNotFound", "interpreter");
    const existing = await tx.interpreterAssignment.findFirst({ where: { interpreterId, ...whereOf(target) }, select: { id: true } });
    if (existing) throw new DomainError<AssignmentErrorCode>("alreadyAssigned", "interpreter");
    await tx.interpreterAssignment.create({ data: { interpreterId, ...whereOf(target), assignedById: actor.userId } });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "interpreter.manage",
      objectType: subject.type,
      objectId: String(subject.id),
      outcome: "ALLOWED",
      detail: { op: "assign", interpreterId },
    });
    const what =
      "requestId" in target
        ? {
            kind: "request" as const,
            reference: (await tx.partnershipRequest.findUniqueOrThrow({ where: { id: target.requestId }, select: { reference: true } })).reference,
          }
        : { kind: "partnership" as const, id: target.partnershipId };
    await enqueueMail(tx, assignmentMail(interpreter.user.email, interpreter.user.locale, what, origin));
  });
}

/** Takes an interpreter off a request or partnership; not assigned: notFound at the field. */
export async function unassignInterpreter(principal: Principal | null, target: InterpretationTarget, interpreterId: number): Promise<void> {
  const subject = await subjectOf(target);
  const actor = await authorize(principal, "interpreter.manage", subject ?? undefined);
  if (!subject) throw new DomainError<AssignmentErrorCode>("notFound");
  await db().$transaction(async (tx) => {
    const removed = await tx.interpreterAssignment.deleteMany({
      where: { interpreterId: Number.isSafeInteger(interpreterId) ? interpreterId : -1, ...whereOf(target) },
    });
    if (removed.count === 0) throw new DomainError<AssignmentErrorCode>("interpreterNotFound", "interpreter");
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "interpreter.manage",
      objectType: subject.type,
      objectId: String(subject.id),
      outcome: "ALLOWED",
      detail: { op: "unassign", interpreterId },
    });
  });
}
