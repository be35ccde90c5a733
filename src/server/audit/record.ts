import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";

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
type Writer = Pick<PrismaClient, "auditEvent">;

/** Appends one line to the audit log. Never put an e-mail address or a contact's data in `detail`:
 * erasure must leave no trace, and the log is kept. */
export async function recordAudit(client: Writer, entry: AuditEntry): Promise<void> {
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
