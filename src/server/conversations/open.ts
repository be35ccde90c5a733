import "server-only";
import { db } from "@/server/db";
import { Forbidden, authorize, type Principal } from "@/server/auth/principal";
import { DomainError } from "@/server/errors";
import { requestSubjectByReference } from "@/server/requests/load";
import { partnershipSubject } from "@/server/auth/subjects";
import { assignedInterpreterUserIds } from "@/server/interpretation/assigned";
import { conversationSubject, participates, type ConversationParties } from "./access";

/**
 * The id of the conversation of a request (by reference) or a partnership, made on first use, for
 * a link from the request's or partnership's page; null when `principal` does not take part
 * (the page shows no link, so nothing is refused or audited here: the conversation page checks).
 */
export async function conversationIdFor(principal: Principal | null, owner: { reference: string } | { partnershipId: number }): Promise<number | null> {
  if (!principal) return null;
  let parties: ConversationParties;
  if ("reference" in owner) {
    const r = await requestSubjectByReference(owner.reference);
    if (!r) return null;
    parties = await requestParties(r);
  } else {
    const p = await partnershipSubject(owner.partnershipId);
    if (!p || p.type !== "partnership") return null;
    const from = await db().partnership.findUnique({ where: { id: p.id }, select: { request: { select: { requesterUserId: true } } } });
    parties = {
      requestId: null,
      partnershipId: p.id,
      euMunicipalityId: p.euMunicipalityId,
      ukrainianMunicipalityId: p.ukrainianMunicipalityId,
      requesterUserId: from?.request?.requesterUserId ?? null,
      interpreterUserIds: await assignedInterpreterUserIds(db(), { partnershipId: p.id }),
    };
  }
  if (!participates(principal, parties)) return null;
  return ensureConversation(parties);
}

type RequestFacts = { id: number; euMunicipalityId: number | null; ukrainianMunicipalityId: number; requesterUserId: string | null };

async function requestParties(r: RequestFacts): Promise<ConversationParties> {
  return {
    requestId: r.id,
    partnershipId: null,
    euMunicipalityId: r.euMunicipalityId,
    ukrainianMunicipalityId: r.ukrainianMunicipalityId,
    requesterUserId: r.requesterUserId,
    interpreterUserIds: await assignedInterpreterUserIds(db(), { requestId: r.id }),
  };
}

/** Nobody's: the parties of an unknown id, so that a guess is refused like someone else's conversation. */
const NOBODY: ConversationParties = {
  requestId: null,
  partnershipId: null,
  euMunicipalityId: null,
  ukrainianMunicipalityId: -1,
  requesterUserId: null,
  interpreterUserIds: [],
};

/** Makes the conversation of a request or partnership if it does not exist yet (race-safe), and returns its id. */
export async function ensureConversation(owner: Pick<ConversationParties, "requestId" | "partnershipId">): Promise<number> {
  const client = db();
  if (owner.requestId !== null) {
    await client.$executeRaw`INSERT INTO conversation (request_id) VALUES (${owner.requestId}) ON CONFLICT (request_id) DO NOTHING`;
    return (await client.conversation.findUniqueOrThrow({ where: { requestId: owner.requestId }, select: { id: true } })).id;
  }
  await client.$executeRaw`INSERT INTO conversation (partnership_id) VALUES (${owner.partnershipId}) ON CONFLICT (partnership_id) DO NOTHING`;
  return (await client.conversation.findUniqueOrThrow({ where: { partnershipId: owner.partnershipId! }, select: { id: true } })).id;
}

/** For domain functions: the conversation's subject when `principal` may do `action` on it; otherwise refused and audited. */
export async function authorizeConversation(principal: Principal | null, action: "conversation.read" | "conversation.write", id: number) {
  const subject = await conversationSubject(db(), id);
  // An unknown id is refused like someone else's conversation: a guess learns nothing.
  const actor = await authorize(principal, action, subject ?? { type: "conversation", id, ...NOBODY });
  if (!subject) throw new DomainError("notFound");
  return { actor, subject };
}

/**
 * The conversation of the request with this reference, for a link that names the request (the
 * editor's list of requests addressed to them, mail): made on first use by a participant; anyone
 * else is refused and audited (`conversation.read`), as is an unknown reference.
 */
export async function openRequestConversation(principal: Principal | null, reference: string): Promise<number> {
  if (!principal) throw new Forbidden("conversation.read", false);
  const r = await requestSubjectByReference(reference);
  const parties: ConversationParties = r ? await requestParties(r) : NOBODY;
  const existing = r ? await db().conversation.findUnique({ where: { requestId: r.id }, select: { id: true } }) : null;
  await authorize(principal, "conversation.read", { type: "conversation", id: existing?.id ?? 0, ...parties });
  if (!r) throw new DomainError("notFound");
  return existing?.id ?? ensureConversation(parties);
}
