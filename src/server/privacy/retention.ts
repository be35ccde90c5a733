import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { recordAudit } from "@/server/audit/record";

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

/** The purge's row in the audit log: it is also how the instances know that today's purge ran. */
export const PURGE_ACTION = "retention.purge";
/** A purge is due this long after the last one: a little under a day, so a daily tick never slips a day. */
const PURGE_EVERY = "23 hours";
/** Any constant both instances agree on: the key of the advisory lock that makes the purge run once. */
const PURGE_LOCK = 0x63346370; // "c4cp"

/**
 * Deletes what has outlived its period, on the database's clock: mail sent (or given up on) more
 * than `mailDays` ago — pending mail stays until it is delivered —, audit lines older than
 * `auditDays`, rate-limit counters of windows older than `rateLimitDays`, and sessions and sign-in
 * links expired more than `expiredSignInDays` ago. Runs once across every instance: under a
 * transaction-scoped advisory lock, and only when the audit log shows no purge in the last 23
 * hours; the purge and its audit line commit together. Returns null when it was not due (or
 * another instance is running it).
 */
export async function runDailyPurge(client: PrismaClient = db(), periods: RetentionPeriods = retentionPeriods()): Promise<PurgeReport | null> {
  return client.$transaction(async (tx) => {
    const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${PURGE_LOCK}) AS locked`;
    if (!locked) return null;
    const [{ due }] = await tx.$queryRaw<{ due: boolean }[]>`
      SELECT NOT EXISTS (SELECT 1 FROM audit_event WHERE action = ${PURGE_ACTION} AND at > now() - ${PURGE_EVERY}::interval) AS due`;
    if (!due) return null;
    const days = (n: number) => `${n} days`;
    const report: PurgeReport = {
      mails: await tx.$executeRaw`
        DELETE FROM outbox_message WHERE status <> 'PENDING' AND coalesce(sent_at, created_at) < now() - ${days(periods.mailDays)}::interval`,
      auditEvents: await tx.$executeRaw`DELETE FROM audit_event WHERE at < now() - ${days(periods.auditDays)}::interval`,
      rateLimitHits: await tx.$executeRaw`DELETE FROM rate_limit_hit WHERE window_start < now() - ${days(periods.rateLimitDays)}::interval`,
      sessions: await tx.$executeRaw`DELETE FROM session WHERE expires < now() - ${days(periods.expiredSignInDays)}::interval`,
      signInTokens: await tx.$executeRaw`DELETE FROM verification_token WHERE expires < now() - ${days(periods.expiredSignInDays)}::interval`,
    };
    if (periods.conversationDays !== undefined) {
      // A declined or withdrawn request's conversation (its messages, files and read marks cascade) and internal notes.
      const closed = (n: number) =>
        tx.$queryRaw<{ id: number }[]>`
        SELECT id FROM partnership_request WHERE status IN ('DECLINED', 'WITHDRAWN') AND coalesce(decided_at, updated_at) < now() - ${days(n)}::interval`;
      const ids = (await closed(periods.conversationDays)).map((r) => r.id);
      report.conversations = await tx.$executeRaw`DELETE FROM conversation WHERE request_id = ANY(${ids})`;
      report.internalNotes = await tx.$executeRaw`DELETE FROM internal_note WHERE request_id = ANY(${ids})`;
    }
    await recordAudit(tx, { actorUserId: null, action: PURGE_ACTION, outcome: "ALLOWED", detail: { ...report, periods } });
    return report;
  });
}

/**
 * Tries the purge every hour in this process (the first try a minute after start); whichever
 * instance finds it due runs it, the others find it done. Failures are logged, never thrown.
 */
export function startRetentionPurge(intervalMs = 3_600_000, firstAfterMs = 60_000): () => void {
  const tick = () =>
    runDailyPurge()
      .then((report) => {
        if (report) console.info("retention: purged", JSON.stringify(report));
      })
      .catch((error) => console.error("retention: purge failed:", error instanceof Error ? error.message : error));
  const first = setTimeout(tick, firstAfterMs);
  const timer = setInterval(tick, intervalMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
