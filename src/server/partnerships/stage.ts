import "server-only";
import { cleanText } from "@/lib/plain-text";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { authorize, type Principal } from "@/server/auth/principal";
import { partnershipSubject } from "@/server/auth/subjects";
import { recordAudit } from "@/server/audit/record";
import { DomainError } from "@/server/errors";
import { checkMove, isStage, STAGE_NOTE_MAX, type Stage } from "@/lib/partnership-stages";
import { StageChanged, type StageErrorCode } from "./errors";
import { queueStageNotices } from "./stage-notices";

/**
 * Moves a partnership to `toStage` (the rule: src/lib/partnership-stages.ts). Allowed to the
 * Ukrainian side's editors, the EU side's staff, coordinators and administrators; anyone else is
 * refused (and audited) before the input is looked at. The move is stored only if the
 * partnership is still at `expectedStage`, the stage the person saw: of two people moving it at
 * once exactly one wins, the other gets StageChanged. The stage, its history line, the audit line
 * and the notices to the other side and the coordinators commit together or not at all.
 */
export async function changePartnershipStage(
  principal: Principal | null,
  partnershipId: number,
  toStage: unknown,
  note: unknown,
  expectedStage: unknown,
  origin?: string,
): Promise<{ stage: Stage }> {
  const subject = Number.isSafeInteger(partnershipId) && partnershipId > 0 ? await partnershipSubject(partnershipId) : null;
  const actor = await authorize(principal, "partnership.changeStage", subject ?? undefined);
  if (!subject || subject.type !== "partnership") throw new DomainError<StageErrorCode>("notFound");
  if (!isStage(toStage) || !isStage(expectedStage)) throw new DomainError<StageErrorCode>("invalidStage", "stage");
  const text = typeof note === "string" ? cleanText(note) : "";
  if (text.length > STAGE_NOTE_MAX) throw new DomainError<StageErrorCode>("noteTooLong", "note");
  const refusal = checkMove(expectedStage, toStage, actor.globalRole !== null);
  if (refusal) throw new DomainError<StageErrorCode>(refusal, "stage");

  try {
    return await db().$transaction(async (tx) => {
      // Postgres re-checks the condition after waiting for a concurrent mover's row lock.
      const changed = await tx.partnership.updateMany({ where: { id: subject.id, stage: expectedStage }, data: { stage: toStage } });
      if (changed.count === 0) throw await stageChanged(tx, subject.id);
      await tx.partnershipStageEvent.create({
        data: { partnershipId: subject.id, actorUserId: actor.userId, fromStage: expectedStage, toStage, note: text || null },
      });
      await recordAudit(tx, {
        actorUserId: actor.userId,
        action: "partnership.changeStage",
        objectType: "partnership",
        objectId: String(subject.id),
        outcome: "ALLOWED",
        detail: { from: expectedStage, to: toStage },
      });
      await queueStageNotices(tx, actor, subject.id, expectedStage, toStage, text || null, origin);
      return { stage: toStage };
    });
  } catch (error) {
    if (error instanceof StageChanged) {
      await recordAudit(db(), {
        actorUserId: actor.userId,
        action: "partnership.changeStage",
        objectType: "partnership",
        objectId: String(subject.id),
        outcome: "FAILED",
        detail: { reason: "stageChanged", expected: expectedStage, to: toStage, current: error.current },
      });
    }
    throw error;
  }
}

/** What the person who lost the race is told: the stage now, and the last move's time and author. */
async function stageChanged(tx: Prisma.TransactionClient, id: number): Promise<DomainError> {
  const partnership = await tx.partnership.findUnique({ where: { id }, select: { stage: true } });
  if (!partnership) return new DomainError<StageErrorCode>("notFound");
  const last = await tx.partnershipStageEvent.findFirst({
    where: { partnershipId: id },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: { at: true, actor: { select: { name: true, email: true } } },
  });
  return new StageChanged(partnership.stage, last?.at ?? null, last?.actor ? (last.actor.name ?? last.actor.email) : null);
}
