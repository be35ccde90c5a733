import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { ANONYMOUS_REFUSALS_CAPPED } from "@/lib/audit-filter";
import { type RateLimit, consume } from "@/server/abuse/rate-limit";

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
type Writer = Pick<PrismaClient, "auditEvent" | "$queryRaw">;

/**
 * Refusals of callers who are not signed in, recorded one by one, per hour, across the network.
 * Anyone can post to a server action without signing in, and each refusal is a row kept for
 * good: without a bound, a script could grow the log without end and bury the entries that
 * matter. Past the bound, the first refusal leaves one line saying so, with the bound, and the
 * rest are counted only (in rate_limit_hit, under this rule's name, until its windows are purged).
 * Refusals of signed-in people are always recorded: they name their account.
 */
export const ANONYMOUS_REFUSALS: RateLimit = { name: "audit.anonymousRefusals", limit: 600, windowMs: 60 * 60 * 1000 };

/** Appends one line to the audit log. Never put an e-mail address or a contact's data in `detail`:
 * erasure must leave no trace, and the log is kept. */
export async function recordAudit(client: Writer, entry: AuditEntry, now: Date = new Date()): Promise<void> {
  if (entry.actorUserId === null && entry.outcome === "REFUSED") {
    const decision = await consume(ANONYMOUS_REFUSALS, "all", { client, now });
    if (!decision.allowed) {
      if (decision.hits !== ANONYMOUS_REFUSALS.limit + 1) return;
      entry = { actorUserId: null, action: ANONYMOUS_REFUSALS_CAPPED, outcome: "REFUSED", detail: { perHour: ANONYMOUS_REFUSALS.limit } };
    }
  }
  await client.auditEvent.create({
    data: {
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
