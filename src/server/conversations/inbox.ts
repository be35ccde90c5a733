import "server-only";
import { db } from "@/server/db";
import { Forbidden, type Principal } from "@/server/auth/principal";
import { participantConversations } from "./access";

/** The inbox lists this many conversations, the most recently active first. */
export const INBOX_SIZE = 100;

/** The unread messages (of others, after the person's read mark) per conversation among `ids`. */
async function unreadCounts(userId: string, ids: number[]): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db().$queryRaw<{ conversation_id: number; unread: number }[]>`
    SELECT m.conversation_id, count(*)::int AS unread
      FROM conversation_message m
      LEFT JOIN conversation_read r ON r.conversation_id = m.conversation_id AND r.user_id = ${userId}
     WHERE m.conversation_id = ANY(${ids}::int[])
       AND m.id > coalesce(r.last_read_message_id, 0)
       AND m.author_user_id IS DISTINCT FROM ${userId}
     GROUP BY m.conversation_id`;
  return new Map(rows.map((r) => [r.conversation_id, r.unread]));
}

/**
 * The signed-in person's conversations that hold a message, newest first, each with what it is
 * about and how many messages of others they have not read. Only their own (access.ts); a caller
 * who is not signed in is refused.
 */
export async function listInbox(principal: Principal | null) {
  if (!principal) throw new Forbidden("conversation.read", false);
  const rows = await db().conversation.findMany({
    where: { AND: [participantConversations(principal), { lastMessageAt: { not: null } }] },
    orderBy: [{ lastMessageAt: "desc" }, { id: "desc" }],
    take: INBOX_SIZE,
    select: {
      id: true,
      lastMessageAt: true,
      request: {
        select: {
          reference: true,
          ukrainianMunicipality: { select: { nameEn: true, nameUk: true } },
          euMunicipality: { select: { nameEn: true, nameLocal: true } },
          proposedMunicipalityName: true,
        },
      },
      partnership: {
        select: { ukrainianMunicipality: { select: { nameEn: true, nameUk: true } }, euMunicipality: { select: { nameEn: true, nameLocal: true } } },
      },
    },
  });
  const unread = await unreadCounts(
    principal.userId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const owner = (r.request ?? r.partnership)!;
    const eu = owner.euMunicipality ? (owner.euMunicipality.nameLocal ?? owner.euMunicipality.nameEn) : (r.request?.proposedMunicipalityName ?? "");
    return {
      id: r.id,
      lastMessageAt: r.lastMessageAt!,
      reference: r.request?.reference ?? null,
      ukrainian: owner.ukrainianMunicipality,
      euName: eu,
      unread: unread.get(r.id) ?? 0,
    };
  });
}

/** All the person's unread messages, for the header; 0 for the signed-out. */
export async function unreadTotal(principal: Principal | null): Promise<number> {
  if (!principal) return 0;
  const filter = participantConversations(principal);
  // Coordinators take part in every conversation: no list of ids, one count.
  if (principal.globalRole) {
    const [{ unread }] = await db().$queryRaw<{ unread: number }[]>`
      SELECT count(*)::int AS unread
        FROM conversation_message m
        LEFT JOIN conversation_read r ON r.conversation_id = m.conversation_id AND r.user_id = ${principal.userId}
       WHERE m.id > coalesce(r.last_read_message_id, 0) AND m.author_user_id IS DISTINCT FROM ${principal.userId}`;
    return unread;
  }
  const ids = (await db().conversation.findMany({ where: { AND: [filter, { lastMessageAt: { not: null } }] }, select: { id: true } })).map((c) => c.id);
  let total = 0;
  for (const n of (await unreadCounts(principal.userId, ids)).values()) total += n;
  return total;
}
