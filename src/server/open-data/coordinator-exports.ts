import "server-only";
import { db } from "@/server/db";
import { authorize, type Principal } from "@/server/auth/principal";
import { describeAuditObjects, type AuditObject } from "@/server/audit/objects";
import { auditWhere } from "@/server/audit/read";
import { recordAudit } from "@/server/audit/record";
import { parseAuditFilter } from "@/lib/audit-filter";
import { DEFAULT_QUEUE_FILTER, queueWhere, parseQueueFilter } from "@/server/requests/queue";
import type { CsvCell } from "@/lib/open-data/csv";

/**
 * The coordinators' downloads: the request queue and the audit log, with the filters of their
 * pages, as CSV. Personal data (requesters' names and addresses, actors' addresses): authorized
 * here, on the same actions as the pages (request.readAll, audit.read); a refusal is audited.
 */
export const EXPORT_LIMIT = 50_000;

/** A download of people's data is itself a line in the audit log: who took which rows. */
async function auditExport(principal: Principal, action: "request.readAll" | "audit.read", filter: object, rows: number) {
  await recordAudit(db(), {
    actorUserId: principal.userId,
    action,
    objectType: null,
    objectId: null,
    outcome: "ALLOWED",
    detail: { export: "csv", filter, rows },
  });
}

type Params = Record<string, string | string[] | undefined>;

export async function requestQueueCsv(principal: Principal | null, params: Params, now = new Date()) {
  const allowed = await authorize(principal, "request.readAll");
  const filter = parseQueueFilter(params);
  const rows = await db().partnershipRequest.findMany({
    where: queueWhere(filter, now, allowed.userId),
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: EXPORT_LIMIT,
    select: {
      reference: true,
      status: true,
      submittedAt: true,
      decidedAt: true,
      languages: true,
      interpretationNeeded: true,
      requesterName: true,
      requesterRole: true,
      requesterEmail: true,
      message: true,
      decisionNote: true,
      proposedMunicipalityName: true,
      proposedCountry: true,
      proposedRegion: true,
      ukrainianMunicipality: { select: { slug: true, nameEn: true, nameUk: true } },
      euMunicipality: { select: { slug: true, nameEn: true, nameLocal: true, country: true } },
      areas: { select: { area: { select: { slug: true } } } },
    },
  });
  const header = [
    "reference",
    "status",
    "submitted_at",
    "decided_at",
    "hromada_slug",
    "hromada_name_en",
    "hromada_name_uk",
    "partner_slug",
    "partner_name",
    "partner_country",
    "partner_in_portal",
    "areas",
    "languages",
    "interpretation_needed",
    "requester_name",
    "requester_role",
    "requester_email",
    "message",
    "decision_note",
  ];
  const body: CsvCell[][] = rows.map((r) => [
    r.reference,
    r.status,
    r.submittedAt,
    r.decidedAt,
    r.ukrainianMunicipality.slug,
    r.ukrainianMunicipality.nameEn,
    r.ukrainianMunicipality.nameUk,
    r.euMunicipality?.slug ?? null,
    r.euMunicipality ? (r.euMunicipality.nameLocal ?? r.euMunicipality.nameEn) : r.proposedMunicipalityName,
    r.euMunicipality?.country ?? r.proposedCountry,
    r.euMunicipality !== null,
    r.areas.map((a) => a.area.slug).join(";"),
    r.languages.join(";"),
    r.interpretationNeeded,
    r.requesterName,
    r.requesterRole,
    r.requesterEmail,
    r.message,
    r.decisionNote,
  ]);
  // The filter as chosen: status and age always, the others when set.
  const { page: _page, ...chosen } = filter;
  const named = Object.fromEntries(
    Object.entries(chosen).filter(([k, v]) => k === "status" || k === "age" || v !== DEFAULT_QUEUE_FILTER[k as keyof typeof chosen]),
  );
  await auditExport(allowed, "request.readAll", named, body.length);
  return { header, rows: body, filename: `cities4cities-requests-${filter.status}-${now.toISOString().slice(0, 10)}.csv` };
}

function objectLabel(o: AuditObject | undefined): string | null {
  if (!o) return null;
  switch (o.kind) {
    case "request":
      return o.reference;
    case "municipality":
      return o.slug;
    case "partnership":
      return `${o.ukrainian.nameEn} – ${o.eu.nameLocal ?? o.eu.nameEn}`;
    case "membership":
      return o.municipality.slug;
    case "contactMessage":
      return String(o.id);
  }
}

export async function auditLogCsv(principal: Principal | null, params: Params, now = new Date()) {
  const allowed = await authorize(principal, "audit.read");
  const { filter } = parseAuditFilter(params);
  const rows = await db().auditEvent.findMany({
    where: auditWhere(filter),
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: EXPORT_LIMIT,
    select: {
      id: true,
      at: true,
      action: true,
      objectType: true,
      objectId: true,
      outcome: true,
      byAccount: true,
      detail: true,
      actor: { select: { name: true, email: true } },
    },
  });
  const objects = await describeAuditObjects(rows);
  const header = ["id", "at", "action", "outcome", "actor_name", "actor_email", "object_type", "object_id", "object", "detail"];
  const body: CsvCell[][] = rows.map((r) => [
    r.id,
    r.at,
    r.action,
    r.outcome,
    r.actor ? r.actor.name : r.byAccount ? "(deleted account)" : "(anonymous)",
    r.actor?.email ?? null,
    r.objectType,
    r.objectId,
    objectLabel(r.objectType && r.objectId ? objects.get(`${r.objectType}:${r.objectId}`) : undefined),
    r.detail === null ? null : JSON.stringify(r.detail),
  ]);
  await auditExport(allowed, "audit.read", { action: filter.action, outcome: filter.outcome, from: filter.from, to: filter.to }, body.length);
  return { header, rows: body, filename: `cities4cities-audit-log-${now.toISOString().slice(0, 10)}.csv` };
}
