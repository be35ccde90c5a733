import "server-only";
import { db } from "@/server/db";
import { authorize, type Principal } from "@/server/auth/principal";
import type { CooperationAreaSlug } from "@/lib/cooperation-areas";
import { OPEN_REQUEST_STATUSES } from "./open-requests";

/**
 * The partnership requests addressed to a municipality, newest first (at most 100), for its own
 * people (and coordinators). The municipality's country decides the side: a hromada's editors see
 * the requests EU municipalities sent it (TO_HROMADA), with the hromada's answer to each; an EU
 * municipality's staff see the proposals hromadas sent it (TO_EU), read only — the answer
 * "interested / not now" is the hromada's alone. The requester's name and e-mail are left out:
 * the coordinators introduce the two sides once a request is approved.
 */
export async function listRequestsAddressedTo(principal: Principal | null, municipalityId: number) {
  // One check on the municipality stands for every request addressed to it; a refusal is audited against it.
  await authorize(principal, "request.readForMunicipality", { type: "municipality", id: municipalityId });
  const { country } = await db().municipality.findUniqueOrThrow({ where: { id: municipalityId }, select: { country: true } });
  const side: "HROMADA" | "EU" = country === "UA" ? "HROMADA" : "EU";
  const rows = await db().partnershipRequest.findMany({
    // A municipality's own requests are not addressed to it: its people follow them as their requests.
    where: side === "HROMADA" ? { ukrainianMunicipalityId: municipalityId, direction: "TO_HROMADA" } : { euMunicipalityId: municipalityId, direction: "TO_EU" },
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
      ukrainianMunicipality: { select: { slug: true, nameEn: true, nameUk: true, status: true } },
      areas: { select: { area: { select: { slug: true, sortOrder: true } } } },
    },
    orderBy: { submittedAt: "desc" },
    take: 100,
  });
  return rows.map((r) => ({
    id: r.id,
    side,
    reference: r.reference,
    status: r.status,
    submittedAt: r.submittedAt,
    decidedAt: r.decidedAt,
    message: r.message,
    languages: r.languages,
    interpretationNeeded: r.interpretationNeeded,
    // The hromada's answer (./hromada-answer.ts), changeable while the request is open.
    // The hromada's answer (./hromada-answer.ts), changeable while the request is open; not shown to the EU side.
    answer: side === "HROMADA" && r.hromadaAnswer ? { choice: r.hromadaAnswer, reason: r.hromadaAnswerReason, at: r.hromadaAnsweredAt } : null,
    answerable: side === "HROMADA" && (OPEN_REQUEST_STATUSES as readonly string[]).includes(r.status),
    // Who sent it: an EU municipality (or one proposed by name), or the proposing hromada (its public profile's slug).
    from:
      side === "EU"
        ? {
            name: r.ukrainianMunicipality.nameEn,
            nameUk: r.ukrainianMunicipality.nameUk,
            country: "UA" as string | null,
            // Linked only while its profile is public.
            slug: (r.ukrainianMunicipality.status === "PUBLISHED" ? r.ukrainianMunicipality.slug : null) as string | null,
          }
        : r.euMunicipality
          ? { name: r.euMunicipality.nameLocal ?? r.euMunicipality.nameEn, nameUk: null, country: r.euMunicipality.country, slug: null }
          : { name: r.proposedMunicipalityName ?? "", nameUk: null, country: r.proposedCountry, slug: null },
    areas: r.areas.sort((a, b) => a.area.sortOrder - b.area.sortOrder).map((a) => a.area.slug as CooperationAreaSlug),
  }));
}

export type AddressedRequest = Awaited<ReturnType<typeof listRequestsAddressedTo>>[number];
