import "server-only";
import type { Principal, Subject } from "@/server/auth/principal";

/**
 * WHO IS A MEMBER OF A PARTNERSHIP'S WORKSPACE, AND WHO MAY WRITE IN IT — the one place that says
 * it (issue 17 §1). `can` (src/server/auth/principal.ts) asks these for the membership roles;
 * coordinators and administrators read and write every partnership's workspace by their role.
 * - Readers: the approved people of both municipalities (the Ukrainian one's editors, the EU one's
 *   staff) and the active interpreters assigned to the partnership or to the request it grew from
 *   (they translate its documents: src/server/interpretation/assigned.ts).
 * - Writers: the two municipalities' approved people only; an interpreter reads and never writes.
 * Anyone else (another municipality's people, the signed-out) sees the public page only.
 */
type PartnershipSubject = Extract<Subject, { type: "partnership" }>;

const isPartnership = (s: Subject | undefined): s is PartnershipSubject => s?.type === "partnership";

function partner(p: Principal, s: PartnershipSubject): boolean {
  return p.memberships.some(
    (m) =>
      (m.kind === "MUNICIPALITY_EDITOR" && m.municipalityId === s.ukrainianMunicipalityId) ||
      (m.kind === "EU_STAFF" && m.municipalityId === s.euMunicipalityId),
  );
}

function assignedInterpreter(p: Principal, s: PartnershipSubject): boolean {
  return p.interpreterId != null && (s.interpreterUserIds ?? []).includes(p.userId);
}

/** partnership.readWorkspace, for a principal without a network role. */
export function readsWorkspace(p: Principal, s: Subject | undefined): boolean {
  return isPartnership(s) && (partner(p, s) || assignedInterpreter(p, s));
}

/** partnership.writeWorkspace, for a principal without a network role. */
export function writesWorkspace(p: Principal, s: Subject | undefined): boolean {
  return isPartnership(s) && partner(p, s);
}
