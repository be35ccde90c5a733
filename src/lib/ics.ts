import { offsetMinutes, wallClock } from "@/lib/interpretation/time-zones";

/**
 * A calendar file (iCalendar, RFC 5545) for one event, written here rather than with a library:
 * one VEVENT, its time zone as a VTIMEZONE, text escaped (§3.3.11), lines folded at 75 octets
 * (§3.1) and ended with CRLF. The start and end are the zone's wall-clock times with TZID; the
 * VTIMEZONE holds the zone's offsets and changes over the event's year and the year before, so
 * every calendar places the event at the same instant, whether or not it knows the zone's name.
 */
export type CalendarEvent = {
  uid: string;
  /** When the file was written (DTSTAMP). */
  stamp: Date;
  start: Date;
  end: Date;
  /** IANA zone the event was planned in. */
  timeZone: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
};

const CRLF = "\r\n";
const encoder = new TextEncoder();

/** TEXT value escaping (§3.3.11): backslash, semicolon, comma, and newlines as \n. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** Folds a content line into lines of at most 75 octets, never inside a UTF-8 character (§3.1). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // Continuation lines begin with a space, which counts towards their 75 octets.
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = "";
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** 20270115T090000Z */
export function utcStamp(d: Date): string {
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** 20270115T100000: the wall-clock time in `zone`. */
export function localStamp(d: Date, zone: string): string {
  const w = wallClock(d, zone);
  return `${w.year}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
}

/** +0100, -0330 */
function offsetText(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const m = Math.abs(minutes);
  return `${sign}${pad(Math.floor(m / 60))}${pad(m % 60)}`;
}

type Transition = { at: Date; from: number; to: number };

/** The instants at which `zone` changed its offset between `from` and `to`, to the minute. */
export function offsetTransitions(zone: string, from: Date, to: Date): Transition[] {
  const DAY = 86_400_000;
  const found: Transition[] = [];
  let previous = offsetMinutes(from, zone);
  for (let t = from.getTime() + DAY; t <= to.getTime(); t += DAY) {
    const offset = offsetMinutes(new Date(t), zone);
    if (offset !== previous) {
      // The change lies in (t - DAY, t]: narrow it down to the minute.
      let lo = t - DAY;
      let hi = t;
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
        if (offsetMinutes(new Date(mid), zone) === previous) lo = mid;
        else hi = mid;
      }
      found.push({ at: new Date(hi), from: previous, to: offset });
      previous = offset;
    }
  }
  return found;
}

/** The VTIMEZONE of `zone` around `around`: its changes over that year and the year before. */
export function vtimezone(zone: string, around: Date): string[] {
  const year = around.getUTCFullYear();
  const from = new Date(Date.UTC(year - 1, 0, 1));
  const to = new Date(Date.UTC(year + 1, 0, 1));
  const transitions = offsetTransitions(zone, from, to);
  const lines = ["BEGIN:VTIMEZONE", `TZID:${zone}`];
  if (transitions.length === 0) {
    const offset = offsetText(offsetMinutes(around, zone));
    lines.push("BEGIN:STANDARD", "DTSTART:19700101T000000", `TZOFFSETFROM:${offset}`, `TZOFFSETTO:${offset}`, "END:STANDARD");
  } else {
    for (const t of transitions) {
      const kind = t.to > t.from ? "DAYLIGHT" : "STANDARD";
      // An observance begins at the local time before the change (§3.6.5: DTSTART with TZOFFSETFROM).
      const local = utcStamp(new Date(t.at.getTime() + t.from * 60_000)).slice(0, -1);
      lines.push(`BEGIN:${kind}`, `DTSTART:${local}`, `TZOFFSETFROM:${offsetText(t.from)}`, `TZOFFSETTO:${offsetText(t.to)}`, `END:${kind}`);
    }
  }
  lines.push("END:VTIMEZONE");
  return lines;
}

/** The calendar file of one event, ready to attach (text/calendar; method PUBLISH). */
export function calendarFile(event: CalendarEvent): string {
  const tz = event.timeZone;
  const zoned = tz !== "UTC";
  const time = (d: Date) => (zoned ? `;TZID=${tz}:${localStamp(d, tz)}` : `:${utcStamp(d)}`);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Cities4Cities United4Ukraine//Partner portal//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...(zoned ? vtimezone(tz, event.start) : []),
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(event.stamp)}`,
    `DTSTART${time(event.start)}`,
    `DTEND${time(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
