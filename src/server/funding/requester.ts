import "server-only";
import { db } from "@/server/db";
import type { Principal } from "@/server/auth/principal";
import type { PartnerSide } from "@/lib/funding/eligibility";

/**
 * The partner side of a funding pair for each EU municipality the person works for (approved
 * EU_STAFF memberships only): what the request form's programme box evaluates against, so it
 * lists only what the requester's own country and region can use.
 */
export async function requesterPartnerSides(principal: Principal): Promise<PartnerSide[]> {
  const ids = principal.memberships.filter((m) => m.kind === "EU_STAFF").map((m) => m.municipalityId);
  if (ids.length === 0) return [];
  return db().municipality.findMany({
    where: { id: { in: ids }, country: { not: "UA" } },
    select: { country: true, regionName: true, population: true },
    orderBy: { nameEn: "asc" },
  });
}
