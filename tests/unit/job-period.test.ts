import { describe, expect, it } from "vitest";
import { periodKey } from "@/server/jobs/period";

const at = (iso: string) => new Date(iso);

describe("a job's period", () => {
  it("is the UTC hour, day or ISO week", () => {
    expect(periodKey("hourly", at("2026-12-08T05:59:59.999Z"))).toBe("2026-12-08T05");
    expect(periodKey("hourly", at("2026-12-08T06:00:00Z"))).toBe("2026-12-08T06");
    expect(periodKey("daily", at("2026-12-08T23:59:59Z"))).toBe("2026-12-08");
    expect(periodKey("daily", at("2026-12-09T00:00:00Z"))).toBe("2026-12-09");
    // ISO weeks run Monday to Sunday; 2026-12-07 is a Monday, week 50.
    expect(periodKey("weekly", at("2026-12-06T23:59:59Z"))).toBe("2026-W49");
    expect(periodKey("weekly", at("2026-12-07T00:00:00Z"))).toBe("2026-W50");
    expect(periodKey("weekly", at("2026-12-13T23:59:59Z"))).toBe("2026-W50");
    // Across a new year: 2026-12-31 (Thursday) is in 2026-W53, 2027-01-04 (Monday) starts 2027-W01, 2021-01-03 is 2020-W53.
    expect(periodKey("weekly", at("2026-12-31T12:00:00Z"))).toBe("2026-W53");
    expect(periodKey("weekly", at("2027-01-04T00:00:00Z"))).toBe("2027-W01");
    expect(periodKey("weekly", at("2021-01-03T12:00:00Z"))).toBe("2020-W53");
    expect(periodKey("weekly", at("2024-12-30T12:00:00Z"))).toBe("2025-W01");
  });

  it("begins at startHourUtc when a job names one: at 04:59 the 05:00 job's day is still yesterday", () => {
    expect(periodKey("daily", at("2026-12-08T04:59:59Z"), 5)).toBe("2026-12-07");
    expect(periodKey("daily", at("2026-12-08T05:00:00Z"), 5)).toBe("2026-12-08");
    expect(periodKey("weekly", at("2026-12-07T04:00:00Z"), 5)).toBe("2026-W49");
    expect(periodKey("weekly", at("2026-12-07T05:00:00Z"), 5)).toBe("2026-W50");
  });
});
