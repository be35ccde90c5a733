import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/server/db";

/** A deactivated interpreter's record (name, contact, availability) is kept this long after its last change, then deleted. */
export const FORMER_INTERPRETER_RETENTION_DAYS = 365;

/**
 * What the portal holds about a person as an interpreter and as a meeting planner, for their data
 * export: their interpreter record with what they were assigned to, and the meetings they planned.
 * Their account's deletion deletes the interpreter record (and its assignments) with it; meetings
 * stay for the partnership, without the planner.
 */
export async function interpretationDataOf(userId: string, client: PrismaClient = db()) {
  const [interpreter, meetingsPlanned] = await Promise.all([
    client.interpreter.findUnique({
      where: { userId },
      select: {
        name: true,
        languagePairs: true,
        paid: true,
        availability: true,
        contact: true,
        active: true,
        createdAt: true,
        updatedAt: true,
        assignments: { select: { assignedAt: true, request: { select: { reference: true } }, partnershipId: true }, orderBy: { assignedAt: "asc" } },
      },
    }),
    client.meeting.findMany({
      where: { plannedById: userId },
      select: {
        createdAt: true,
        title: true,
        startsAt: true,
        timeZone: true,
        durationMinutes: true,
        onlineLink: true,
        place: true,
        languages: true,
        interpretationNeeded: true,
        partnershipId: true,
      },
      orderBy: { id: "asc" },
    }),
  ]);
  return {
    interpreter: interpreter && {
      ...interpreter,
      assignments: interpreter.assignments.map((a) => ({ assignedAt: a.assignedAt, request: a.request?.reference ?? null, partnershipId: a.partnershipId })),
    },
    meetingsPlanned,
  };
}

/** Deletes the records of interpreters deactivated and unchanged for FORMER_INTERPRETER_RETENTION_DAYS (their accounts stay). */
export async function purgeFormerInterpreters(now = new Date(), client: PrismaClient = db()): Promise<number> {
  const before = new Date(now.getTime() - FORMER_INTERPRETER_RETENTION_DAYS * 86_400_000);
  const { count } = await client.interpreter.deleteMany({ where: { active: false, updatedAt: { lt: before } } });
  return count;
}
