import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { ACCOUNT_REFUSALS_CAPPED, ANONYMOUS_REFUSALS_CAPPED } from "@/lib/audit-filter";

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
 * Refusals of callers who are not signed in, listed one by one up to this many per action and
 * hour (the database's clock), across the network. Anyone can post to a server action without
 * signing in, and each refusal is a line kept for good: without a bound, a script could grow the
 * log without end and bury the lines that matter. Past the bound, one line of the hour counts
 * the refusals of that action not listed (`detail.notListed`); other actions are still listed,
 * so flooding one cannot hide another. The bound is read from the log itself, so a refusal writes nothing but the
 * log. Refusals at the same instant may pass the bound by as many as arrive together; they may
 * also each start a counting line, of which only the first then counts.
 */
export const ANONYMOUS_REFUSALS_PER_HOUR = 600;

/**
 * Refusals of one signed-in account, listed up to this many per action and hour; past it, one
 * line of that account and hour counts the rest, as for callers not signed in. A script with a
 * session wrote 300 lines in 3 seconds before; a person is refused a few times at most.
 */
export const ACCOUNT_REFUSALS_PER_HOUR = 60;

/** Appends one line to the audit log. Never put an e-mail address or a contact's data in `detail`:
 * erasure must leave no trace, and the log is kept. */
export async function recordAudit(client: Writer, entry: AuditEntry): Promise<void> {
  if (entry.outcome === "REFUSED" && !(await refusalListed(client, entry.action, entry.actorUserId))) return;
  await client.auditEvent.create({
    data: {
      actorUserId: entry.actorUserId,
      // Kept when the account is deleted (actorUserId becomes null), so the log can say so.
      byAccount: entry.actorUserId !== null,
      action: entry.action,
      objectType: storable(entry.objectType, 40),
      objectId: storable(entry.objectId, 60),
      outcome: entry.outcome,
      detail: entry.detail === undefined ? undefined : storableJson(entry.detail),
    },
  });
}

/** Whether this hour still lists `actor`'s (or anonymous) refusals of `action`; if not, this one is counted on the hour's counting line. */
async function refusalListed(client: Writer, action: string, actor: string | null): Promise<boolean> {
  const capped = actor === null ? ANONYMOUS_REFUSALS_CAPPED : ACCOUNT_REFUSALS_CAPPED;
  const bound = actor === null ? ANONYMOUS_REFUSALS_PER_HOUR : ACCOUNT_REFUSALS_PER_HOUR;
  // Past the bound, the counting line exists: one indexed update, no count.
  const counted = await client.$executeRaw`
    UPDATE audit_event SET detail = jsonb_set(detail, '{notListed}', to_jsonb((detail->>'notListed')::int + 1))
     WHERE id = (SELECT min(id) FROM audit_event
                  WHERE action = ${capped} AND at >= date_trunc('hour', now()) AND detail->>'action' = ${action}
                    AND actor_user_id IS NOT DISTINCT FROM ${actor}::text)`;
  if (counted > 0) return false;
  const [{ listed }] = await client.$queryRaw<{ listed: number }[]>`
    SELECT count(*)::int AS listed FROM audit_event
     WHERE action = ${action} AND at >= date_trunc('hour', now()) AND outcome = 'REFUSED'
       AND (CASE WHEN ${actor}::text IS NULL THEN NOT by_account ELSE actor_user_id = ${actor}::text END)`;
  if (listed < bound) return true;
  await client.auditEvent.create({
    data: { actorUserId: actor, byAccount: actor !== null, action: capped, outcome: "REFUSED", detail: { action, perHour: bound, notListed: 1 } },
  });
  return false;
}

/**
 * What a caller sent as an id, as Postgres can keep it: a forged id may hold a NUL byte (which no
 * text column accepts) or run past the column. Without this the refusal's line fails to be
 * written and the attempt goes unaudited; with it the line shows the id, marked where it was cut.
 */
function storable(value: string | null | undefined, max: number): string | null {
  if (value == null) return null;
  const clean = value.replace(/\u0000/g, "\uFFFD");
  return clean.length <= max ? clean : `${clean.slice(0, max - 1)}…`;
}

function storableJson(value: Prisma.InputJsonValue): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value).replace(/\\u0000/g, "\\uFFFD"));
}
