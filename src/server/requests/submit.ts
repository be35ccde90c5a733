import "server-only";
import { db } from "@/server/db";
import { DomainError, isUniqueViolation } from "@/server/errors";
import type { PartnershipRequestInput } from "@/lib/partnership-request-schema";
import { newRequestReference } from "./reference";

export type SubmitErrorCode = "targetUnavailable" | "unknownEuMunicipality";

export type SubmitResult = { reference: string; duplicate: boolean };

/**
 * Stores a partnership request to a published Ukrainian municipality that seeks partners.
 * Idempotent on the form's submission token: a double click or a resent form returns the
 * reference of the request already stored instead of storing a second one.
 */
export async function submitPartnershipRequest(
  targetSlug: string,
  input: PartnershipRequestInput,
  locale: string,
): Promise<SubmitResult> {
  const existing = await findByToken(input.submissionToken);
  if (existing) return { reference: existing, duplicate: true };

  for (let attempt = 0; ; attempt++) {
    try {
      const reference = await db().$transaction(async (tx) => {
        const target = await tx.municipality.findFirst({
          where: { slug: targetSlug, country: "UA", status: "PUBLISHED", seeksPartners: true },
          select: { id: true },
        });
        if (!target) throw new DomainError<SubmitErrorCode>("targetUnavailable");
        let euMunicipalityId: number | null = null;
        if (input.euMunicipality) {
          const eu = await tx.municipality.findFirst({
            where: { slug: input.euMunicipality, country: { not: "UA" }, status: "PUBLISHED" },
            select: { id: true },
          });
          if (!eu) throw new DomainError<SubmitErrorCode>("unknownEuMunicipality", "euMunicipality");
          euMunicipalityId = eu.id;
        }
        const named = euMunicipalityId === null;
        const created = await tx.partnershipRequest.create({
          data: {
            reference: newRequestReference(),
            submissionToken: input.submissionToken,
            ukrainianMunicipalityId: target.id,
            euMunicipalityId,
            proposedMunicipalityName: named ? input.newMunicipalityName : null,
            proposedCountry: named ? input.newMunicipalityCountry || null : null,
            proposedRegion: named ? input.newMunicipalityRegion || null : null,
            message: input.message,
            requesterName: input.requesterName,
            requesterRole: input.requesterRole,
            requesterEmail: input.requesterEmail,
            interpretationNeeded: input.interpretationNeeded,
            languages: input.languages,
            locale,
            areas: { create: input.areas.map((slug) => ({ area: { connect: { slug } } })) },
          },
          select: { reference: true },
        });
        return created.reference;
      });
      return { reference, duplicate: false };
    } catch (error) {
      if (isUniqueViolation(error, "submission_token") || isUniqueViolation(error, "submissionToken")) {
        const stored = await findByToken(input.submissionToken);
        if (stored) return { reference: stored, duplicate: true };
      }
      // A clash of random references is rare; draw another.
      if (isUniqueViolation(error, "reference") && attempt < 3) continue;
      throw error;
    }
  }
}

async function findByToken(submissionToken: string): Promise<string | null> {
  const row = await db().partnershipRequest.findUnique({ where: { submissionToken }, select: { reference: true } });
  return row?.reference ?? null;
}
