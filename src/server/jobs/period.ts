import type { JobPeriod } from "./types";

const HOUR_MS = 3_600_000;

/**
 * The period `now` falls in, as the key of its job_run row (UTC): "2026-12-08T05" (hourly),
 * "2026-12-08" (daily), "2026-W50" (weekly, ISO week). With `startHourUtc` a day (or week) begins
 * at that hour: at 04:59 it is still the previous day's period.
 */
export function periodKey(period: JobPeriod, now: Date, startHourUtc = 0): string {
  if (period === "hourly") return now.toISOString().slice(0, 13);
  const shifted = new Date(now.getTime() - startHourUtc * HOUR_MS);
  if (period === "daily") return shifted.toISOString().slice(0, 10);
  // ISO week: the week of the Thursday in the same Monday-to-Sunday week.
  const day = new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
  const weekday = (day.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  day.setUTCDate(day.getUTCDate() - weekday + 3);
  const year = day.getUTCFullYear();
  const week1 = new Date(Date.UTC(year, 0, 4));
  const week = 1 + Math.round(((day.getTime() - week1.getTime()) / (24 * HOUR_MS) - 3 + ((week1.getUTCDay() + 6) % 7)) / 7);
  return `${year}-W${String(week).padStart(2, "0")}`;
}
