import "server-only";
import { authorize, type Principal, type Subject } from "@/server/auth/principal";
import { interpretedPartnershipSubject } from "@/server/interpretation/assigned";
import { DomainError } from "@/server/errors";

export type WorkspaceAction = "partnership.readWorkspace" | "partnership.writeWorkspace";

/**
 * `authorize` for a partnership's workspace (the rule: ./access.ts), on the partnership with its
 * assigned interpreters. An unknown id is refused and audited like another's partnership (a guess
 * learns nothing), then reported as not found to those who would have been allowed.
 */
export async function authorizeWorkspace(principal: Principal | null, action: WorkspaceAction, partnershipId: number) {
  const subject =
    Number.isSafeInteger(partnershipId) && partnershipId > 0 && partnershipId <= 2_147_483_647 ? await interpretedPartnershipSubject(partnershipId) : null;
  const actor = await authorize(
    principal,
    action,
    subject ?? ({ type: "partnership", id: partnershipId, ukrainianMunicipalityId: 0, euMunicipalityId: 0 } as Subject),
  );
  if (!subject) throw new DomainError("notFound");
  return { actor, subject };
}
