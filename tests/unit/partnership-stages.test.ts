import { describe, expect, it } from "vitest";
import { allowedMoves, checkMove, confirmedCourse, type Stage } from "@/lib/partnership-stages";

describe("the moves between partnership stages", () => {
  it("offers a partner every later stage, the one before, and ending", () => {
    expect(allowedMoves("LETTER_OF_INTENT", false)).toEqual(["IN_CONTACT", "AGREEMENT_SIGNED", "JOINT_PROJECT", "FUNDED", "ENDED"]);
    expect(allowedMoves("INTRODUCED", false)).toEqual(["IN_CONTACT", "LETTER_OF_INTENT", "AGREEMENT_SIGNED", "JOINT_PROJECT", "FUNDED", "ENDED"]);
    expect(allowedMoves("FUNDED", false)).toEqual(["JOINT_PROJECT", "ENDED"]);
  });

  it("keeps an ended partnership ended, except for a coordinator reopening it at any active stage", () => {
    expect(allowedMoves("ENDED", false)).toEqual([]);
    expect(checkMove("ENDED", "IN_CONTACT", false)).toBe("endedIsFinal");
    expect(allowedMoves("ENDED", true)).toEqual(["INTRODUCED", "IN_CONTACT", "LETTER_OF_INTENT", "AGREEMENT_SIGNED", "JOINT_PROJECT", "FUNDED"]);
  });

  it("names why a move is refused", () => {
    expect(checkMove("JOINT_PROJECT", "LETTER_OF_INTENT", true)).toBe("backTooFar");
    expect(checkMove("IN_CONTACT", "IN_CONTACT", true)).toBe("sameStage");
  });
});

describe("the confirmed course shown to the public", () => {
  const moves = (...pairs: [Stage, Stage][]) => pairs.map(([from, to], i) => ({ id: i + 1, from, to }));
  const path = (course: { from: Stage; to: Stage }[]) => course.map((m) => `${m.from}→${m.to}`);

  it("shows a forward history as it is", () => {
    const history = moves(["INTRODUCED", "IN_CONTACT"], ["IN_CONTACT", "LETTER_OF_INTENT"], ["LETTER_OF_INTENT", "ENDED"]);
    expect(confirmedCourse(history)).toEqual(history);
  });

  it("leaves out a step that was corrected, and the correction itself", () => {
    const course = confirmedCourse(moves(["INTRODUCED", "IN_CONTACT"], ["IN_CONTACT", "LETTER_OF_INTENT"], ["LETTER_OF_INTENT", "IN_CONTACT"]));
    expect(path(course)).toEqual(["INTRODUCED→IN_CONTACT"]);
    expect(course[0].id).toBe(1);
  });

  it("after a corrected skip, shows one move to where the partnership is, at the correction's time", () => {
    const course = confirmedCourse(moves(["INTRODUCED", "LETTER_OF_INTENT"], ["LETTER_OF_INTENT", "IN_CONTACT"], ["IN_CONTACT", "AGREEMENT_SIGNED"]));
    expect(path(course)).toEqual(["INTRODUCED→IN_CONTACT", "IN_CONTACT→AGREEMENT_SIGNED"]);
    expect(course.map((m) => m.id)).toEqual([2, 3]);
  });

  it("drops an end that a coordinator reopened", () => {
    const course = confirmedCourse(moves(["INTRODUCED", "IN_CONTACT"], ["IN_CONTACT", "ENDED"], ["ENDED", "IN_CONTACT"]));
    expect(path(course)).toEqual(["INTRODUCED→IN_CONTACT"]);
    const further = confirmedCourse(moves(["INTRODUCED", "IN_CONTACT"], ["IN_CONTACT", "ENDED"], ["ENDED", "AGREEMENT_SIGNED"]));
    expect(path(further)).toEqual(["INTRODUCED→IN_CONTACT", "IN_CONTACT→AGREEMENT_SIGNED"]);
  });

  it("is empty when the stage was moved back to where it began", () => {
    expect(confirmedCourse(moves(["INTRODUCED", "IN_CONTACT"], ["IN_CONTACT", "INTRODUCED"]))).toEqual([]);
    expect(confirmedCourse([])).toEqual([]);
  });
});
