import { describe, expect, it } from "vitest";
import { allowedMoves, checkMove } from "@/lib/partnership-stages";

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
