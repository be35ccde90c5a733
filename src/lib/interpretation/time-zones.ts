/**
 * Time zones for meetings and for showing times. The portal stores UTC; a meeting is planned in
 * an IANA zone chosen from MEETING_TIME_ZONES; a person's own zone is their municipality's
 * country's (COUNTRY_ZONES), and Kyiv's for everyone else, as the portal showed before.
 */

export const PORTAL_TIME_ZONE = "Europe/Kyiv";

/** The zone of each country of the network (mainland time where a country has several). */
export const COUNTRY_ZONES: Record<string, string> = {
  UA: "Europe/Kyiv",
  AT: "Europe/Vienna",
  BE: "Europe/Brussels",
  BG: "Europe/Sofia",
  HR: "Europe/Zagreb",
  CY: "Asia/Nicosia",
  CZ: "Europe/Prague",
  DK: "Europe/Copenhagen",
  EE: "Europe/Tallinn",
  FI: "Europe/Helsinki",
  FR: "Europe/Paris",
  DE: "Europe/Berlin",
  GR: "Europe/Athens",
  HU: "Europe/Budapest",
  IE: "Europe/Dublin",
  IT: "Europe/Rome",
  LV: "Europe/Riga",
  LT: "Europe/Vilnius",
  LU: "Europe/Luxembourg",
  MT: "Europe/Malta",
  NL: "Europe/Amsterdam",
  PL: "Europe/Warsaw",
  PT: "Europe/Lisbon",
  RO: "Europe/Bucharest",
  SK: "Europe/Bratislava",
  SI: "Europe/Ljubljana",
  ES: "Europe/Madrid",
  SE: "Europe/Stockholm",
  MD: "Europe/Chisinau",
  NO: "Europe/Oslo",
  CH: "Europe/Zurich",
  GB: "Europe/London",
  IS: "Atlantic/Reykjavik",
};

/** The zones a meeting can be planned in: the network's countries' and UTC. */
export const MEETING_TIME_ZONES: readonly string[] = [...new Set([PORTAL_TIME_ZONE, ...Object.values(COUNTRY_ZONES).sort(), "UTC"])];

export const isMeetingTimeZone = (zone: string) => MEETING_TIME_ZONES.includes(zone);

/** A person's own zone from the countries of the municipalities they act for (the first known one). */
export function zoneOfCountries(countries: readonly string[]): string {
  for (const c of countries) if (COUNTRY_ZONES[c]) return COUNTRY_ZONES[c];
  return PORTAL_TIME_ZONE;
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();
function partsFormat(zone: string): Intl.DateTimeFormat {
  let f = partsFormats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partsFormats.set(zone, f);
  }
  return f;
}

/** The wall-clock time in `zone` at `instant`, as numbers. */
export function wallClock(instant: Date, zone: string) {
  const parts = Object.fromEntries(
    partsFormat(zone)
      .formatToParts(instant)
      .filter((p) => p.type !== "literal")
      .map((p) => [p.type, Number(p.value)]),
  );
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
}

/** The zone's offset from UTC at `instant`, in minutes (Stockholm in winter: 60). */
export function offsetMinutes(instant: Date, zone: string): number {
  const w = wallClock(new Date(Math.floor(instant.getTime() / 1000) * 1000), zone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant at which the clocks of `zone` show `date` ("2027-01-15") and `time` ("10:00");
 * null when they never do (the hour skipped when summer time begins) or the input is not a date and time.
 */
export function zonedTimeToUtc(date: string, time: string, zone: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const [year, month, day, hour, minute] = [Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2])];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  let instant = new Date(guess - offsetMinutes(new Date(guess), zone) * 60_000);
  // Near a change of offset the first guess may be off by the change: correct once.
  instant = new Date(guess - offsetMinutes(instant, zone) * 60_000);
  const w = wallClock(instant, zone);
  if (w.year !== year || w.month !== month || w.day !== day || w.hour !== hour || w.minute !== minute) return null;
  return instant;
}

/** "Kyiv" for "Europe/Kyiv": how the zone is named beside a time. */
export const zoneCity = (zone: string) => (zone === "UTC" ? "UTC" : (zone.split("/").at(-1) ?? zone).replace(/_/g, " "));

/** The zone's short name in `locale` at `instant` ("EET", "OEZ", "GMT+2"). */
export function zoneAbbreviation(instant: Date, zone: string, locale: string): string {
  return (
    new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: "short" }).formatToParts(instant).find((p) => p.type === "timeZoneName")?.value ?? zone
  );
}

/** The label a time carries: "Kyiv, EET" (the city, and the zone's short name in `locale`). */
export function zoneLabel(instant: Date, zone: string, locale: string): string {
  const abbreviation = zoneAbbreviation(instant, zone, locale);
  const city = zoneCity(zone);
  return city === abbreviation ? city : `${city}, ${abbreviation}`;
}

/**
 * A date and time as people read it, with its zone named: "15 January 2027, 10:00 (Stockholm, CET)".
 * `style` "long" names the day; "short" for tables and histories.
 */
export function formatZoned(instant: Date, zone: string, locale: string, style: "long" | "short" = "long"): string {
  const text = new Intl.DateTimeFormat(locale, { timeZone: zone, dateStyle: style === "long" ? "full" : "medium", timeStyle: "short" }).format(instant);
  return `${text} (${zoneLabel(instant, zone, locale)})`;
}
