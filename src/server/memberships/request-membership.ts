import "server-only";
import { db } from "@/server/db";
import { searchTerms } from "@/lib/search/query";
import { nameCondition, nameCloseness } from "@/server/catalogue/match";
import { DomainError } from "@/server/errors";
import { recordAudit } from "@/server/audit/record";
import { authorize, type Principal } from "@/server/auth/principal";
import { consume, type RateLimit } from "@/server/abuse/rate-limit";
import { queueMembershipRequestNotices } from "./notices";

export type RequestMembershipError = "unknownMunicipality" | "tooMany";

/** Municipalities one account may ask to act for per day: a person works for one or two. */
export const MEMBERSHIP_REQUESTS_PER_ACCOUNT: RateLimit = { name: "membership:account", limit: 10, windowMs: 24 * 60 * 60_000 };

/**
 * A signed-in person asks to act for a municipality (published or still a draft: a new editor
 * must be able to join before the profile goes public). A coordinator decides. Asking again is
 * harmless; asking again after a refusal puts the request back in the queue. New asks are
 * limited per account and day ("tooMany"), so one account cannot flood the coordinators' queue. Each new ask (and
 * each ask again after a refusal) is mailed to the coordinators, with a link to the desk (`origin`).
 */
export async function requestMembership(principal: Principal | null, municipalitySlug: string, origin?: string) {
  const municipality = /^[a-z0-9-]{1,120}$/.test(municipalitySlug)
    ? await db().municipality.findUnique({ where: { slug: municipalitySlug }, select: { id: true, nameEn: true, nameUk: true, nameLocal: true } })
    : null;
  const subject = municipality ? ({ type: "municipality", id: municipality.id } as const) : undefined;
  const actor = await authorize(principal, "membership.request", subject);
  if (!municipality) throw new DomainError<RequestMembershipError>("unknownMunicipality");
  // Asking again for a municipality already asked for changes nothing and costs nothing.
  const already = await db().membership.findUnique({
    where: { userId_municipalityId: { userId: actor.userId, municipalityId: municipality.id } },
    select: { status: true },
  });
  if (!already || already.status === "REJECTED") {
    const decision = await consume(MEMBERSHIP_REQUESTS_PER_ACCOUNT, actor.userId);
    if (!decision.allowed) {
      await recordAudit(db(), {
        actorUserId: actor.userId,
        action: "membership.request",
        objectType: "municipality",
        objectId: String(municipality.id),
        outcome: "REFUSED",
        detail: { reason: "rateLimited" },
      });
      throw new DomainError<RequestMembershipError>("tooMany");
    }
  }
  return db().$transaction(async (tx) => {
    const before = await tx.membership.findUnique({
      where: { userId_municipalityId: { userId: actor.userId, municipalityId: municipality.id } },
      select: { id: true },
    });
    const membership = await tx.membership.upsert({
      where: { userId_municipalityId: { userId: actor.userId, municipalityId: municipality.id } },
      create: { userId: actor.userId, municipalityId: municipality.id },
      update: {},
      select: { id: true, status: true },
    });
    const reopened = membership.status === "REJECTED";
    if (reopened) {
      await tx.membership.update({
        where: { id: membership.id },
        data: { status: "PENDING", requestedAt: new Date(), decidedAt: null, decidedById: null },
      });
      membership.status = "PENDING";
    }
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "membership.request",
      objectType: "membership",
      objectId: String(membership.id),
      outcome: "ALLOWED",
    });
    if (!before || reopened) {
      const person = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { name: true, email: true } });
      await queueMembershipRequestNotices(tx, person, { en: municipality.nameLocal ?? municipality.nameEn, uk: municipality.nameUk }, origin);
    }
    return membership;
  });
}

/** At most this many municipalities are offered for one name: more says to type more of it. */
export const JOIN_CHOICES = 20;

export type JoinChoice = {
  slug: string;
  country: string;
  nameEn: string;
  nameUk: string | null;
  nameLocal: string | null;
  regionSlug: string | null;
  regionEn: string | null;
  regionUk: string | null;
};

/**
 * The municipalities, of any country and published or not, whose name matches `name` (in any
 * spelling the search knows), closest first, for the account page: at most JOIN_CHOICES, and
 * whether there are more. Listing all of them, as the page once did, sent 8 MB at 50,000 profiles.
 */
export async function findJoinableMunicipalities(name: string): Promise<{ choices: JoinChoice[]; more: boolean }> {
  const terms = searchTerms(name);
  if (!terms) return { choices: [], more: false };
  const rows = await db().$queryRaw<JoinChoice[]>`
    SELECT m.slug, m.country, m.name_en AS "nameEn", m.name_uk AS "nameUk", m.name_local AS "nameLocal",
           r.slug AS "regionSlug", r.name_en AS "regionEn", r.name_uk AS "regionUk"
      FROM municipality m LEFT JOIN region r ON r.id = m.region_id
     WHERE ${nameCondition(terms)}
     ORDER BY ${nameCloseness(terms)} DESC, m.population DESC NULLS LAST, m.slug
     LIMIT ${JOIN_CHOICES + 1}`;
  return { choices: rows.slice(0, JOIN_CHOICES), more: rows.length > JOIN_CHOICES };
}
