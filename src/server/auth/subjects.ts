import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/server/db";
import type { Subject } from "./principal";

export async function partnershipSubject(id: number, client: PrismaClient = db()): Promise<Subject | null> {
  const p = await client.partnership.findUnique({
    where: { id },
    select: { id: true, ukrainianMunicipalityId: true, euMunicipalityId: true },
  });
  return p && { type: "partnership", ...p };
}

/** A municipality with the municipalities it is in a partnership with (not ended), for contact.read. */
export async function municipalitySubject(id: number, client: PrismaClient = db()): Promise<Subject | null> {
  const m = await client.municipality.findUnique({
    where: { id },
    select: {
      id: true,
      ukrainianPartnerships: { where: { stage: { not: "ENDED" } }, select: { euMunicipalityId: true } },
      euPartnerships: { where: { stage: { not: "ENDED" } }, select: { ukrainianMunicipalityId: true } },
    },
  });
  if (!m) return null;
  const partners = [...m.ukrainianPartnerships.map((p) => p.euMunicipalityId), ...m.euPartnerships.map((p) => p.ukrainianMunicipalityId)];
  return { type: "municipality", id: m.id, partnerMunicipalityIds: partners };
}

/** A stage proposal with its partnership's two sides, for partnership.decideStage and stageProposal.withdrawOwn. */
export async function stageProposalSubject(id: number, client: PrismaClient = db()): Promise<Subject | null> {
  const p = await client.stageProposal.findUnique({
    where: { id },
    select: {
      id: true,
      partnershipId: true,
      side: true,
      proposerUserId: true,
      partnership: { select: { ukrainianMunicipalityId: true, euMunicipalityId: true } },
    },
  });
  return p && { type: "stageProposal", id: p.id, partnershipId: p.partnershipId, side: p.side, proposerUserId: p.proposerUserId, ...p.partnership };
}
