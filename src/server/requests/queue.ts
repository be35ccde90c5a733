import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { authorize, type Principal } from "@/server/auth/principal";
import { isCooperationArea, type CooperationAreaSlug } from "@/lib/cooperation-areas";
import { DAY_MS, REQUEST_OVERDUE_DAYS } from "@/lib/reminders/periods";

/**
 * "open": waiting for a coordinator (new, or answered by the requester); INFORMATION_REQUESTED waits
 * for the requester; "undecided": any of the three, i.e. no decision yet (what "overdue" counts).
 */
export const QUEUE_STATUSES = ["open", "undecided", "SUBMITTED", "UNDER_REVIEW", "INFORMATION_REQUESTED", "APPROVED", "DECLINED", "WITHDRAWN", "all"] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];
/** "Waiting longer than N days"; "any" shows every age. REQUEST_OVERDUE_DAYS (14) is one of them: the dashboard's "overdue" link. */
export const QUEUE_AGES = ["any", "7", "14", "30", "90"] as const;
export type QueueAge = (typeof QUEUE_AGES)[number];
export const QUEUE_INTERPRETATION = ["any", "needed", "assigned", "none"] as const;
export type QueueInterpretation = (typeof QUEUE_INTERPRETATION)[number];
export const QUEUE_PAGE_SIZE = 20;
export const UNDECIDED = ["SUBMITTED", "UNDER_REVIEW", "INFORMATION_REQUESTED"] as const;

/** "any", "me", "none" (nobody assigned), or a coordinator's user id. */
export type QueueAssignee = string;

export type QueueFilter = {
  status: QueueStatus;
  age: QueueAge;
  page: number;
  /** Searched in the reference and the names of the municipalities on either side. */
  q: string;
  assignee: QueueAssignee;
  /** The EU side's country (ISO 3166-1 alpha-2), or "". */
  country: string;
  area: CooperationAreaSlug | "";
  interpretation: QueueInterpretation;
};

export const DEFAULT_QUEUE_FILTER: QueueFilter = { status: "open", age: "any", page: 1, q: "", assignee: "any", country: "", area: "", interpretation: "any" };

function pick<T extends string>(list: readonly T[], value: string | undefined, fallback: T): T {
  return (list as readonly string[]).includes(value ?? "") ? (value as T) : fallback;
}

/** The queue's filter from GET parameters; anything unknown falls back to the default. */
export function parseQueueFilter(params: Record<string, string | string[] | undefined>): QueueFilter {
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string) : undefined);
  const pageNumber = Number.parseInt(one("page") ?? "1", 10);
  const page = Number.isSafeInteger(pageNumber) && pageNumber >= 1 && pageNumber <= 10_000 ? pageNumber : 1;
  const assignee = one("assignee") ?? "any";
  const country = (one("country") ?? "").toUpperCase();
  const area = one("area") ?? "";
  return {
    status: pick(QUEUE_STATUSES, one("status"), "open"),
    age: pick(QUEUE_AGES, one("age"), "any"),
    page,
    q: (one("q") ?? "").replace(/\s+/g, " ").trim().slice(0, 100),
    assignee: assignee === "me" || assignee === "none" || /^[A-Za-z0-9_-]{1,40}$/.test(assignee) ? assignee : "any",
    country: /^[A-Z]{2}$/.test(country) && country !== "UA" ? country : "",
    area: isCooperationArea(area) ? area : "",
    interpretation: pick(QUEUE_INTERPRETATION, one("interpretation"), "any"),
  };
}

/** The query string of a filter, default values left out (the page's links, the CSV link, the dashboard's links). */
export function queueSearch(filter: Partial<QueueFilter>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...DEFAULT_QUEUE_FILTER, ...filter })) {
    if (value !== DEFAULT_QUEUE_FILTER[key as keyof QueueFilter]) search.set(key, String(value));
  }
  const qs = search.toString();
  return qs ? `?${qs}` : "";
}

/** Undecided and submitted at least REQUEST_OVERDUE_DAYS ago (13 days: not yet; 14: overdue). */
export function overdueWhere(now: Date): Prisma.PartnershipRequestWhereInput {
  return { status: { in: [...UNDECIDED] }, submittedAt: { lte: new Date(now.getTime() - REQUEST_OVERDUE_DAYS * DAY_MS) } };
}

export function isOverdue(request: { status: string; submittedAt: Date }, now: Date): boolean {
  return (UNDECIDED as readonly string[]).includes(request.status) && request.submittedAt.getTime() <= now.getTime() - REQUEST_OVERDUE_DAYS * DAY_MS;
}

/**
 * The queue's filter as a condition (also for its CSV export, src/server/open-data/coordinator-exports.ts).
 * `viewerId`: who "me" is.
 */
