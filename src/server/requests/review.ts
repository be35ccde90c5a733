import "server-only";
import { db } from "@/server/db";
import { authorize, type Principal } from "@/server/auth/principal";
import { requestSubjectByReference } from "./load";
import { personLine } from "@/lib/person";

const side = {
  slug: true,
  country: true,
  nameEn: true,
  nameUk: true,
  nameLocal: true,
  population: true,
  areaKm2: true,
  languages: true,
  needsInterpretation: true,
  status: true,
  areas: { select: { direction: true, area: { select: { slug: true, sortOrder: true } } } },
} as const;

/**
 * One request as a coordinator reviews it: both municipalities with what they need and offer,
 * the request itself and its history. Null when there is no such request; refused (and
 * audited) for anyone who may not read every request, before it is looked up.
 */
export async function getRequestForReview(principal: Principal | null, reference: string) {
  const subject = await requestSubjectByReference(reference);
  await authorize(principal, "request.readAll", subject ?? undefined);
  if (!subject) return null;
  const r = await db().partnershipRequest.findUnique({
    where: { id: subject.id },
    select: {
      id: true,
      reference: true,
      status: true,
      message: true,
      requesterName: true,
      requesterRole: true,
      requesterEmail: true,
      interpretationNeeded: true,
      languages: true,
      locale: true,
      submittedAt: true,
      decidedAt: true,
      decisionNote: true,
      direction: true,
      hromadaAnswer: true,
      hromadaAnswerReason: true,
      hromadaAnsweredAt: true,
      proposedMunicipalityName: true,
      proposedCountry: true,
      proposedRegion: true,
      areas: { select: { area: { select: { slug: true, sortOrder: true } } } },
      ukrainianMunicipality: { select: side },
      euMunicipality: { select: side },
      partnership: { select: { id: true, stage: true } },
      assignee: { select: { id: true, name: true, email: true } },
      events: {
        orderBy: [{ at: "asc" }, { id: "asc" }],
        select: {
          id: true,
          at: true,
          kind: true,
          fromStatus: true,
          toStatus: true,
          note: true,
          actor: { select: { name: true, jobTitle: true, email: true } },
        },
      },
    },
  });
  if (!r) return null;
  const areasOf = (m: { areas: { direction: "NEED" | "OFFER"; area: { slug: string; sortOrder: number } }[] } | null, direction: "NEED" | "OFFER") =>
    (m?.areas ?? [])
      .filter((a) => a.direction === direction)
      .sort((a, b) => a.area.sortOrder - b.area.sortOrder)
      .map((a) => a.area.slug);
  const describe = <M extends { areas: unknown; areaKm2: { toString(): string } | null }>(m: M) => ({
    ...m,
    areaKm2: m.areaKm2 === null ? null : Number(m.areaKm2.toString()),
  });
  return {
    ...r,
    areas: r.areas.sort((a, b) => a.area.sortOrder - b.area.sortOrder).map((a) => a.area.slug),
    ukrainian: { ...describe(r.ukrainianMunicipality), needs: areasOf(r.ukrainianMunicipality, "NEED"), offers: areasOf(r.ukrainianMunicipality, "OFFER") },
    eu: r.euMunicipality ? { ...describe(r.euMunicipality), needs: areasOf(r.euMunicipality, "NEED"), offers: areasOf(r.euMunicipality, "OFFER") } : null,
    events: r.events.map((e) => ({ ...e, actor: e.actor ? personLine(e.actor) : null })),
    assignee: r.assignee ? { id: r.assignee.id, name: r.assignee.name ?? r.assignee.email } : null,
  };
}

export type RequestForReview = NonNullable<Awaited<ReturnType<typeof getRequestForReview>>>;
