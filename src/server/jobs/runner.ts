import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { databaseOutage } from "@/server/db/availability";
import { JOBS } from "./registry";
import { periodKey } from "./period";
import type { Job } from "./types";

/**
 * How long a claimed run is left to its instance. An instance that dies mid-run leaves its row
 * RUNNING; after the lease another instance retries the period. Longer than any job runs.
 */
const LEASE = "30 minutes";

export type JobOutcome = { job: string; periodKey: string; outcome: "ran" | "notDue" | "failed"; error?: string };

/**
 * Claims `job`'s period: inserts its job_run row, or takes over a row that FAILED or whose
 * RUNNING lease lapsed. One statement, so of two instances claiming at the same moment exactly
 * one gets the row (the other waits on the row lock and then finds it claimed). Leases are on
 * the database's clock (they are about processes, not about the settable `now`).
 */
async function claim(client: PrismaClient, job: string, key: string): Promise<boolean> {
  const rows = await client.$queryRaw<{ job: string }[]>`
    INSERT INTO job_run (job, period_key, status, attempts, started_at, lease_until)
    VALUES (${job}, ${key}, 'RUNNING', 1, now(), now() + ${LEASE}::interval)
    ON CONFLICT (job, period_key) DO UPDATE
       SET status = 'RUNNING', attempts = job_run.attempts + 1, started_at = now(),
           lease_until = now() + ${LEASE}::interval, finished_at = NULL
     WHERE job_run.status = 'FAILED' OR (job_run.status = 'RUNNING' AND job_run.lease_until < now())
    RETURNING job`;
  return rows.length === 1;
}

/**
 * Runs each job of `jobs` (all registered ones, or the one named `only`) whose period at `now`
 * has not been run yet, one after another. A job that throws marks its period FAILED and is
 * retried by the next call in the same period; the others still run. Never throws.
 */
export async function runDueJobs(
  now: Date,
  origin?: string,
  options: { only?: string; jobs?: readonly Job[]; client?: PrismaClient } = {},
): Promise<JobOutcome[]> {
  const client = options.client ?? db();
  const jobs = (options.jobs ?? JOBS).filter((j) => options.only === undefined || j.name === options.only);
  const outcomes: JobOutcome[] = [];
  for (const job of jobs) {
    const key = periodKey(job.period, now, job.startHourUtc);
    try {
      if (!(await claim(client, job.name, key))) {
        outcomes.push({ job: job.name, periodKey: key, outcome: "notDue" });
        continue;
      }
    } catch (error) {
      outcomes.push({ job: job.name, periodKey: key, outcome: "failed", error: message(error) });
      continue;
    }
    try {
      await job.run({ now, origin });
      await client.$executeRaw`UPDATE job_run SET status = 'DONE', finished_at = now(), last_error = NULL WHERE job = ${job.name} AND period_key = ${key}`;
      outcomes.push({ job: job.name, periodKey: key, outcome: "ran" });
    } catch (error) {
      const text = message(error);
      await client.$executeRaw`UPDATE job_run SET status = 'FAILED', finished_at = now(), last_error = ${text.slice(0, 2000)} WHERE job = ${job.name} AND period_key = ${key}`.catch(
        () => undefined,
      );
      outcomes.push({ job: job.name, periodKey: key, outcome: "failed", error: text });
    }
  }
  return outcomes;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The one timer of scheduled work in this process: every `intervalMs` (first after `firstAfterMs`)
 * it runs the due jobs at the current time. Ticks never overlap and are skipped while the database
 * is known to be down. Returns the function that stops it.
 */
export function startJobRunner(origin: string | undefined, intervalMs = 5 * 60_000, firstAfterMs = 60_000): () => void {
  let running = false;
  const tick = () => {
    if (running || databaseOutage()) return;
    running = true;
    runDueJobs(new Date(), origin)
      .then((outcomes) => {
        for (const o of outcomes) {
          if (o.outcome === "ran") console.info(`jobs: ${o.job} ran for ${o.periodKey}`);
          if (o.outcome === "failed") console.error(`jobs: ${o.job} failed for ${o.periodKey} (retried at the next tick):`, o.error);
        }
      })
      .catch((error) => console.error("jobs: tick failed:", message(error)))
      .finally(() => {
        running = false;
      });
  };
  const first = setTimeout(tick, firstAfterMs);
  const timer = setInterval(tick, intervalMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
