import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { DomainError } from "@/server/errors";
import { recordAudit } from "@/server/audit/record";
import { authorize, type Principal } from "@/server/auth/principal";
import { enqueueMail } from "@/server/mail/outbox";
import { REJECT_REASON } from "@/lib/join/schema";
import { foldForMatch } from "@/lib/join/place-key";
import { refreshSearchIndex } from "@/server/catalogue/search-index";
import { joinDecisionMail } from "./mail";
import { recipientLocale, type MailRecipient } from "@/server/mail/recipient-locale";

export type JoinDecisionError = "notFound" | "alreadyDecided" | "reason";

/**
 * A coordinator approves a proposal: in one transaction the municipality is created from what the
 * gazetteer (or the proposer) said, published, every proposer becomes its staff (an approved
 * membership) and is mailed, in their language, a link to complete its profile. Two coordinators
 * at once: the conditional update lets one through, the other is told it was decided.
 */
export async function approveProposal(principal: Principal | null, proposalId: number, origin?: string) {
  const actor = await authorize(principal, "join.decide", { type: "joinProposal", id: proposalId });
  return db().$transaction(async (tx) => {
    const proposal = await claim(tx, proposalId, "APPROVED", actor.userId, null);
    const slug = await freeSlug(tx, proposal.name, proposal.country);
    const municipality = await tx.municipality.create({
      data: {
        slug,
        country: proposal.country,
        nameEn: proposal.name,
        nameLocal: proposal.name,
        regionName: proposal.geonamesId ? null : proposal.regionName,
        population: proposal.population,
        latitude: proposal.latitude,
        longitude: proposal.longitude,
        geonamesId: proposal.geonamesId,
        languages: [],
        status: "PUBLISHED",
      },
      select: { id: true, slug: true },
    });
    await refreshSearchIndex(tx, [municipality.id]);
    await tx.joinProposal.update({ where: { id: proposalId }, data: { municipalityId: municipality.id } });
    for (const p of proposal.proposers) {
      await tx.membership.upsert({
        where: { userId_municipalityId: { userId: p.userId, municipalityId: municipality.id } },
        create: { userId: p.userId, municipalityId: municipality.id, status: "APPROVED", decidedAt: new Date(), decidedById: actor.userId },
        update: { status: "APPROVED", decidedAt: new Date(), decidedById: actor.userId },
      });
      await enqueueMail(tx, joinDecisionMail(proposerAddress(p), "approved", { name: proposal.name, slug: municipality.slug, origin }));
    }
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "join.decide",
      objectType: "joinProposal",
      objectId: String(proposalId),
      outcome: "ALLOWED",
      detail: { decision: "APPROVED", municipality: municipality.slug },
    });
    return municipality;
  });
}

/** A coordinator rejects a proposal with a reason, mailed to each proposer in their language. */
export async function rejectProposal(principal: Principal | null, proposalId: number, rawReason: string) {
  const actor = await authorize(principal, "join.decide", { type: "joinProposal", id: proposalId });
  const reason = rawReason.trim();
  if (reason.length < REJECT_REASON.min || reason.length > REJECT_REASON.max) throw new DomainError<JoinDecisionError>("reason", "reason");
  return db().$transaction(async (tx) => {
    const proposal = await claim(tx, proposalId, "REJECTED", actor.userId, reason);
    for (const p of proposal.proposers) await enqueueMail(tx, joinDecisionMail(proposerAddress(p), "rejected", { name: proposal.name, reason }));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "join.decide",
      objectType: "joinProposal",
      objectId: String(proposalId),
      outcome: "ALLOWED",
      detail: { decision: "REJECTED" },
    });
    return { id: proposalId };
  });
}

async function claim(tx: Prisma.TransactionClient, id: number, status: "APPROVED" | "REJECTED", by: string, reason: string | null) {
  const { count } = await tx.joinProposal.updateMany({
    where: { id, status: "PENDING" },
    data: { status, decidedAt: new Date(), decidedById: by, reason },
  });
  if (count === 0) {
    const exists = await tx.joinProposal.findUnique({ where: { id }, select: { id: true } });
    throw new DomainError<JoinDecisionError>(exists ? "alreadyDecided" : "notFound");
  }
  return tx.joinProposal.findUniqueOrThrow({
    where: { id },
    select: {
      name: true,
      country: true,
      regionName: true,
      population: true,
      latitude: true,
      longitude: true,
      geonamesId: true,
      proposers: {
        select: { userId: true, email: true, locale: true, user: { select: { locale: true, localeChosen: true } } },
        orderBy: { proposedAt: "asc" },
      },
    },
  });
}

/**
 * A slug no municipality has, hromadas of the register included: the name, then the name and the
 * country, then a number. The slug column is unique, so a hromada's slug is never taken.
 */
async function freeSlug(tx: Prisma.TransactionClient, name: string, country: string): Promise<string> {
  const base =
    foldForMatch(name)
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 100) || "municipality";
  const candidates = [base, `${base}-${country.toLowerCase()}`];
  for (let n = 2; n < 50; n++) candidates.push(`${base}-${country.toLowerCase()}-${n}`);
  const taken = new Set((await tx.municipality.findMany({ where: { slug: { in: candidates } }, select: { slug: true } })).map((m) => m.slug));
  const free = candidates.find((c) => !taken.has(c));
  if (!free) throw new Error(`no free slug for ${name} (${country})`);
  return free;
}

/** A proposer's address and mail language: the one they chose, else the join form's page (src/server/mail/recipient-locale.ts). */
function proposerAddress(p: { email: string; locale: string; user: MailRecipient }): { email: string; locale: string } {
  return { email: p.email, locale: recipientLocale(p.user, p.locale) };
}
