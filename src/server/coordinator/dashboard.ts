import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { authorize, type Principal } from "@/server/auth/principal";
import { DAY_MS, FUNDING_DEADLINE_NOTICE_DAYS } from "@/lib/reminders/periods";
import { overdueWhere, UNDECIDED } from "@/server/requests/queue";
import { stalledPartnerships } from "@/server/partnerships/activity";

/** How many of each kind the dashboard names; the count says how many there are in all. */
export const DASHBOARD_LIST = 5;

const requestRow = {
  reference: true,
  submittedAt: true,
  ukrainianMunicipality: { select: { nameEn: true, nameUk: true } },
  euMunicipality: { select: { nameEn: true, nameLocal: true } },
  proposedMunicipalityName: true,
} satisfies Prisma.PartnershipRequestSelect;

type RequestRow = Prisma.PartnershipRequestGetPayload<{ select: typeof requestRow }>;
const asRow = (r: RequestRow) => ({
  reference: r.reference,
  submittedAt: r.submittedAt,
  ukrainian: { nameEn: r.ukrainianMunicipality.nameEn, nameUk: r.ukrainianMunicipality.nameUk },
  eu: r.euMunicipality ? (r.euMunicipality.nameLocal ?? r.euMunicipality.nameEn) : (r.proposedMunicipalityName ?? ""),
});

/**
 * Unanswered questions, of two kinds: the contact form's open messages, and requests whose
 * requester answered a coordinator's request for information (an INFO_PROVIDED line put them
 * back UNDER_REVIEW) and that wait for a decision. Conversation messages are left out: whether
 * one waits for the coordinators depends on who reads it, which each person's unread marks in
 * the inbox already show.
 */
export const ANSWERED_WHERE: Prisma.PartnershipRequestWhereInput = { status: "UNDER_REVIEW", events: { some: { kind: "INFO_PROVIDED" } } };

/**
 * What needs the coordinators' attention, each a count and the first few, for the dashboard
 * (/coordinator). A handful of counts and short lists on indexed columns; the stalled
 * partnerships are one pass over the partnerships (src/server/partnerships/activity.ts).
 * Authorized on request.readAll; each kind is what a coordinator may read anyway.
 */
export async function loadDashboard(principal: Principal | null, now = new Date()) {
  const viewer = await authorize(principal, "request.readAll");
  const requests = (where: Prisma.PartnershipRequestWhereInput, order: "asc" | "desc") =>
    Promise.all([
      db().partnershipRequest.count({ where }),
      db().partnershipRequest.findMany({ where, orderBy: [{ submittedAt: order }, { id: order }], take: DASHBOARD_LIST, select: requestRow }),
    ]).then(([total, rows]) => ({ total, rows: rows.map(asRow) }));
  const today = new Date(now.toISOString().slice(0, 10));
  const deadlineWhere: Prisma.FundingProgrammeWhereInput = {
    retiredAt: null,
    deadlineKind: "calls",
    deadlineLastKnown: { gte: today, lte: new Date(today.getTime() + FUNDING_DEADLINE_NOTICE_DAYS * DAY_MS) },
  };
  const [fresh, overdue, answered, mine, openMessages, memberships, joinProposals, interpretation, stalled, deadlines, deadlineRows] = await Promise.all([
    requests({ status: "SUBMITTED" }, "desc"),
    requests(overdueWhere(now), "asc"),
    requests(ANSWERED_WHERE, "asc"),
    db().partnershipRequest.count({ where: { assigneeId: viewer.userId, status: { in: [...UNDECIDED] } } }),
    db().contactMessage.count({ where: { answeredAt: null } }),
    db().membership.count({ where: { status: "PENDING" } }),
    db().joinProposal.count({ where: { status: "PENDING", proposers: { some: {} } } }),
    requests({ status: { in: [...UNDECIDED] }, interpretationNeeded: true, interpreterAssignments: { none: {} } }, "asc"),
    stalledPartnerships(now, DASHBOARD_LIST),
    db().fundingProgramme.count({ where: deadlineWhere }),
    db().fundingProgramme.findMany({
      where: deadlineWhere,
      orderBy: [{ deadlineLastKnown: "asc" }, { id: "asc" }],
      take: DASHBOARD_LIST,
      select: { slug: true, texts: true, deadlineLastKnown: true },
    }),
  ]);
  return {
    fresh,
    overdue,
    answered,
    mine,
    openMessages,
    memberships,
    joinProposals,
    interpretation,
    stalled,
    deadlines: {
      total: deadlines,
      rows: deadlineRows.map((f) => {
        const name = (f.texts as { name?: { en?: string; uk?: string } }).name;
        return { slug: f.slug, name: { en: name?.en ?? f.slug, uk: name?.uk ?? name?.en ?? f.slug }, deadline: f.deadlineLastKnown! };
      }),
    },
  };
}

export type Dashboard = Awaited<ReturnType<typeof loadDashboard>>;
