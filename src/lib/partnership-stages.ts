/**
 * The stages of a partnership and the moves between them. Safe on both sides: the stage form
 * offers exactly the moves that src/server/partnerships/stage.ts accepts.
 *
 * The rule, as the partnership page explains it:
 * - forward by one or more steps (partners may skip a stage, e.g. sign without a letter of intent);
 * - back by one step, to correct a mistake;
 * - to ENDED from any active stage;
 * - ENDED is final, except that a coordinator (or administrator) may reopen it at any active stage.
 */
export const ACTIVE_STAGES = ["INTRODUCED", "IN_CONTACT", "LETTER_OF_INTENT", "AGREEMENT_SIGNED", "JOINT_PROJECT", "FUNDED"] as const;
export const STAGES = [...ACTIVE_STAGES, "ENDED"] as const;
export type Stage = (typeof STAGES)[number];

export function isStage(value: unknown): value is Stage {
  return typeof value === "string" && (STAGES as readonly string[]).includes(value);
}

/** Why a move is not allowed, or null when it is. */
export type MoveRefusal = "sameStage" | "backTooFar" | "endedIsFinal";

export function checkMove(from: Stage, to: Stage, byCoordinator: boolean): MoveRefusal | null {
  if (from === to) return "sameStage";
  if (from === "ENDED") return byCoordinator ? null : "endedIsFinal";
  if (to === "ENDED") return null;
  const step = ACTIVE_STAGES.indexOf(to) - ACTIVE_STAGES.indexOf(from);
  return step >= -1 ? null : "backTooFar";
}

/** Every stage a partnership at `from` may be moved to, in the order of the stages. */
export function allowedMoves(from: Stage, byCoordinator: boolean): Stage[] {
  return STAGES.filter((to) => checkMove(from, to, byCoordinator) === null);
}

export const STAGE_NOTE_MAX = 1000;
