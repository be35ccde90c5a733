import { beforeEach, describe, expect, it } from "vitest";
import { runDueJobs } from "@/server/jobs/runner";
import { JOBS } from "@/server/jobs/registry";
import type { Job, JobContext } from "@/server/jobs/types";
import { PURGE_ACTION } from "@/server/privacy/retention";
import { DIGEST_ACTION } from "@/server/conversations/notify";
import { POST as devJobs } from "@/server/jobs/dev-clock";
import { db, resetDatabase } from "../support/database";
import { raceIt } from "../support/race";

const at = (iso: string) => new Date(iso);

/** A job that counts its runs in the database (so two instances' runs are seen), optionally failing first. */
function countingJob(name: string, period: Job["period"], failTimes = 0): Job & { seen: JobContext[] } {
  let failures = 0;
  const seen: JobContext[] = [];
  return {
    name,
    period,
    seen,
    async run(ctx) {
      seen.push(ctx);
      if (failures < failTimes) {
        failures++;
        throw new Error("the mail server is down");
      }
      await db().auditEvent.create({ data: { action: `test.${name}`, outcome: "ALLOWED", objectId: ctx.now.toISOString() } });
    },
  };
}

const runs = (name: string) => db().auditEvent.count({ where: { action: `test.${name}` } });

beforeEach(async () => {
  await resetDatabase();
});

describe("the job runner", () => {
  it("runs a job once per period, with the clock and origin it was given", async () => {
    const daily = countingJob("daily", "daily");
    const hourly = countingJob("hourly", "hourly");
    const jobs = [daily, hourly];
    expect(await runDueJobs(at("2026-12-08T10:00:00Z"), "https://portal.example", { jobs })).toEqual([
      { job: "daily", periodKey: "2026-12-08", outcome: "ran" },
      { job: "hourly", periodKey: "2026-12-08T10", outcome: "ran" },
    ]);
    expect(daily.seen).toEqual([{ now: at("2026-12-08T10:00:00Z"), origin: "https://portal.example" }]);
    await runDueJobs(at("2026-12-08T10:59:00Z"), undefined, { jobs });
    expect([await runs("daily"), await runs("hourly")]).toEqual([1, 1]);
    await runDueJobs(at("2026-12-08T11:00:00Z"), undefined, { jobs });
    expect([await runs("daily"), await runs("hourly")]).toEqual([1, 2]);
    await runDueJobs(at("2026-12-09T00:00:00Z"), undefined, { jobs });
    expect([await runs("daily"), await runs("hourly")]).toEqual([2, 3]);
  });

  it("runs only the job named, when one is", async () => {
    const a = countingJob("a", "daily");
    const b = countingJob("b", "daily");
    expect(await runDueJobs(at("2026-12-08T10:00:00Z"), undefined, { jobs: [a, b], only: "b" })).toEqual([
      { job: "b", periodKey: "2026-12-08", outcome: "ran" },
    ]);
    expect([await runs("a"), await runs("b")]).toEqual([0, 1]);
  });

  it("retries a failed run in the same period, and a failure does not stop the other jobs", async () => {
    const flaky = countingJob("flaky", "daily", 1);
    const steady = countingJob("steady", "daily");
    const first = await runDueJobs(at("2026-12-08T10:00:00Z"), undefined, { jobs: [flaky, steady] });
    expect(first).toMatchObject([
      { job: "flaky", outcome: "failed", error: "the mail server is down" },
      { job: "steady", outcome: "ran" },
    ]);
    expect(await db().jobRun.findUnique({ where: { job_periodKey: { job: "flaky", periodKey: "2026-12-08" } } })).toMatchObject({
      status: "FAILED",
      lastError: "the mail server is down",
    });
    expect(await runDueJobs(at("2026-12-08T10:05:00Z"), undefined, { jobs: [flaky, steady] })).toMatchObject([
      { job: "flaky", outcome: "ran" },
      { job: "steady", outcome: "notDue" },
    ]);
    expect(await db().jobRun.findUnique({ where: { job_periodKey: { job: "flaky", periodKey: "2026-12-08" } } })).toMatchObject({
      status: "DONE",
      attempts: 2,
    });
    expect(await runs("flaky")).toBe(1);
  });

  it("takes over a period whose instance died mid-run once its lease has lapsed, not before", async () => {
    const job = countingJob("orphan", "daily");
    await db()
      .$executeRaw`INSERT INTO job_run (job, period_key, status, started_at, lease_until) VALUES ('orphan', '2026-12-08', 'RUNNING', now(), now() + interval '10 minutes')`;
    expect(await runDueJobs(at("2026-12-08T10:00:00Z"), undefined, { jobs: [job] })).toMatchObject([{ outcome: "notDue" }]);
    await db().$executeRaw`UPDATE job_run SET lease_until = now() - interval '1 second'`;
    expect(await runDueJobs(at("2026-12-08T10:00:00Z"), undefined, { jobs: [job] })).toMatchObject([{ outcome: "ran" }]);
    expect(await runs("orphan")).toBe(1);
  });

  raceIt("runs a job once when two instances call at the same moment", async () => {
    const job = countingJob("race", "hourly");
    const now = at("2026-12-08T10:00:00Z");
    const outcomes = (await Promise.all([runDueJobs(now, undefined, { jobs: [job] }), runDueJobs(now, undefined, { jobs: [job] })])).flat();
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(["notDue", "ran"]);
    expect(await runs("race")).toBe(1);
  });
});

