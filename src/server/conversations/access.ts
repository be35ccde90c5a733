import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { Principal } from "@/server/auth/principal";

/**
 * WHO TAKES PART IN A CONVERSATION — the one place that says it. A conversation belongs to a
 * partnership request or a partnership; its participants are:
 * - the EU municipality's staff (approved members), and the person who sent the request (also
 *   after leaving that municipality);
 * - the Ukrainian municipality's editors (approved members);
 * - the network's coordinators and administrators;
 * - the active interpreters assigned to the request or partnership (a partnership's include those
 *   of the request it grew from: src/server/interpretation/assigned.ts).
 * Three forms of the same rule live here, and change together: `participates` (the check on one
 * conversation), `participantConversations` (the inbox's filter) and `participantRecipients`
 * (who is told of a new message).
 */
export type ConversationParties = {
  requestId: number | null;
  partnershipId: number | null;
  euMunicipalityId: number | null;
  ukrainianMunicipalityId: number;
  requesterUserId: string | null;
  /** The accounts of its active assigned interpreters. */
  interpreterUserIds: readonly string[];
};

export function participates(p: Principal, parties: ConversationParties): boolean {
  if (p.globalRole) return true;
  if (parties.requesterUserId !== null && parties.requesterUserId === p.userId) return true;
  if (parties.interpreterUserIds.includes(p.userId)) return true;
  return p.memberships.some(
    (m) =>
      (m.kind === "EU_STAFF" && m.municipalityId === parties.euMunicipalityId) ||
      (m.kind === "MUNICIPALITY_EDITOR" && m.municipalityId === parties.ukrainianMunicipalityId),
  );
}

/** The conversations `p` takes part in, as a filter on `conversation` (the same rule as `participates`). */
export function participantConversations(p: Principal): Prisma.ConversationWhereInput {
  if (p.globalRole) return {};
  const eu = p.memberships.filter((m) => m.kind === "EU_STAFF").map((m) => m.municipalityId);
  const ua = p.memberships.filter((m) => m.kind === "MUNICIPALITY_EDITOR").map((m) => m.municipalityId);
  const interprets = { some: { interpreter: { userId: p.userId, active: true } } };
  return {
    OR: [
      { request: { interpreterAssignments: interprets } },
      { partnership: { interpreterAssignments: interprets } },
      { partnership: { request: { interpreterAssignments: interprets } } },
      { request: { requesterUserId: p.userId } },
      { request: { euMunicipalityId: { in: eu } } },
      { request: { ukrainianMunicipalityId: { in: ua } } },
      { partnership: { request: { requesterUserId: p.userId } } },
      { partnership: { euMunicipalityId: { in: eu } } },
      { partnership: { ukrainianMunicipalityId: { in: ua } } },
    ],
  };
}

export type Recipient = { id: string; email: string; locale: string | null };

/** The people told of a new message (the same rule as `participates`; administrators read, coordinators are told). */
export async function participantRecipients(client: Pick<PrismaClient, "user">, parties: ConversationParties): Promise<Recipient[]> {
  const municipalities = [parties.ukrainianMunicipalityId, ...(parties.euMunicipalityId === null ? [] : [parties.euMunicipalityId])];
  return client.user.findMany({
    where: {
      OR: [
        { memberships: { some: { municipalityId: { in: municipalities }, status: "APPROVED" } } },
        ...(parties.requesterUserId ? [{ id: parties.requesterUserId }] : []),
        ...(parties.interpreterUserIds.length ? [{ id: { in: [...parties.interpreterUserIds] } }] : []),
        { role: "COORDINATOR" },
      ],
    },
    select: { id: true, email: true, locale: true },
    orderBy: { id: "asc" },
  });
}

const INTERPRETERS = { where: { interpreter: { active: true } }, select: { interpreter: { select: { userId: true } } } } as const;

const PARTIES_SELECT = {
  id: true,
  request: { select: { id: true, euMunicipalityId: true, ukrainianMunicipalityId: true, requesterUserId: true, interpreterAssignments: INTERPRETERS } },
  partnership: {
    select: {
      id: true,
      euMunicipalityId: true,
      ukrainianMunicipalityId: true,
      interpreterAssignments: INTERPRETERS,
      request: { select: { requesterUserId: true, interpreterAssignments: INTERPRETERS } },
    },
  },
} as const;

const userIds = (...lists: { interpreter: { userId: string } }[][]) => [...new Set(lists.flat().map((a) => a.interpreter.userId))].sort();

type PartiesRow = Prisma.ConversationGetPayload<{ select: typeof PARTIES_SELECT }>;

function partiesOf(row: PartiesRow): ConversationParties {
  if (row.request) {
    return {
      requestId: row.request.id,
      partnershipId: null,
      euMunicipalityId: row.request.euMunicipalityId,
      ukrainianMunicipalityId: row.request.ukrainianMunicipalityId,
      requesterUserId: row.request.requesterUserId,
      interpreterUserIds: userIds(row.request.interpreterAssignments),
    };
  }
  const p = row.partnership!;
  return {
    requestId: null,
    partnershipId: p.id,
    euMunicipalityId: p.euMunicipalityId,
    ukrainianMunicipalityId: p.ukrainianMunicipalityId,
    requesterUserId: p.request?.requesterUserId ?? null,
    interpreterUserIds: userIds(p.interpreterAssignments, p.request?.interpreterAssignments ?? []),
  };
}

/** The subject `authorize` checks for a conversation, or null when there is none with that id. */
export async function conversationSubject(client: Pick<PrismaClient, "conversation">, id: number) {
  if (!Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) return null;
  const row = await client.conversation.findUnique({ where: { id }, select: PARTIES_SELECT });
  return row && ({ type: "conversation", id: row.id, ...partiesOf(row) } as const);
}
