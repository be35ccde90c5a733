import { DomainError } from "@/server/errors";
import type { MoveRefusal, Stage } from "@/lib/partnership-stages";

export type StageErrorCode = "notFound" | "invalidStage" | "noteTooLong" | MoveRefusal;

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
