import "server-only";
import { db } from "@/server/db";
import { authorize, can, type Principal } from "@/server/auth/principal";
import { requestSubjectByReference } from "./load";
import type { CooperationAreaSlug } from "@/lib/cooperation-areas";

/** Statuses in which the requester may still withdraw: before a coordinator's decision. */
export const WITHDRAWABLE = ["SUBMITTED", "UNDER_REVIEW", "INFORMATION_REQUESTED"] as const;

/**
 * The person's own partnership requests (those they sent), newest first: every signed-in person
 * may read theirs (`request.readOwn`), also after leaving the municipality they sent them for.
 */
export async function listOwnRequests(principal: Principal) {
  const rows = await db().partnershipRequest.findMany({
    where: { requesterUserId: principal.userId },
    select: {
      reference: true,
      status: true,
      submittedAt: true,
      direction: true,
      ukrainianMunicipality: { select: { nameEn: true, nameUk: true } },
      euMunicipality: { select: { nameEn: true, nameLocal: true } },
    },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    take: 200,
  });
  return rows.map((r) => ({
    reference: r.reference,
    status: r.status,
    submittedAt: r.submittedAt,
    // The municipality the request went to: the hromada, or for a hromada's proposal the EU municipality.
    to: r.direction === "TO_EU" && r.euMunicipality ? { nameEn: r.euMunicipality.nameLocal ?? r.euMunicipality.nameEn, nameUk: null } : r.ukrainianMunicipality,
  }));
}

export type OwnRequestRow = Awaited<ReturnType<typeof listOwnRequests>>[number];

/**
 * One of the person's own requests with its history (`request.readOwn`). Someone else's request
 * and an unknown reference are refused alike (audited, Forbidden), so a reference cannot be
 * probed; the page answers both with a 404.
 */
export async function getOwnRequest(principal: Principal | null, reference: string) {
  const subject = await requestSubjectByReference(reference);
  const reader = await authorize(principal, "request.readOwn", subject ?? undefined);
  const r = await db().partnershipRequest.findUniqueOrThrow({
    where: { id: subject!.id },
    select: {
      id: true,
      reference: true,
      status: true,
      submittedAt: true,
      message: true,
      languages: true,
      interpretationNeeded: true,
      requesterRole: true,
      direction: true,
      ukrainianMunicipality: { select: { slug: true, nameEn: true, nameUk: true } },
      euMunicipality: { select: { slug: true, nameEn: true, nameLocal: true } },
      // An approved request's partnership, linked from the request's page.
      partnership: { select: { id: true } },
      areas: { select: { area: { select: { slug: true, sortOrder: true } } } },
      events: {
        // The hromada's answer is for the coordinators, who introduce the two sides: not shown to the requester.
        where: { kind: { not: "HROMADA_ANSWERED" } },
        orderBy: [{ at: "asc" }, { id: "asc" }],
        select: { id: true, at: true, kind: true, fromStatus: true, toStatus: true, note: true, actor: { select: { name: true, email: true } } },
      },
    },
  });
  return {
    ...r,
    areas: r.areas.sort((a, b) => a.area.sortOrder - b.area.sortOrder).map((a) => a.area.slug as CooperationAreaSlug),
    // Open, and the reader still acts for an EU municipality (a former staff member only reads it).
    withdrawable: (WITHDRAWABLE as readonly string[]).includes(r.status) && can(reader, "request.withdrawOwn", subject ?? undefined),
    // A coordinator's question waits for the reader's answer (src/server/requests/answer.ts).
    answerable: r.status === "INFORMATION_REQUESTED" && can(reader, "request.answerOwn", subject ?? undefined),
    question: r.status === "INFORMATION_REQUESTED" ? ([...r.events].reverse().find((e) => e.kind === "INFO_REQUESTED")?.note ?? null) : null,
    // As the coordinators' review shows it: who acted, by name (or address when they gave none).
    events: r.events.map(({ actor: who, ...e }) => ({ ...e, actor: who ? (who.name ?? who.email) : null })),
  };
}
