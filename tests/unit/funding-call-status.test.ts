import { describe, expect, it } from "vitest";
import { byCallStatus, callStatus, isoToday } from "@/lib/funding/call-status";
import { FUNDING_PROGRAMMES } from "@/lib/funding/programmes";
import type { Deadline } from "@/lib/funding/types";

const note = { en: "", uk: "" };
const calls = (lastKnown?: string): Deadline => ({ kind: "calls", note, lastKnown });

describe("whether a programme's call is open today", () => {
  it("reads a last known deadline against today: open up to and on the day, passed after it", () => {
    expect(callStatus(calls("2026-12-07"), "2026-12-07")).toBe("open");
    expect(callStatus(calls("2027-03-01"), "2026-12-07")).toBe("open");
    expect(callStatus(calls("2026-12-06"), "2026-12-07")).toBe("passed");
  });

  it("keeps rolling programmes open, closed ones closed, and calls without a date recurring", () => {
    expect(callStatus({ kind: "rolling" }, "2026-12-07")).toBe("open");
    expect(callStatus({ kind: "closed", note }, "2026-12-07")).toBe("closed");
    expect(callStatus(calls(), "2026-12-07")).toBe("recurring");
  });

  it("says that CERV town twinning's 2024 deadline has passed", () => {
    const cerv = FUNDING_PROGRAMMES.find((p) => p.slug === "cerv-town-twinning")!;
    expect(callStatus(cerv.deadline, "2026-12-07")).toBe("passed");
  });

  it("lists open calls first, then recurring, then passed and closed, keeping the order within each", () => {
    const list = [
      { slug: "a", deadline: calls("2020-01-01") },
      { slug: "b", deadline: { kind: "closed", note } as Deadline },
      { slug: "c", deadline: calls() },
      { slug: "d", deadline: { kind: "rolling" } as Deadline },
      { slug: "e", deadline: calls("2030-01-01") },
    ];
    expect(byCallStatus(list, "2026-12-07").map((p) => p.slug)).toEqual(["d", "e", "c", "a", "b"]);
  });

  it("takes today's date in UTC, as the deadlines are written", () => {
    expect(isoToday(new Date("2026-12-07T23:30:00Z"))).toBe("2026-12-07");
  });
});
