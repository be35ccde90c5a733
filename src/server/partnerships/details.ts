import "server-only";
import { db } from "@/server/db";
import { can, type Principal } from "@/server/auth/principal";
import { allowedMoves, confirmedCourse, type Stage } from "@/lib/partnership-stages";
import type { Subject } from "@/server/auth/principal";
import type { CooperationAreaSlug } from "@/lib/cooperation-areas";

/**
 * One partnership as its page shows it, or null when there is none. Its facts and the stage
 * history (when, from, to) are public, as in the registry: the public sees the confirmed course
 * (confirmedCourse: corrections undo what they correct), those who may move it every move; who
 * moved it and their notes are shown only to those who may move it (the partners' people,
 * coordinators, administrators), since a note may name people or the terms being negotiated.
 * The history holds confirmed moves only; the partners' proposals (open, declined, withdrawn,
 * superseded), with who made and closed them and when, are shown to those same people only.
 */
export async function getPartnershipDetails(principal: Principal | null, id: number) {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const p = await db().partnership.findUnique({
    where: { id },
    select: {
      id: true,
      since: true,
      stage: true,
      ukrainianMunicipalityId: true,
      euMunicipalityId: true,
      ukrainianMunicipality: {
        select: { slug: true, nameEn: true, nameUk: true, status: true, region: { select: { slug: true, nameEn: true, nameUk: true } } },
      },
      euMunicipality: { select: { nameEn: true, nameLocal: true, country: true } },
      areas: { select: { area: { select: { slug: true } } }, orderBy: { area: { sortOrder: "asc" } } },
      stageEvents: {
        orderBy: [{ at: "asc" }, { id: "asc" }],
        select: {
          id: true,
          at: true,
          fromStage: true,
          toStage: true,
          note: true,
          actor: { select: { name: true, email: true } },
          proposal: { select: { decider: { select: { name: true, email: true } } } },
        },
      },
      stageProposals: {
        where: { status: { not: "CONFIRMED" } },
        orderBy: [{ proposedAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          side: true,
          status: true,
          fromStage: true,
          toStage: true,
          note: true,
          reason: true,
          proposedAt: true,
          decidedAt: true,
          proposerUserId: true,
          proposer: { select: { name: true, email: true } },
          decider: { select: { name: true, email: true } },
        },
      },
    },
  });
  if (!p) return null;
  const subject = { type: "partnership", id: p.id, ukrainianMunicipalityId: p.ukrainianMunicipalityId, euMunicipalityId: p.euMunicipalityId } as const;
  // A coordinator's (administrator's) change takes effect at once; a partner's is a proposal.
  const referee = can(principal, "partnership.changeStage", subject);
  const mayChange = referee || can(principal, "partnership.proposeStage", subject);
  const nameOf = (u: { name: string | null; email: string } | null) => (u ? (u.name ?? u.email) : null);
  const proposals = mayChange
    ? p.stageProposals.map((q) => {
        const proposal: Subject = {
          type: "stageProposal",
          id: q.id,
          partnershipId: p.id,
          ukrainianMunicipalityId: p.ukrainianMunicipalityId,
          euMunicipalityId: p.euMunicipalityId,
          side: q.side,
          proposerUserId: q.proposerUserId,
        };
        return {
          id: q.id,
          side: q.side,
          status: q.status,
          from: q.fromStage as Stage,
          to: q.toStage as Stage,
          note: q.note,
          reason: q.reason,
          proposedAt: q.proposedAt,
          decidedAt: q.decidedAt,
          proposer: nameOf(q.proposer),
          decider: nameOf(q.decider),
          mayDecide: q.status === "OPEN" && can(principal, "partnership.decideStage", proposal),
          mayWithdraw: q.status === "OPEN" && can(principal, "stageProposal.withdrawOwn", proposal),
        };
      })
    : [];
  const history = p.stageEvents.map((e) => ({
    id: e.id,
    at: e.at,
    from: e.fromStage as Stage,
    to: e.toStage as Stage,
    // Who and why: for the partners and coordinators only (undefined otherwise, never sent).
    actor: mayChange ? (e.actor ? (e.actor.name ?? e.actor.email) : null) : undefined,
    note: mayChange ? e.note : undefined,
    confirmedBy: mayChange && e.proposal ? nameOf(e.proposal.decider) : undefined,
  }));
  return {
    id: p.id,
    ukrainianMunicipalityId: p.ukrainianMunicipalityId,
    euMunicipalityId: p.euMunicipalityId,
    since: p.since,
    stage: p.stage as Stage,
    ukrainian: p.ukrainianMunicipality,
    eu: { name: p.euMunicipality.nameLocal ?? p.euMunicipality.nameEn, country: p.euMunicipality.country },
    areas: p.areas.map((a) => a.area.slug as CooperationAreaSlug),
    mayChange,
    referee,
    moves: mayChange ? allowedMoves(p.stage as Stage, referee) : [],
    openProposal: proposals.find((q) => q.status === "OPEN") ?? null,
    closedProposals: proposals.filter((q) => q.status !== "OPEN"),
    history: mayChange ? history : confirmedCourse(history),
  };
}

export type PartnershipDetails = NonNullable<Awaited<ReturnType<typeof getPartnershipDetails>>>;
