/** How often a job runs: once per UTC hour, day or ISO week (Monday to Sunday). */
export type JobPeriod = "hourly" | "daily" | "weekly";

/**
 * What a job is given: `now` is the clock (a job never reads `new Date()`, so tests and the demo's
 * /api/dev/jobs can set it); `origin` is the portal's public address for links in mails
 * (undefined when unknown: mails then carry no links).
 */
export type JobContext = { now: Date; origin: string | undefined };

/**
 * A scheduled job, listed in registry.ts. The runner (runner.ts) runs it once per period across
 * every instance. `startHourUtc` (daily and weekly jobs): the period begins at this hour of the
 * UTC day instead of midnight — the daily digest's period begins at 05:00 UTC.
 * A job may be run again after it failed, so it does its writes in transactions that record what
 * they did (a reminder's mails commit with its reminder_sent row).
 */
export type Job = {
  name: string;
  period: JobPeriod;
  startHourUtc?: number;
  run(ctx: JobContext): Promise<void>;
};
