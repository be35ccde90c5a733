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

/** One move of a partnership's history, as far as the course cares. */
type Move<E> = E & { from: Stage; to: Stage };

const position = (stage: Stage) => STAGES.indexOf(stage);

/**
 * The confirmed course of a partnership, for the public: the moves that still stand. A move back
 * (a correction, or a coordinator reopening an ended partnership) undoes the moves it goes back
 * over, and is not itself shown as a step; when it lands on a stage no standing move reached
 * (after a skip), it reads as one move from the last standing stage to where the partnership is.
 * The partners and coordinators keep the full history, corrections included.
 */
export function confirmedCourse<E>(history: readonly Move<E>[]): Move<E>[] {
  if (history.length === 0) return [];
  const start = history[0].from;
  const course: Move<E>[] = [];
  for (const move of history) {
    if (position(move.to) > position(move.from)) {
      course.push(move);
      continue;
    }
    while (course.length > 0 && position(course[course.length - 1].to) > position(move.to)) course.pop();
    const reached = course.length > 0 ? course[course.length - 1].to : start;
    if (reached !== move.to) course.push({ ...move, from: reached });
  }
  return course;
}
