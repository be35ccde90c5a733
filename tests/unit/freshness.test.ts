import { describe, expect, it } from "vitest";
import { STALE_AFTER_DAYS, isPossiblyOutOfDate, responseTimeParts } from "@/lib/freshness";

const DAY = 24 * 60 * 60 * 1000;
const now = new Date("2026-11-28T12:00:00Z");

describe("isPossiblyOutOfDate", () => {
  it("marks a profile not confirmed for more than 180 days, or never", () => {
    expect(STALE_AFTER_DAYS).toBe(180);
    expect(isPossiblyOutOfDate(new Date(now.getTime() - 180 * DAY), now)).toBe(false);
    expect(isPossiblyOutOfDate(new Date(now.getTime() - 181 * DAY), now)).toBe(true);
    expect(isPossiblyOutOfDate(new Date(now.getTime() - 3 * DAY), now)).toBe(false);
    expect(isPossiblyOutOfDate(null, now)).toBe(true);
  });
});

describe("responseTimeParts", () => {
  it("says hours under two days, days under eight weeks, then weeks", () => {
    expect(responseTimeParts(20 * 60)).toEqual({ unit: "hours", count: 1 });
    expect(responseTimeParts(30 * 3600)).toEqual({ unit: "hours", count: 30 });
    expect(responseTimeParts(9.4 * 86400)).toEqual({ unit: "days", count: 9 });
    expect(responseTimeParts(70 * 86400)).toEqual({ unit: "weeks", count: 10 });
  });
});
