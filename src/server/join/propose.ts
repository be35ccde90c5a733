import "server-only";
import { db } from "@/server/db";
import { DomainError, isUniqueViolation } from "@/server/errors";
import { recordAudit } from "@/server/audit/record";
import { authorize, type Principal } from "@/server/auth/principal";
import { consume, type RateLimit } from "@/server/abuse/rate-limit";
import { placeKey, foldForMatch } from "@/lib/join/place-key";
import { TYPED, type JoinFailure, type JoinInput } from "@/lib/join/schema";
import { gazetteerPlace } from "./gazetteer";

/** A person proposes a handful of municipalities at most: more in a day is not someone's own town. */
export const PROPOSALS_PER_ACCOUNT: RateLimit = { name: "join-proposal:account", limit: 5, windowMs: 24 * 3_600_000 };

export class ProposalLimited extends DomainError<JoinFailure> {
  constructor(readonly retryAfterSeconds: number) {
    super("limited");
  }
}

export class AlreadyInPortal extends DomainError<JoinFailure> {
  constructor(readonly name: string) {
    super("alreadyInPortal");
  }
}

/**
 * A signed-in person proposes their municipality (a place of the gazetteer, or typed), giving
 * their name and role; their sign-in address is the official e-mail the coordinators check. The
 * same place proposed again is the same proposal: the second person joins it (a rejected one goes
 * back to the queue). A place already in the portal is refused, naming it.
 */
export async function proposeMunicipality(principal: Principal | null, input: JoinInput, locale: string) {
  const actor = await authorize(principal, "join.propose");
  const place = placeOf(input);
  const limited = await consume(PROPOSALS_PER_ACCOUNT, actor.userId);
  if (!limited.allowed) throw new ProposalLimited(limited.retryAfterSeconds);
  const existing = await findInPortal(place);
  if (existing) throw new AlreadyInPortal(existing);
  const key = place.geonamesId ? placeKey({ geonamesId: place.geonamesId }) : placeKey({ name: place.name, country: place.country });
  const proposer = { userId: actor.userId, name: input.requesterName, role: input.requesterRole, email: actor.email, locale };
  try {
    return await db().$transaction(async (tx) => {
      const proposal = await tx.joinProposal.upsert({
        where: { placeKey: key },
        create: { placeKey: key, ...place },
        update: {},
        select: { id: true, status: true, proposers: { select: { userId: true } } },
      });
      if (proposal.status === "APPROVED") throw new DomainError<JoinFailure>("alreadyProposed");
      if (proposal.status === "REJECTED") {
        // Proposed again after a refusal: a coordinator looks at it again.
        await tx.joinProposal.update({ where: { id: proposal.id }, data: { status: "PENDING", decidedAt: null, decidedById: null, reason: null } });
      }
      const mine = proposal.proposers.some((p) => p.userId === actor.userId);
      await tx.joinProposer.upsert({
        where: { proposalId_userId: { proposalId: proposal.id, userId: actor.userId } },
        create: { proposalId: proposal.id, ...proposer },
        update: { name: proposer.name, role: proposer.role, email: proposer.email, locale },
      });
      await recordAudit(tx, {
        actorUserId: actor.userId,
        action: "join.propose",
        objectType: "joinProposal",
        objectId: String(proposal.id),
        outcome: "ALLOWED",
      });
      return { id: proposal.id, joinedExisting: !mine && proposal.proposers.length > 0 };
    });
  } catch (error) {
    // Two people proposing one new place at the same moment: the second joins the first's proposal.
    if (isUniqueViolation(error, "place_key")) return proposeMunicipality(principal, input, locale);
    throw error;
  }
}

type ProposedPlace = {
  geonamesId: number | null;
  name: string;
  country: string;
  regionName: string | null;
  population: number | null;
  latitude: number | null;
  longitude: number | null;
};

function placeOf(input: JoinInput): ProposedPlace {
  if (input.place === TYPED) {
    return { geonamesId: null, name: input.name, country: input.country, regionName: input.region || null, population: null, latitude: null, longitude: null };
  }
  const g = gazetteerPlace(Number(input.place));
  if (!g) throw new DomainError<JoinFailure>("unknownPlace", "place");
  return {
    geonamesId: g.geonamesId,
    name: g.name,
    country: g.country,
    regionName: input.region || g.adminCode || null,
    population: g.population || null,
    latitude: g.latitude,
    longitude: g.longitude,
  };
}

/** The name of the municipality of the portal that is this place, if there is one. */
async function findInPortal(place: ProposedPlace): Promise<string | null> {
  if (place.geonamesId) {
    const byId = await db().municipality.findUnique({ where: { geonamesId: place.geonamesId }, select: { nameEn: true, nameLocal: true } });
    if (byId) return byId.nameLocal ?? byId.nameEn;
  }
  const folded = foldForMatch(place.name);
  const sameCountry = await db().municipality.findMany({ where: { country: place.country }, select: { nameEn: true, nameLocal: true } });
  const match = sameCountry.find((m) => foldForMatch(m.nameEn) === folded || (m.nameLocal !== null && foldForMatch(m.nameLocal) === folded));
  return match ? (match.nameLocal ?? match.nameEn) : null;
}
