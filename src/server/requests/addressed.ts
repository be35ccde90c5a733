import "server-only";
import { db } from "@/server/db";
import { authorize, type Principal } from "@/server/auth/principal";
import type { CooperationAreaSlug } from "@/lib/cooperation-areas";
import { OPEN_REQUEST_STATUSES } from "./open-requests";

/**
 * The partnership requests addressed to a Ukrainian municipality, newest first, for its editors
 * (and coordinators), with the hromada's answer to each. The requester's name and e-mail are left
 * out: the coordinators introduce the two sides once a request is approved.
 */
export async function listRequestsAddressedTo(principal: Principal | null, municipalityId: number) {
  // One check on the hromada stands for every request addressed to it; a refusal is audited against it.
  await authorize(principal, "request.readForMunicipality", { type: "municipality", id: municipalityId });
  const rows = await db().partnershipRequest.findMany({
    // Its own proposals to EU municipalities are not addressed to it: its editors follow them as their requests.
    where: { ukrainianMunicipalityId: municipalityId, direction: "TO_HROMADA" },
    select: {
      id: true,
      reference: true,
      status: true,
      submittedAt: true,
      decidedAt: true,
      message: true,
      languages: true,
      interpretationNeeded: true,
      proposedMunicipalityName: true,
      proposedCountry: true,
      hromadaAnswer: true,
      hromadaAnswerReason: true,
      hromadaAnsweredAt: true,
      euMunicipality: { select: { nameEn: true, nameLocal: true, country: true } },
      areas: { select: { area: { select: { slug: true, sortOrder: true } } } },
    },
    orderBy: { submittedAt: "desc" },
    take: 100,
  });
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    status: r.status,
    submittedAt: r.submittedAt,
    decidedAt: r.decidedAt,
    message: r.message,
    languages: r.languages,
    interpretationNeeded: r.interpretationNeeded,
    // The hromada's answer (./hromada-answer.ts), changeable while the request is open.
    answer: r.hromadaAnswer ? { choice: r.hromadaAnswer, reason: r.hromadaAnswerReason, at: r.hromadaAnsweredAt } : null,
    answerable: (OPEN_REQUEST_STATUSES as readonly string[]).includes(r.status),
    from: r.euMunicipality
      ? { name: r.euMunicipality.nameLocal ?? r.euMunicipality.nameEn, country: r.euMunicipality.country }
      : { name: r.proposedMunicipalityName ?? "", country: r.proposedCountry },
    areas: r.areas.sort((a, b) => a.area.sortOrder - b.area.sortOrder).map((a) => a.area.slug as CooperationAreaSlug),
  }));
}

export type AddressedRequest = Awaited<ReturnType<typeof listRequestsAddressedTo>>[number];
