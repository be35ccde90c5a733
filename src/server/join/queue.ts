import "server-only";
import { db } from "@/server/db";
import { authorize, type Principal } from "@/server/auth/principal";

/** The coordinators' queue of proposed municipalities, oldest first, with who proposed each. */
export async function listJoinProposals(principal: Principal | null) {
  await authorize(principal, "join.decide");
  return db().joinProposal.findMany({
    // A proposal whose every proposer deleted their account has no one to answer: it waits for none.
    where: { status: "PENDING", proposers: { some: {} } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 100,
    select: {
      id: true,
      name: true,
      country: true,
      regionName: true,
      population: true,
      geonamesId: true,
      latitude: true,
      longitude: true,
      createdAt: true,
      proposers: { select: { name: true, role: true, email: true, proposedAt: true }, orderBy: { proposedAt: "asc" } },
    },
  });
}

/** The proposals the signed-in person made, and what became of them. */
export async function listOwnProposals(principal: Principal) {
  return db().joinProposal.findMany({
    where: { proposers: { some: { userId: principal.userId } } },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, country: true, status: true, reason: true, municipality: { select: { slug: true } } },
  });
}
