/** A profile not confirmed for this long is marked "possibly out of date". */
export const STALE_AFTER_DAYS = 180;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether a profile confirmed at `confirmedAt` (null: never) may be out of date at `now`. */
export function isPossiblyOutOfDate(confirmedAt: Date | null, now: Date): boolean {
  return confirmedAt === null || now.getTime() - confirmedAt.getTime() > STALE_AFTER_DAYS * DAY_MS;
}

/** How a hromada answers the partnership requests addressed to it: the median time from arrival to its first answer. */
export type Responsiveness = { answered: number; medianSeconds: number | null };

/**
 * A median duration in the unit a reader takes in at a glance: hours under two days, whole
 * days under eight weeks, then weeks.
 */
export function responseTimeParts(seconds: number): { unit: "hours" | "days" | "weeks"; count: number } {
  const hours = seconds / 3600;
  if (hours < 48) return { unit: "hours", count: Math.max(1, Math.round(hours)) };
  const days = hours / 24;
  if (days < 56) return { unit: "days", count: Math.round(days) };
  return { unit: "weeks", count: Math.round(days / 7) };
}
