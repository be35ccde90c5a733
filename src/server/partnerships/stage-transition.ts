import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import type { Principal } from "@/server/auth/principal";
import type { Action } from "@/lib/permissions";
import { recordAudit } from "@/server/audit/record";
import { DomainError, isUniqueViolation } from "@/server/errors";
import type { Stage } from "@/lib/partnership-stages";
import { ProposalClosed, ProposalOpen, StageChanged, type OpenProposal, type StageErrorCode } from "./errors";
import { queueStageNotices } from "./stage-notices";
import { queueProposalNotices } from "./proposal-notices";

export type Side = "UKRAINIAN" | "EU";

/**
 * The steps a partnership's stage takes. A coordinator's `move` takes effect at once; a partner's
 * change is a `propose`d one that the other side (or a coordinator) `confirm`s or `decline`s, or
 * its proposer `withdraw`s.
 */
export type StageStep =
  | { kind: "move"; to: Stage; expected: Stage; note: string | null }
  | { kind: "propose"; to: Stage; expected: Stage; note: string | null; side: Side }
  | { kind: "confirm"; proposalId: number }
  | { kind: "decline"; proposalId: number; reason: string }
  | { kind: "withdraw"; proposalId: number };

export type StageOutcome = { stage: Stage; proposalId: number | null };

const ACTION: Record<StageStep["kind"], Action> = {
  move: "partnership.changeStage",
  propose: "partnership.proposeStage",
  confirm: "partnership.decideStage",
  decline: "partnership.decideStage",
  withdraw: "stageProposal.withdrawOwn",
};

/**
 * The one way a partnership's stage or its proposals change. The partnership's row is locked
 * (`FOR UPDATE`; a proposal only takes `FOR SHARE`, so that two proposals made at once both reach
 * the database's one-open-proposal index and exactly one is stored), the state is checked under
 * the lock, and the change, its history line, the audit line and the notices in the outbox commit
 * together or not at all. The loser of a race gets StageChanged, ProposalOpen (naming the proposal
 * that won) or ProposalClosed, with a FAILED audit line. `actor` has been authorized by the caller,
 * on the role and on this partnership or proposal.
 *
 * A coordinator's (or administrator's) own move is the network's referee: it takes effect at once
 * and closes any open proposal as SUPERSEDED, so nothing confirmed later can undo it unseen.
 */