export function queueWhere(filter: Omit<QueueFilter, "page">, now: Date, viewerId: string | null): Prisma.PartnershipRequestWhereInput {
  const and: Prisma.PartnershipRequestWhereInput[] = [];
  if (filter.status === "open") and.push({ status: { in: ["SUBMITTED", "UNDER_REVIEW"] } });
  else if (filter.status === "undecided") and.push({ status: { in: [...UNDECIDED] } });
  else if (filter.status !== "all") and.push({ status: filter.status });
  if (filter.age !== "any") and.push({ submittedAt: { lte: new Date(now.getTime() - Number(filter.age) * DAY_MS) } });
  if (filter.q) {
    const contains = { contains: filter.q, mode: "insensitive" as const };
    and.push({
      OR: [
        { reference: contains },
        { ukrainianMunicipality: { OR: [{ nameEn: contains }, { nameUk: contains }] } },
        { euMunicipality: { OR: [{ nameEn: contains }, { nameLocal: contains }] } },
        { proposedMunicipalityName: contains },
      ],
    });
  }
  if (filter.assignee === "me") and.push({ assigneeId: viewerId ?? "-" });
  else if (filter.assignee === "none") and.push({ assigneeId: null });
  else if (filter.assignee !== "any") and.push({ assigneeId: filter.assignee });
  if (filter.country) and.push({ OR: [{ euMunicipality: { country: filter.country } }, { euMunicipalityId: null, proposedCountry: filter.country }] });
  if (filter.area) and.push({ areas: { some: { area: { slug: filter.area } } } });
  if (filter.interpretation === "needed") and.push({ interpretationNeeded: true, interpreterAssignments: { none: {} } });
  else if (filter.interpretation === "assigned") and.push({ interpreterAssignments: { some: {} } });
  else if (filter.interpretation === "none") and.push({ interpretationNeeded: false, interpreterAssignments: { none: {} } });
  return { AND: and };
}

/** Partnership requests for the coordinators' queue, oldest first, one page at a time. */
export async function listRequestQueue(principal: Principal | null, filter: QueueFilter, now = new Date()) {
  const viewer = await authorize(principal, "request.readAll");
  const condition = queueWhere(filter, now, viewer.userId);
  const [total, rows] = await Promise.all([
    db().partnershipRequest.count({ where: condition }),
    db().partnershipRequest.findMany({
      where: condition,
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      skip: (filter.page - 1) * QUEUE_PAGE_SIZE,
      take: QUEUE_PAGE_SIZE,
      select: {
        reference: true,
        status: true,
        submittedAt: true,
        proposedMunicipalityName: true,
        ukrainianMunicipality: { select: { slug: true, status: true, nameEn: true, nameUk: true } },
        euMunicipality: { select: { slug: true, status: true, nameEn: true, nameLocal: true, country: true } },
        proposedCountry: true,
        direction: true,
        hromadaAnswer: true,
        interpretationNeeded: true,
        assignee: { select: { id: true, name: true, email: true } },
        _count: { select: { interpreterAssignments: true } },
      },
    }),
  ]);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE)),
    rows: rows.map((r) => ({
      reference: r.reference,
      status: r.status,
      submittedAt: r.submittedAt,
      overdue: isOverdue(r, now),
      // Asked for interpretation, and whether an interpreter is assigned yet (src/server/interpretation).
      interpretation: r.interpretationNeeded ? (r._count.interpreterAssignments > 0 ? ("assigned" as const) : ("needed" as const)) : null,
      assignee: r.assignee ? { id: r.assignee.id, name: r.assignee.name ?? r.assignee.email, me: r.assignee.id === viewer.userId } : null,
      ukrainian: r.ukrainianMunicipality,
      direction: r.direction,
      hromadaAnswer: r.hromadaAnswer,
      eu: r.euMunicipality
        ? {
            name: r.euMunicipality.nameLocal ?? r.euMunicipality.nameEn,
            country: r.euMunicipality.country,
            inPortal: true,
            slug: r.euMunicipality.slug,
            status: r.euMunicipality.status,
          }
        : { name: r.proposedMunicipalityName ?? "", country: r.proposedCountry, inPortal: false, slug: null, status: null },
    })),
  };
}

/** The choices of the queue's filters that come from the data: the coordinators, the EU sides' countries. */
export async function queueFilterChoices(principal: Principal | null) {
  await authorize(principal, "request.readAll");
  const [coordinators, countries] = await Promise.all([
    listCoordinators(),
    db().$queryRaw<{ country: string }[]>`
      SELECT DISTINCT coalesce(m.country, r.proposed_country) AS country
      FROM partnership_request r LEFT JOIN municipality m ON m.id = r.eu_municipality_id
      WHERE coalesce(m.country, r.proposed_country) IS NOT NULL ORDER BY 1`,
  ]);
  return { coordinators, countries: countries.map((c) => c.country) };
}

/** The people a request may be assigned to: the network's coordinators and administrators. */
export async function listCoordinators() {
  const users = await db().user.findMany({
    where: { role: { not: null } },
    orderBy: [{ name: "asc" }, { email: "asc" }],
    select: { id: true, name: true, email: true },
  });
  return users.map((u) => ({ id: u.id, name: u.name ?? u.email }));
}
