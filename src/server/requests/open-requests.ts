import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import type { Principal } from "@/server/auth/principal";
import { DomainError } from "@/server/errors";

/** Still before the coordinators' decision: a second request for the same pair would only duplicate it. */
export const OPEN_REQUEST_STATUSES = ["SUBMITTED", "UNDER_REVIEW", "INFORMATION_REQUESTED"] as const;

/** The EU municipality already has an open request to this hromada: nothing was stored. */
export class OpenRequestExists extends DomainError<"openRequestExists"> {
  constructor(readonly reference: string) {
    super("openRequestExists");
    this.name = "OpenRequestExists";
  }
}

/** The open request from `euMunicipalityId` to `ukrainianMunicipalityId`, if any. */
export async function openRequestBetween(
  client: Pick<Prisma.TransactionClient, "partnershipRequest">,
  euMunicipalityId: number,
  ukrainianMunicipalityId: number,
) {
  return client.partnershipRequest.findFirst({
    where: { euMunicipalityId, ukrainianMunicipalityId, status: { in: [...OPEN_REQUEST_STATUSES] } },
    orderBy: { submittedAt: "asc" },
    select: { reference: true, submissionToken: true },
  });
}

/**
 * The open requests the signed-in person's EU municipalities have sent to this hromada, for the
 * profile and the request form to say so: which municipality, the reference, and whether the
 * person sent it themselves (only then can they open its page).
 */
export async function openRequestsFor(principal: Principal | null, ukrainianMunicipalityId: number) {
  const own = principal?.memberships.filter((m) => m.kind === "EU_STAFF").map((m) => m.municipalityId) ?? [];
  if (!principal || own.length === 0) return [];
  const rows = await db().partnershipRequest.findMany({
    where: { ukrainianMunicipalityId, euMunicipalityId: { in: own }, status: { in: [...OPEN_REQUEST_STATUSES] } },
    orderBy: { submittedAt: "asc" },
    select: { reference: true, requesterUserId: true, euMunicipality: { select: { nameEn: true, nameLocal: true } } },
  });
  return rows.map((r) => ({
    reference: r.reference,
    mine: r.requesterUserId === principal.userId,
    eu: r.euMunicipality?.nameLocal ?? r.euMunicipality?.nameEn ?? "",
  }));
}
