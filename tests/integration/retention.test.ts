import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { PURGE_ACTION, retentionJob, runDailyPurge, type RetentionPeriods } from "@/server/privacy/retention";
import { runDueJobs } from "@/server/jobs/runner";
import { db, resetDatabase } from "../support/database";
import { createUser } from "../support/accounts";
import { raceIt } from "../support/race";

const PERIODS: RetentionPeriods = { mailDays: 30, auditDays: 365, rateLimitDays: 1, expiredSignInDays: 1 };

/** `days` days before the database's now, as a timestamp the rows are backdated to. */
async function daysAgo(days: number): Promise<Date> {
  const [{ at }] = await db().$queryRaw<{ at: Date }[]>`SELECT now() - make_interval(secs => ${days * 86_400}) AS at`;
  return at;
}

async function plantRows(userId: string) {
  const old = { mail: await daysAgo(31), audit: await daysAgo(366), window: await daysAgo(2), expired: await daysAgo(2) };
  const recent = { mail: await daysAgo(29), audit: await daysAgo(364), window: await daysAgo(0), expired: await daysAgo(0.5) };
  const future = new Date(Date.now() + 86_400_000);
  await db().outboxMessage.createMany({
    data: [
      { to: "old@example.org", subject: "old sent", text: "x", status: "SENT", createdAt: old.mail, sentAt: old.mail },
      { to: "old@example.org", subject: "old failed", text: "x", status: "FAILED", createdAt: old.mail },
      { to: "old@example.org", subject: "old pending", text: "x", status: "PENDING", createdAt: old.mail },
      { to: "new@example.org", subject: "recent sent", text: "x", status: "SENT", createdAt: recent.mail, sentAt: recent.mail },
    ],
  });
  await db().auditEvent.createMany({
    data: [
      { action: "old.line", outcome: "ALLOWED", at: old.audit },
      { action: "recent.line", outcome: "ALLOWED", at: recent.audit },
    ],
  });
  await db().rateLimitHit.createMany({
    data: [
      { key: "old", windowStart: old.window, count: 1 },
      { key: "recent", windowStart: recent.window, count: 1 },
    ],
  });
  await db().session.createMany({
    data: [
      { sessionToken: `old-${randomUUID()}`, userId, expires: old.expired },
      { sessionToken: `just-expired-${randomUUID()}`, userId, expires: recent.expired },
      { sessionToken: `live-${randomUUID()}`, userId, expires: future },
    ],
  });
  await db().verificationToken.createMany({
    data: [
      { identifier: "a@example.org", token: `old-${randomUUID()}`, expires: old.expired },
      { identifier: "a@example.org", token: `live-${randomUUID()}`, expires: future },
    ],
  });
}

beforeEach(async () => {
  await resetDatabase();
});

describe("the daily retention purge", () => {
  it("deletes what is past its period and keeps the rest; pending mail stays until it is sent", async () => {
    await plantRows(await createUser("someone@example.org"));
    expect(await runDailyPurge(db(), PERIODS)).toEqual({ mails: 2, auditEvents: 1, rateLimitHits: 1, sessions: 1, signInTokens: 1 });
    expect((await db().outboxMessage.findMany({ select: { subject: true }, orderBy: { id: "asc" } })).map((m) => m.subject)).toEqual([
      "old pending",
      "recent sent",
    ]);
    expect((await db().auditEvent.findMany({ select: { action: true }, orderBy: { id: "asc" } })).map((a) => a.action)).toEqual(["recent.line", PURGE_ACTION]);
    expect((await db().rateLimitHit.findMany({ select: { key: true } })).map((r) => r.key)).toEqual(["recent"]);
    expect((await db().session.findMany({ select: { sessionToken: true } })).map((s) => s.sessionToken.split("-")[0]).sort()).toEqual(["just", "live"]);
    expect(await db().verificationToken.count()).toBe(1);
  });

  it("runs once a day through the job runner: a second run the same day does nothing, one the next day purges again", async () => {
    const jobs = [retentionJob(() => PERIODS)];
    const today = new Date();
    expect(await runDueJobs(today, undefined, { jobs })).toMatchObject([{ job: "retention.purge", outcome: "ran" }]);
    await db().auditEvent.create({ data: { action: "old.line", outcome: "ALLOWED", at: await daysAgo(400) } });
    expect(await runDueJobs(new Date(today.getTime() + 60_000), undefined, { jobs })).toMatchObject([{ outcome: "notDue" }]);
    expect(await db().auditEvent.count({ where: { action: "old.line" } })).toBe(1);
    expect(await runDueJobs(new Date(today.getTime() + 86_400_000), undefined, { jobs })).toMatchObject([{ outcome: "ran" }]);
    expect(await db().auditEvent.count({ where: { action: "old.line" } })).toBe(0);
    expect(await db().auditEvent.count({ where: { action: PURGE_ACTION } })).toBe(2);
  });

  raceIt("runs once when several instances try at the same moment", async () => {
    await plantRows(await createUser("someone@example.org"));
    const jobs = [retentionJob(() => PERIODS)];
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 6 }, () => runDueJobs(now, undefined, { jobs })));
    expect(results.flat().filter((r) => r.outcome === "ran")).toHaveLength(1);
    expect(await db().auditEvent.count({ where: { action: PURGE_ACTION } })).toBe(1);
  });
});
