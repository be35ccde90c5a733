import "server-only";
import { db } from "@/server/db";
import type { Principal } from "@/server/auth/principal";
import { authorizeConversation } from "./open";

/** At most this many messages are shown, the newest; older ones stay in the database. */
export const SHOWN_MESSAGES = 1000;

export type Side = "coordinator" | "eu" | "ukrainian" | "interpreter" | "unknown";

export type ConversationView = Awaited<ReturnType<typeof readConversation>>;

/**
 * A conversation as a participant reads it (`conversation.read`, refused and audited otherwise —
 * also for an id that does not exist): what it is about, its messages oldest first with their
 * language, writer and side, and the files sent with them (names and sizes, not contents). Reading
 * marks it read up to its newest message.
 */
export async function readConversation(principal: Principal | null, id: number) {
  const { actor, subject } = await authorizeConversation(principal, "conversation.read", id);
  const client = db();
  const about = await client.conversation.findUniqueOrThrow({
    where: { id },
    select: {
      request: {
        select: {
          reference: true,
          ukrainianMunicipality: { select: { nameEn: true, nameUk: true, slug: true } },
          euMunicipality: { select: { nameEn: true, nameLocal: true } },
          proposedMunicipalityName: true,
        },
      },
      partnership: {
        select: {
          id: true,
          ukrainianMunicipality: { select: { nameEn: true, nameUk: true, slug: true } },
          euMunicipality: { select: { nameEn: true, nameLocal: true } },
        },
      },
    },
  });
  const newest = await client.conversationMessage.findMany({
    where: { conversationId: id },
    orderBy: { id: "desc" },
    take: SHOWN_MESSAGES,
    select: {
      id: true,
      body: true,
      language: true,
      createdAt: true,
      authorUserId: true,
      author: { select: { name: true, role: true, memberships: { where: { status: "APPROVED" }, select: { municipalityId: true } } } },
      attachments: { select: { id: true, fileName: true, contentType: true, size: true }, orderBy: { id: "asc" } },
    },
  });
  const sideOf = (author: (typeof newest)[number]["author"], authorId: string | null): Side => {
    if (!author) return "unknown";
    if (author.role) return "coordinator";
    if (authorId !== null && subject.interpreterUserIds.includes(authorId)) return "interpreter";
    if (author.memberships.some((m) => m.municipalityId === subject.ukrainianMunicipalityId)) return "ukrainian";
    if (authorId === subject.requesterUserId || author.memberships.some((m) => m.municipalityId === subject.euMunicipalityId)) return "eu";
    return "unknown";
  };
  const messages = newest.reverse().map((m) => ({
    id: m.id,
    body: m.body,
    language: m.language,
    createdAt: m.createdAt,
    mine: m.authorUserId === actor.userId,
    authorName: m.author?.name ?? null,
    side: sideOf(m.author, m.authorUserId),
    attachments: m.attachments,
  }));
  const last = messages.at(-1)?.id;
  if (last !== undefined) await markRead(actor.userId, id, last);
  const r = about.request;
  const p = about.partnership;
  return {
    id,
    requestReference: r?.reference ?? null,
    partnershipId: p?.id ?? null,
    ukrainian: (r ?? p)!.ukrainianMunicipality,
    euName: r
      ? r.euMunicipality
        ? (r.euMunicipality.nameLocal ?? r.euMunicipality.nameEn)
        : (r.proposedMunicipalityName ?? "")
      : (p!.euMunicipality.nameLocal ?? p!.euMunicipality.nameEn),
    isCoordinator: actor.globalRole !== null,
    isRequester: subject.requesterUserId === actor.userId,
    isEditor: actor.memberships.some((m) => m.kind === "MUNICIPALITY_EDITOR" && m.municipalityId === subject.ukrainianMunicipalityId),
    messages,
  };
}

/** Moves the person's read mark forward to `messageId` (never back). */
export async function markRead(userId: string, conversationId: number, messageId: number): Promise<void> {
  await db().$executeRaw`
    INSERT INTO conversation_read (user_id, conversation_id, last_read_message_id, read_at)
    VALUES (${userId}, ${conversationId}, ${messageId}, now())
    ON CONFLICT (user_id, conversation_id)
    DO UPDATE SET last_read_message_id = GREATEST(conversation_read.last_read_message_id, EXCLUDED.last_read_message_id), read_at = now()`;
}
