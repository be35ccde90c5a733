import { DomainError } from "@/server/errors";
import type { MoveRefusal, Stage } from "@/lib/partnership-stages";

export type StageErrorCode = "notFound" | "invalidStage" | "noteTooLong" | "reasonTooLong" | "reasonMissing" | MoveRefusal;

/**
 * Someone moved the partnership between the page being shown and this move arriving: the move
 * was made from a stage it is no longer at, so it is not stored. Says where it is now, since
 * when and by whom, so the person can look again and decide.
 */
export class StageChanged extends DomainError<"stageChanged"> {
  constructor(
    readonly current: Stage,
    readonly changedAt: Date | null,
    readonly changedBy: string | null,
  ) {
    super("stageChanged");
    this.name = "StageChanged";
  }
}

/** The open proposal that is in the way: the one that won, or the one already waiting. */
export type OpenProposal = { id: number; from: Stage; to: Stage; proposedAt: Date; proposer: string | null };

/**
 * A partnership has at most one open stage proposal: a second one is refused, naming the one that
 * is waiting (of two made at once, the one that won).
 */
export class ProposalOpen extends DomainError<"proposalOpen"> {
  constructor(readonly open: OpenProposal) {
    super("proposalOpen");
    this.name = "ProposalOpen";
  }
}

/** The proposal was closed (confirmed, declined, withdrawn, superseded) before this decision arrived. */
export class ProposalClosed extends DomainError<"proposalClosed"> {
  constructor(readonly status: "CONFIRMED" | "DECLINED" | "WITHDRAWN" | "SUPERSEDED") {
    super("proposalClosed");
    this.name = "ProposalClosed";
  }
}
