import "server-only";
import { db } from "@/server/db";
import { authorize, Forbidden, type Principal } from "@/server/auth/principal";
import { recordAudit } from "@/server/audit/record";
import type { CooperationAreaSlug } from "@/lib/cooperation-areas";
import { cleanReference } from "@/server/requests/load";
import { interpretedRequestSubject } from "./assigned";
import { interpretersOf } from "./assignments";

/**
 * What the signed-in person is assigned to as an interpreter (/interpreting): requests and
 * partnerships, newest first. Their own things only, like the account page: anyone signed in gets
 * their own list (empty unless they are one of the network's active interpreters); the signed-out
 * are refused.
 */
export async function listMyAssignments(principal: Principal | null) {
  if (!principal) {
    await recordAudit(db(), { actorUserId: null, action: "interpretation.readAssigned", objectType: null, objectId: null, outcome: "REFUSED" });
    throw new Forbidden("interpretation.readAssigned", false);
  }
  if (principal.interpreterId == null) return [];
  const rows = await db().interpreterAssignment.findMany({
    where: { interpreterId: principal.interpreterId },
    orderBy: [{ assignedAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      assignedAt: true,
      request: {
        select: {
          reference: true,
          status: true,
          languages: true,
          ukrainianMunicipality: { select: { nameEn: true, nameUk: true } },
          euMunicipality: { select: { nameEn: true, nameLocal: true } },
        },
      },
      partnership: {
        select: {
          id: true,
          stage: true,
          ukrainianMunicipality: { select: { nameEn: true, nameUk: true } },
          euMunicipality: { select: { nameEn: true, nameLocal: true } },
        },
      },
    },
  });
  return rows.map((r) => {
    const of = r.request ?? r.partnership!;
    return {
      id: r.id,
      assignedAt: r.assignedAt,
      kind: r.request ? ("request" as const) : ("partnership" as const),
      reference: r.request?.reference ?? null,
      partnershipId: r.partnership?.id ?? null,
      ukrainian: of.ukrainianMunicipality,
      eu: of.euMunicipality ? (of.euMunicipality.nameLocal ?? of.euMunicipality.nameEn) : null,
    };
  });
}

/**
 * A request as its assigned interpreter reads it (interpretation.readAssigned): both
 * municipalities, the areas, the message, its languages and who interprets. Another request, or
 * an unknown reference, is refused alike (audited).
 */
export async function getAssignedRequest(principal: Principal | null, reference: string) {
  const clean = cleanReference(reference);
  const subject = clean ? await interpretedRequestSubject({ reference: clean }) : null;
  await authorize(principal, "interpretation.readAssigned", subject ?? undefined);
  const id = subject?.type === "request" ? subject.id : -1;
  const r = await db().partnershipRequest.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      reference: true,
      status: true,
      submittedAt: true,
      message: true,
      languages: true,
      interpretationNeeded: true,
      locale: true,
      requesterName: true,
      requesterRole: true,
      ukrainianMunicipality: { select: { slug: true, nameEn: true, nameUk: true } },
      euMunicipality: { select: { nameEn: true, nameLocal: true, country: true } },
      areas: { select: { area: { select: { slug: true, sortOrder: true } } } },
      partnership: { select: { id: true } },
    },
  });
  return {
    ...r,
    areas: r.areas.sort((a, b) => a.area.sortOrder - b.area.sortOrder).map((a) => a.area.slug as CooperationAreaSlug),
    interpreters: await interpretersOf({ requestId: r.id }),
  };
}
