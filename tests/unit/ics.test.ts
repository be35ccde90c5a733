import { describe, expect, it } from "vitest";
import { calendarFile, escapeText, foldLine, offsetTransitions } from "@/lib/ics";
import { formatZoned, zonedTimeToUtc } from "@/lib/interpretation/time-zones";
import { normalisePair, pairMatch, parsePairs } from "@/lib/interpretation/language-pairs";

const event = (over: Partial<Parameters<typeof calendarFile>[0]> = {}) =>
  calendarFile({
    uid: "b5f6c3d0@cities4cities",
    stamp: new Date("2026-12-07T12:00:00Z"),
    start: new Date("2027-01-15T09:00:00Z"),
    end: new Date("2027-01-15T10:00:00Z"),
    timeZone: "Europe/Stockholm",
    summary: "First call (Lviv – Uppsala)",
    ...over,
  });

describe("the calendar file (RFC 5545)", () => {
  it("places 10:00 in Stockholm in January at 09:00 UTC, 11:00 in Kyiv, with the zone's offsets in a VTIMEZONE", () => {
    const start = zonedTimeToUtc("2027-01-15", "10:00", "Europe/Stockholm")!;
    expect(start.toISOString()).toBe("2027-01-15T09:00:00.000Z");
    expect(formatZoned(start, "Europe/Kyiv", "en", "short")).toMatch(/11:00 AM \(Kyiv, GMT\+2\)/);
    const ics = event({ start });
    expect(ics).toContain("DTSTART;TZID=Europe/Stockholm:20270115T100000\r\n");
    expect(ics).toContain("DTEND;TZID=Europe/Stockholm:20270115T110000\r\n");
    // The winter offset observance that covers January 2027 began on the last Sunday of October 2026.
    expect(ics).toContain("BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD");
    expect(ics).toContain("BEGIN:DAYLIGHT\r\nDTSTART:20270328T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT");
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n")).toBe(true);
    expect(ics.split("\r\n").every((line) => !line.includes("\n"))).toBe(true);
  });

  it("keeps summer time: 10:00 in Kyiv in July is 07:00 UTC, in a VEVENT of Kyiv's zone", () => {
    const start = zonedTimeToUtc("2027-07-01", "10:00", "Europe/Kyiv")!;
    expect(start.toISOString()).toBe("2027-07-01T07:00:00.000Z");
    expect(event({ start, end: new Date(start.getTime() + 3_600_000), timeZone: "Europe/Kyiv" })).toContain("DTSTART;TZID=Europe/Kyiv:20270701T100000\r\n");
  });

  it("writes UTC times without a VTIMEZONE for a meeting planned in UTC", () => {
    const ics = event({ timeZone: "UTC" });
    expect(ics).toContain("DTSTART:20270115T090000Z\r\n");
    expect(ics).not.toContain("VTIMEZONE");
  });

  it("refuses a wall-clock time that a zone skips when summer time begins", () => {
    expect(zonedTimeToUtc("2027-03-28", "02:30", "Europe/Stockholm")).toBeNull();
    expect(zonedTimeToUtc("2027-02-30", "10:00", "Europe/Stockholm")).toBeNull();
    expect(offsetTransitions("Europe/Stockholm", new Date("2027-01-01T00:00:00Z"), new Date("2028-01-01T00:00:00Z")).map((t) => t.at.toISOString())).toEqual([
      "2027-03-28T01:00:00.000Z",
      "2027-10-31T01:00:00.000Z",
    ]);
  });

  it("escapes text and folds long lines at 75 octets without splitting a character", () => {
    expect(escapeText("Lviv, Uppsala; a\\b\nnext")).toBe("Lviv\\, Uppsala\\; a\\\\b\\nnext");
    const long = `SUMMARY:${"Зустріч ".repeat(20)}`;
    const folded = foldLine(long);
    const lines = folded.split("\r\n");
    expect(lines.length).toBeGreaterThan(1);
    for (const [i, line] of lines.entries()) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      if (i > 0) expect(line.startsWith(" ")).toBe(true);
    }
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join("")).toBe(long);
  });
});

describe("language pairs", () => {
  it("writes a pair one way, Ukrainian first, and refuses unknown or equal languages", () => {
    expect(normalisePair("DE–uk")).toBe("uk-de");
    expect(normalisePair("sv / pl")).toBe("pl-sv");
    expect(normalisePair("uk-uk")).toBeNull();
    expect(normalisePair("uk-xx")).toBeNull();
    expect(parsePairs("uk-de, de-uk\nuk-sv; klingon")).toEqual({ pairs: ["uk-de", "uk-sv"], invalid: ["klingon"] });
  });

  it("ranks a pair of Ukrainian and a needed language above a shared language", () => {
    expect(pairMatch(["uk-de"], ["de", "en"])).toBe(2);
    expect(pairMatch(["en-sv"], ["de", "en"])).toBe(1);
    expect(pairMatch(["uk-pl"], ["de", "en"])).toBe(0);
  });
});