export async function transitionStage(actor: Principal, partnershipId: number, step: StageStep, origin?: string): Promise<StageOutcome> {
  try {
    return await db().$transaction(async (tx) => {
      const [row] =
        step.kind === "propose"
          ? await tx.$queryRaw<{ stage: Stage }[]>`SELECT stage::text AS stage FROM partnership WHERE id = ${partnershipId} FOR SHARE`
          : await tx.$queryRaw<{ stage: Stage }[]>`SELECT stage::text AS stage FROM partnership WHERE id = ${partnershipId} FOR UPDATE`;
      if (!row) throw new DomainError<StageErrorCode>("notFound");
      const now = new Date();
      const audit = (detail: Prisma.InputJsonObject) =>
        recordAudit(tx, {
          actorUserId: actor.userId,
          action: ACTION[step.kind],
          objectType: "partnership",
          objectId: String(partnershipId),
          outcome: "ALLOWED",
          detail,
        });

      if (step.kind === "move" || step.kind === "propose") {
        if (row.stage !== step.expected) throw await stageChanged(tx, partnershipId);
        if (step.kind === "propose") {
          const open = await openProposal(tx, partnershipId);
          if (open) throw new ProposalOpen(open);
          const proposal = await tx.stageProposal.create({
            data: {
              partnershipId,
              openPartnershipId: partnershipId,
              side: step.side,
              fromStage: step.expected,
              toStage: step.to,
              note: step.note,
              proposerUserId: actor.userId,
              proposedAt: now,
            },
          });
          await audit({ proposal: proposal.id, from: step.expected, to: step.to });
          await queueProposalNotices(tx, actor, proposal.id, "proposed", origin);
          return { stage: row.stage, proposalId: proposal.id };
        }
        await tx.partnership.update({ where: { id: partnershipId }, data: { stage: step.to } });
        await tx.partnershipStageEvent.create({
          data: { partnershipId, actorUserId: actor.userId, fromStage: step.expected, toStage: step.to, note: step.note, at: now },
        });
        const superseded = await tx.stageProposal.updateManyAndReturn({
          where: { partnershipId, status: "OPEN" },
          data: { status: "SUPERSEDED", openPartnershipId: null, decidedAt: now, deciderUserId: actor.userId },
          select: { id: true },
        });
        await audit({ from: step.expected, to: step.to, ...(superseded.length ? { superseded: superseded[0].id } : {}) });
        await queueStageNotices(tx, actor, partnershipId, step.expected, step.to, step.note, origin);
        return { stage: step.to, proposalId: null };
      }

      const proposal = await tx.stageProposal.findFirst({
        where: { id: step.proposalId, partnershipId },
        select: { id: true, status: true, fromStage: true, toStage: true, note: true, proposerUserId: true },
      });
      if (!proposal) throw new DomainError<StageErrorCode>("notFound");
      if (proposal.status !== "OPEN") throw new ProposalClosed(proposal.status);
      const from = proposal.fromStage as Stage;
      const to = proposal.toStage as Stage;
      // A confirmation applies only to the stage it was proposed from (a coordinator's move closes
      // open proposals; this guards any other change of the stage, a merge or an import).
      if (step.kind === "confirm" && row.stage !== from) throw await stageChanged(tx, partnershipId);
      const status = step.kind === "confirm" ? "CONFIRMED" : step.kind === "decline" ? "DECLINED" : "WITHDRAWN";
      const closed = await tx.stageProposal.updateMany({
        where: { id: proposal.id, status: "OPEN" },
        data: {
          status,
          openPartnershipId: null,
          decidedAt: now,
          deciderUserId: actor.userId,
          ...(step.kind === "decline" ? { reason: step.reason } : {}),
        },
      });
      if (closed.count === 0) throw new ProposalClosed("CONFIRMED");
      if (step.kind === "confirm") {
        const moved = await tx.partnership.updateMany({ where: { id: partnershipId, stage: from }, data: { stage: to } });
        if (moved.count === 0) throw await stageChanged(tx, partnershipId);
        // The move is the proposer's (with their note); who confirmed it is on the proposal.
        await tx.partnershipStageEvent.create({
          data: { partnershipId, actorUserId: proposal.proposerUserId, fromStage: from, toStage: to, note: proposal.note, proposalId: proposal.id, at: now },
        });
        await audit({ proposal: proposal.id, decision: "confirmed", from, to });
        await queueStageNotices(tx, actor, partnershipId, from, to, proposal.note, origin);
        return { stage: to, proposalId: proposal.id };
      }
      await audit({ proposal: proposal.id, decision: step.kind === "decline" ? "declined" : "withdrawn", from, to });
      await queueProposalNotices(tx, actor, proposal.id, step.kind === "decline" ? "declined" : "withdrawn", origin);
      return { stage: row.stage, proposalId: proposal.id };
    });
  } catch (caught) {
    let error = caught;
    // Two proposals at once: the database's one-open-proposal index refused the second.
    if (step.kind === "propose" && isUniqueViolation(error, "open_partnership_id")) {
      const open = await openProposal(db(), partnershipId);
      if (open) error = new ProposalOpen(open);
    }
    if (error instanceof StageChanged || error instanceof ProposalOpen || error instanceof ProposalClosed) {
      await recordAudit(db(), {
        actorUserId: actor.userId,
        action: ACTION[step.kind],
        objectType: "partnership",
        objectId: String(partnershipId),
        outcome: "FAILED",
        detail: {
          reason: error.code,
          ...("proposalId" in step ? { proposal: step.proposalId } : { expected: step.expected, to: step.to }),
          ...(error instanceof StageChanged ? { current: error.current } : {}),
          ...(error instanceof ProposalOpen ? { open: error.open.id } : {}),
        },
      });
    }
    throw error;
  }
}

type Reader = Pick<Prisma.TransactionClient, "stageProposal">;

/** The partnership's open proposal, as the person refused a second one is told of it. */
export async function openProposal(client: Reader, partnershipId: number): Promise<OpenProposal | null> {
  const open = await client.stageProposal.findFirst({
    where: { partnershipId, status: "OPEN" },
    select: { id: true, fromStage: true, toStage: true, proposedAt: true, proposer: { select: { name: true, email: true } } },
  });
  return (
    open && {
      id: open.id,
      from: open.fromStage as Stage,
      to: open.toStage as Stage,
      proposedAt: open.proposedAt,
      proposer: open.proposer ? (open.proposer.name ?? open.proposer.email) : null,
    }
  );
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
  return new StageChanged(partnership.stage as Stage, last?.at ?? null, last?.actor ? (last.actor.name ?? last.actor.email) : null);
}
