import "server-only";
import { db } from "@/server/db";
import { authorize, type Principal } from "@/server/auth/principal";
import { recordAudit } from "@/server/audit/record";
import { DomainError } from "@/server/errors";
import { requestSubjectByReference } from "@/server/requests/load";

export const INTERNAL_NOTE_MAX_CHARS = 4000;
export type NoteErrorCode = "noteEmpty" | "noteTooLong";

/**
 * The coordinators' internal notes on a request (`conversation.noteInternal`: coordinators and
 * administrators only, refused and audited for everyone else), oldest first. Never part of the
 * conversation, never mailed.
 */
export async function listInternalNotes(principal: Principal | null, reference: string) {
  const subject = await requestSubjectByReference(reference);
  await authorize(principal, "conversation.noteInternal", subject ?? undefined);
  if (!subject) throw new DomainError("notFound");
  return db().internalNote.findMany({
    where: { requestId: subject.id },
    orderBy: { id: "asc" },
    select: { id: true, body: true, createdAt: true, author: { select: { name: true, email: true } } },
  });
}

/** A coordinator adds an internal note (1–4,000 characters) to a request; note and audit line commit together. */
export async function addInternalNote(principal: Principal | null, reference: string, rawBody: unknown): Promise<void> {
  const subject = await requestSubjectByReference(reference);
  const actor = await authorize(principal, "conversation.noteInternal", subject ?? undefined);
  if (!subject) throw new DomainError("notFound");
  const body = typeof rawBody === "string" ? rawBody.replace(/\r\n/g, "\n").trim() : "";
  if (!body) throw new DomainError<NoteErrorCode>("noteEmpty", "note");
  if (body.length > INTERNAL_NOTE_MAX_CHARS) throw new DomainError<NoteErrorCode>("noteTooLong", "note");
  await db().$transaction(async (tx) => {
    await tx.internalNote.create({ data: { requestId: subject.id, authorUserId: actor.userId, body } });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "conversation.noteInternal",
      objectType: "request",
      objectId: String(subject.id),
      outcome: "ALLOWED",
    });
  });
}
