import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { recordAudit } from "@/server/audit/record";
import type { Job } from "@/server/jobs/types";

/** How long each kind of row is kept, in days (src/server/env.ts; the privacy notice states them). */
export type RetentionPeriods = { mailDays: number; auditDays: number; rateLimitDays: number; expiredSignInDays: number; conversationDays?: number };

export function retentionPeriods(): RetentionPeriods {
  return {
    mailDays: env.RETENTION_MAIL_DAYS,
    auditDays: env.RETENTION_AUDIT_DAYS,
    rateLimitDays: env.RETENTION_RATE_LIMIT_DAYS,
    expiredSignInDays: env.RETENTION_EXPIRED_SIGN_IN_DAYS,
    conversationDays: env.RETENTION_CONVERSATION_DAYS,
  };
}

export type PurgeReport = {
  mails: number;
  auditEvents: number;
  rateLimitHits: number;
  sessions: number;
  signInTokens: number;
  conversations?: number;
  internalNotes?: number;
};

/** The purge's row in the audit log: what it deleted, with the periods. */
export const PURGE_ACTION = "retention.purge";
/** Days the job runner's claims (job_run) and the record of sent reminders (reminder_sent) are kept. */
export const JOB_RECORD_DAYS = 400;

/**
 * Deletes what has outlived its period, as of `now`: mail sent (or given up on) more than
 * `mailDays` ago — pending mail stays until it is delivered —, audit lines older than
 * `auditDays`, rate-limit counters of windows older than `rateLimitDays`, sessions and sign-in
 * links expired more than `expiredSignInDays` ago, and the job runner's records older than
 * JOB_RECORD_DAYS. One transaction, with its audit line. Run once a day by the job runner
 * (retentionJob, src/server/jobs), which makes it run once across every instance.
 */
export async function runDailyPurge(client: PrismaClient = db(), periods: RetentionPeriods = retentionPeriods(), now: Date = new Date()): Promise<PurgeReport> {
  return client.$transaction(async (tx) => {
    const days = (n: number) => `${n} days`;
    const report: PurgeReport = {
      mails: await tx.$executeRaw`
        DELETE FROM outbox_message WHERE status <> 'PENDING' AND coalesce(sent_at, created_at) < ${now}::timestamptz - ${days(periods.mailDays)}::interval`,
      auditEvents: await tx.$executeRaw`DELETE FROM audit_event WHERE at < ${now}::timestamptz - ${days(periods.auditDays)}::interval`,
      rateLimitHits: await tx.$executeRaw`DELETE FROM rate_limit_hit WHERE window_start < ${now}::timestamptz - ${days(periods.rateLimitDays)}::interval`,
      sessions: await tx.$executeRaw`DELETE FROM session WHERE expires < ${now}::timestamptz - ${days(periods.expiredSignInDays)}::interval`,
      signInTokens: await tx.$executeRaw`DELETE FROM verification_token WHERE expires < ${now}::timestamptz - ${days(periods.expiredSignInDays)}::interval`,
    };
    if (periods.conversationDays !== undefined) {
      // A declined or withdrawn request's conversation (its messages, files and read marks cascade) and internal notes.
      const closed = (n: number) =>
        tx.$queryRaw<{ id: number }[]>`
        SELECT id FROM partnership_request WHERE status IN ('DECLINED', 'WITHDRAWN') AND coalesce(decided_at, updated_at) < ${now}::timestamptz - ${days(n)}::interval`;
      const ids = (await closed(periods.conversationDays)).map((r) => r.id);
      report.conversations = await tx.$executeRaw`DELETE FROM conversation WHERE request_id = ANY(${ids})`;
      report.internalNotes = await tx.$executeRaw`DELETE FROM internal_note WHERE request_id = ANY(${ids})`;
    }
    // Not personal data, but nothing reads them after a year: a period long past, a reminder whose cycle is over.
    await tx.$executeRaw`DELETE FROM job_run WHERE started_at < ${now}::timestamptz - ${days(JOB_RECORD_DAYS)}::interval`;
    await tx.$executeRaw`DELETE FROM reminder_sent WHERE sent_at < ${now}::timestamptz - ${days(JOB_RECORD_DAYS)}::interval`;
    await recordAudit(tx, { actorUserId: null, action: PURGE_ACTION, outcome: "ALLOWED", detail: { ...report, periods } });
    return report;
  });
}

/** The purge as a daily job of the job runner (src/server/jobs/registry.ts). */
export function retentionJob(periods: () => RetentionPeriods = retentionPeriods): Job {
  return {
    name: "retention.purge",
    period: "daily",
    async run({ now }) {
      const report = await runDailyPurge(db(), periods(), now);
      console.info("retention: purged", JSON.stringify(report));
    },
  };
}