describe("the registered jobs", () => {
  it("are the purges, the digest and the reminders; the daily ones once a day, the digest's day beginning at 05:00 UTC", async () => {
    expect(JOBS.map((j) => [j.name, j.period])).toEqual(
      expect.arrayContaining([
        ["retention.purge", "daily"],
        ["conversations.digest", "daily"],
        ["contact.purge", "daily"],
        ["interpreters.purge", "daily"],
        ["reminders.requests", "hourly"],
        ["reminders.profiles", "daily"],
        ["reminders.fundingDeadlines", "daily"],
      ]),
    );
    const day = at("2026-12-08T04:30:00Z");
    await runDueJobs(day);
    expect(await db().auditEvent.count({ where: { action: PURGE_ACTION } })).toBe(1);
    // Before 05:00 the digest's day is still the 7th, and it sends nothing before its hour.
    expect(await db().auditEvent.count({ where: { action: DIGEST_ACTION } })).toBe(0);
    await runDueJobs(at("2026-12-08T05:00:00Z"));
    expect(await db().auditEvent.count({ where: { action: DIGEST_ACTION, objectId: "2026-12-08" } })).toBe(1);
    const later = await runDueJobs(at("2026-12-08T23:00:00Z"));
    // The daily jobs are done for the day; only the hourly one (the request reminders) runs again.
    expect(later.filter((o) => o.outcome !== "notDue").map((o) => o.job)).toEqual(["reminders.requests"]);
    expect(await db().auditEvent.count({ where: { action: PURGE_ACTION } })).toBe(1);
    await runDueJobs(at("2026-12-09T05:10:00Z"));
    expect(await db().auditEvent.count({ where: { action: PURGE_ACTION } })).toBe(2);
    expect(await db().auditEvent.count({ where: { action: DIGEST_ACTION } })).toBe(2);
  });
});

describe("the clock endpoint POST /api/dev/jobs", () => {
  it("does not exist outside demo mode (these tests run on a real Postgres without DEMO_MODE): 404, and nothing runs", async () => {
    const response = await devJobs(
      new Request("http://localhost/api/dev/jobs", {
        method: "POST",
        body: JSON.stringify({ now: "2026-12-08T06:00:00Z" }),
        headers: { "content-type": "application/json" },
      }),
    );
    expect(response.status).toBe(404);
    expect(await db().jobRun.count()).toBe(0);
  });
});
