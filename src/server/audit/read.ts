import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { authorize, type Principal } from "@/server/auth/principal";
import { describeAuditObjects } from "./objects";
import { ACCOUNT_REFUSALS_CAPPED, ANONYMOUS_REFUSALS_CAPPED, AUDIT_PAGE_SIZE, nextDay, startOfDay, type AuditFilter } from "@/lib/audit-filter";

/** The portal's time zone, as in src/i18n/request.ts: a day in the filter is a day there. */
const TIME_ZONE = "Europe/Kyiv";

/** The filter as a condition (also for the CSV export, src/server/open-data/coordinator-exports.ts). */
export function auditWhere(filter: Omit<AuditFilter, "page">): Prisma.AuditEventWhereInput {
  const at: Prisma.DateTimeFilter = {};
  if (filter.from) at.gte = startOfDay(filter.from, TIME_ZONE);
  if (filter.to) at.lt = startOfDay(nextDay(filter.to), TIME_ZONE);
  return { action: filter.action, outcome: filter.outcome, at: filter.from || filter.to ? at : undefined };
}

/**
 * One page of the audit log, newest first, for coordinators and administrators (`audit.read`).
 * Refused (and the refusal itself audited) for everyone else. The actor is given as their name or
 * e-mail address, "anonymous" when nobody was signed in, or "deleted" when the account is gone.
 */
export async function listAuditEvents(principal: Principal | null, filter: AuditFilter) {
  await authorize(principal, "audit.read");
  const condition = auditWhere(filter);
  const total = await db().auditEvent.count({ where: condition });
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const rows = await db().auditEvent.findMany({
    where: condition,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    select: {
      id: true,
      at: true,
      action: true,
      objectType: true,
      objectId: true,
      outcome: true,
      byAccount: true,
      detail: true,
      actor: { select: { name: true, jobTitle: true, email: true } },
    },
  });
  const objects = await describeAuditObjects(rows);
  return {
    total,
    pages,
    rows: rows.map((r) => ({
      object: r.objectType && r.objectId ? (objects.get(`${r.objectType}:${r.objectId}`) ?? null) : null,
      // A coordinator's decision on a request is labelled by what was decided (kept in the detail).
      decision: r.action === "request.decide" ? decisionOf(r.detail) : null,
      id: r.id,
      at: r.at,
      action: r.action,
      objectType: r.objectType,
      objectId: r.objectId,
      outcome: r.outcome,
      notListed: r.action === ANONYMOUS_REFUSALS_CAPPED || r.action === ACCOUNT_REFUSALS_CAPPED ? notListed(r.detail) : null,
      actor: r.actor
        ? ({ kind: "person", name: r.actor.name, jobTitle: r.actor.jobTitle, email: r.actor.email } as const)
        : ({ kind: r.byAccount ? "deleted" : "anonymous" } as const),
    })),
  };
}

const DECISIONS = ["approve", "decline", "askForInformation"] as const;
function decisionOf(detail: Prisma.JsonValue): (typeof DECISIONS)[number] | null {
  if (typeof detail !== "object" || detail === null || Array.isArray(detail)) return null;
  return DECISIONS.find((d) => d === detail.decision) ?? null;
}

/** The refusals a counting line (src/server/audit/record.ts) stands for: of which action, how many. */
function notListed(detail: Prisma.JsonValue): { action: string; count: number } | null {
  if (typeof detail !== "object" || detail === null || Array.isArray(detail)) return null;
  const { action, notListed: count } = detail;
  return typeof action === "string" && typeof count === "number" ? { action, count } : null;
}

export type AuditLogPage = Awaited<ReturnType<typeof listAuditEvents>>;
