import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { authorize, type Principal } from "@/server/auth/principal";

/** "open": waiting for a coordinator (new, or answered by the requester); INFORMATION_REQUESTED waits for the requester. */
export const QUEUE_STATUSES = ["open", "SUBMITTED", "UNDER_REVIEW", "INFORMATION_REQUESTED", "APPROVED", "DECLINED", "WITHDRAWN", "all"] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];
/** "Waiting longer than N days"; "any" shows every age. */
export const QUEUE_AGES = ["any", "7", "14", "30", "90"] as const;
export type QueueAge = (typeof QUEUE_AGES)[number];
export const QUEUE_PAGE_SIZE = 20;

export type QueueFilter = { status: QueueStatus; age: QueueAge; page: number };

/** The queue's filter from GET parameters; anything unknown falls back to the default. */
export function parseQueueFilter(params: Record<string, string | string[] | undefined>): QueueFilter {
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string) : undefined);
  const status = (QUEUE_STATUSES as readonly string[]).includes(one("status") ?? "") ? (one("status") as QueueStatus) : "open";
  const age = (QUEUE_AGES as readonly string[]).includes(one("age") ?? "") ? (one("age") as QueueAge) : "any";
  const pageNumber = Number.parseInt(one("page") ?? "1", 10);
  const page = Number.isSafeInteger(pageNumber) && pageNumber >= 1 && pageNumber <= 10_000 ? pageNumber : 1;
  return { status, age, page };
}

/** The queue's filter as a condition (also for its CSV export, src/server/open-data/coordinator-exports.ts). */
export function queueWhere(filter: Pick<QueueFilter, "status" | "age">, now: Date): Prisma.PartnershipRequestWhereInput {
  const status = filter.status === "all" ? undefined : filter.status === "open" ? { in: ["SUBMITTED" as const, "UNDER_REVIEW" as const] } : filter.status;
  const submittedAt = filter.age === "any" ? undefined : { lte: new Date(now.getTime() - Number(filter.age) * 86_400_000) };
  return { status, submittedAt };
}

/** Partnership requests for the coordinators' queue, oldest first, one page at a time. */
export async function listRequestQueue(principal: Principal | null, filter: QueueFilter, now = new Date()) {
  await authorize(principal, "request.readAll");
  const condition = queueWhere(filter, now);
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
      // Asked for interpretation, and whether an interpreter is assigned yet (src/server/interpretation).
      interpretation: r.interpretationNeeded ? (r._count.interpreterAssignments > 0 ? ("assigned" as const) : ("needed" as const)) : null,
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
