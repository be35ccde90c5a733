import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { ANONYMOUS_REFUSALS_CAPPED } from "@/lib/audit-filter";

export type AuditEntry = {
  actorUserId: string | null;
  /** An action of src/lib/permissions.ts, or an event such as "auth.signIn". */
  action: string;
  objectType?: string | null;
  objectId?: string | null;
  outcome: "ALLOWED" | "REFUSED" | "FAILED";
  detail?: Prisma.InputJsonValue;
};

/** Anything that can write a row: the client, or a transaction so the entry commits with the change. */
type Writer = Pick<PrismaClient, "auditEvent" | "$queryRaw" | "$executeRaw">;

/**
 * Refusals of callers who are not signed in, listed one by one per hour (of the log's clock),
 * across the network. Anyone can post to a server action without signing in, and each refusal
 * is a line kept for good: without a bound, a script could grow the log without end and bury
 * the lines that matter. Past the bound, one line of the hour says so and counts the refusals
 * not listed. Refusals of signed-in people are always listed: they name their account.
 * The bound is read from the log itself, so nothing but the log is written; two refusals at the
 * same instant may both pass it by one, or both start the counting line.
 */
export const ANONYMOUS_REFUSALS_PER_HOUR = 600;

const HOUR_MS = 60 * 60 * 1000;

/** Appends one line to the audit log. Never put an e-mail address or a contact's data in `detail`:
 * erasure must leave no trace, and the log is kept. */
export async function recordAudit(client: Writer, entry: AuditEntry, now: Date = new Date()): Promise<void> {
  if (entry.actorUserId === null && entry.outcome === "REFUSED" && !(await anonymousRefusalListed(client, now))) return;
  await client.auditEvent.create({
    data: {
      at: now,
      actorUserId: entry.actorUserId,
      // Kept when the account is deleted (actorUserId becomes null), so the log can say so.
      byAccount: entry.actorUserId !== null,
      action: entry.action,
      objectType: entry.objectType ?? null,
      objectId: entry.objectId ?? null,
      outcome: entry.outcome,
      detail: entry.detail,
    },
  });
}

/** Whether this hour still lists refusals of callers not signed in; if not, counts this one on the hour's counting line. */
async function anonymousRefusalListed(client: Writer, now: Date): Promise<boolean> {
  const from = new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS);
  const to = new Date(from.getTime() + HOUR_MS);
  const [{ listed }] = await client.$queryRaw<{ listed: number }[]>`
    SELECT count(*)::int AS listed FROM audit_event
     WHERE at >= ${from} AND at < ${to} AND NOT by_account AND outcome = 'REFUSED' AND action <> ${ANONYMOUS_REFUSALS_CAPPED}`;
  if (listed < ANONYMOUS_REFUSALS_PER_HOUR) return true;
  const counted = await client.$executeRaw`
    UPDATE audit_event SET detail = jsonb_set(detail, '{notListed}', to_jsonb((detail->>'notListed')::int + 1))
     WHERE at >= ${from} AND at < ${to} AND action = ${ANONYMOUS_REFUSALS_CAPPED}`;
  if (counted === 0) {
    await client.auditEvent.create({
      data: { at: now, actorUserId: null, byAccount: false, action: ANONYMOUS_REFUSALS_CAPPED, outcome: "REFUSED", detail: { perHour: ANONYMOUS_REFUSALS_PER_HOUR, notListed: 1 } },
    });
  }
  return false;
}
