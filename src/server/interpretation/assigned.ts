import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { db } from "@/server/db";
import type { Subject } from "@/server/auth/principal";

type Reader = Pick<PrismaClient, "interpreterAssignment" | "partnership"> | Prisma.TransactionClient;

/** What an interpreter is assigned to: a partnership request, or a partnership. */
export type InterpretationTarget = { requestId: number } | { partnershipId: number };

/**
 * The accounts of the active interpreters assigned to a request or a partnership. A partnership's
 * are those assigned to it and those assigned to the request it grew from: an interpreter who
 * followed the request stays with the partnership. For the conversation (built elsewhere) to let
 * its interpreters in, and for the interpreters' own permission checks (Subject.interpreterUserIds).
 */
export async function assignedInterpreterUserIds(tx: Reader, target: InterpretationTarget): Promise<string[]> {
  let where: Prisma.InterpreterAssignmentWhereInput;
  if ("requestId" in target) {
    where = { requestId: target.requestId };
  } else {
    const p = await tx.partnership.findUnique({ where: { id: target.partnershipId }, select: { requestId: true } });
    if (!p) return [];
    where = p.requestId ? { OR: [{ partnershipId: target.partnershipId }, { requestId: p.requestId }] } : { partnershipId: target.partnershipId };
  }
  const rows = await tx.interpreterAssignment.findMany({
    where: { ...where, interpreter: { active: true } },
    select: { interpreter: { select: { userId: true } } },
  });
  return [...new Set(rows.map((r) => r.interpreter.userId))].sort();
}

/** requestSubject, with the request's interpreters (for interpretation.readAssigned). */
export async function interpretedRequestSubject(where: { id: number } | { reference: string }, client: PrismaClient = db()): Promise<Subject | null> {
  const r = await client.partnershipRequest.findUnique({
    where,
    select: { id: true, requesterUserId: true, ukrainianMunicipalityId: true, euMunicipalityId: true },
  });
  if (!r) return null;
  return { type: "request", ...r, interpreterUserIds: await assignedInterpreterUserIds(client, { requestId: r.id }) };
}

/** partnershipSubject, with the partnership's interpreters (for meeting.read, interpretation.readAssigned). */
export async function interpretedPartnershipSubject(id: number, client: PrismaClient = db()): Promise<Subject | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const p = await client.partnership.findUnique({ where: { id }, select: { id: true, ukrainianMunicipalityId: true, euMunicipalityId: true } });
  if (!p) return null;
  return { type: "partnership", ...p, interpreterUserIds: await assignedInterpreterUserIds(client, { partnershipId: p.id }) };
}
