import "server-only";
import { db } from "@/server/db";
import { recordAudit } from "@/server/audit/record";
import { authorize, type Principal } from "@/server/auth/principal";
import { contactMessagesFrom } from "@/server/contact/personal-data";
import { interpretationDataOf } from "@/server/interpretation/personal-data";
import { conversationDataOf } from "@/server/conversations/personal-data";
import { workspaceDataOf } from "@/server/workspace/personal-data";

/**
 * Everything the portal holds about the signed-in person, as one JSON-ready object: their account,
 * memberships, the requests they sent (by account or from their address) with their history, the
 * audit events they caused, the stage changes, stage proposals and request history entries (with their notes) they
 * wrote, their shortlist of hromadas, their saved searches, the mail written to them and their sessions (never a token). Nothing
 * about anyone else: who decided a membership or wrote a request event is not included.
 * The export is audited.
 */
export async function exportOwnData(principal: Principal | null, now = new Date()) {
  const me = await authorize(principal, "account.exportOwn", principal ? { type: "user", id: principal.userId } : undefined);
  const client = db();
  const address = me.email.toLowerCase();
  const [user, requests, auditEvents, mails, joinProposals, stageChanges, requestNotes, stageProposals] = await Promise.all([
    client.user.findUniqueOrThrow({
      where: { id: me.userId },
      select: {
        id: true,
        name: true,
        jobTitle: true,
        email: true,
        emailVerified: true,
        image: true,
        role: true,
        locale: true,
        localeChosen: true,
        createdAt: true,
        updatedAt: true,
        accounts: { select: { type: true, provider: true, providerAccountId: true } },
        sessions: { select: { expires: true }, orderBy: { expires: "asc" } },
        memberships: {
          select: { status: true, requestedAt: true, decidedAt: true, municipality: { select: { slug: true, nameEn: true, nameUk: true, country: true } } },
          orderBy: { requestedAt: "asc" },
        },
        partnerInterests: {
          select: {
            createdAt: true,
            ukrainianMunicipality: { select: { slug: true, nameEn: true } },
            euMunicipality: { select: { slug: true, nameEn: true } },
          },
          orderBy: { createdAt: "asc" },
        },
        shortlist: { select: { addedAt: true, municipality: { select: { slug: true, nameEn: true } } }, orderBy: { addedAt: "asc" } },
        savedSearches: {
          select: { name: true, query: true, createdAt: true, lastMailedAt: true, mailedIds: true },
          orderBy: { createdAt: "asc" },
        },
        // A coordinator's: the requests they have in hand (src/server/requests/assign.ts).
        requestsAssigned: { select: { reference: true, status: true }, orderBy: { submittedAt: "asc" } },
      },
    }),
    client.partnershipRequest.findMany({
      where: { OR: [{ requesterUserId: me.userId }, { requesterEmail: { equals: address, mode: "insensitive" } }] },
      select: {
        reference: true,
        submittedAt: true,
        status: true,
        decidedAt: true,
        decisionNote: true,
        message: true,
        requesterName: true,
        requesterRole: true,
        requesterEmail: true,
        languages: true,
        interpretationNeeded: true,
        locale: true,
        proposedMunicipalityName: true,
        proposedCountry: true,
        proposedRegion: true,
        ukrainianMunicipality: { select: { slug: true, nameEn: true } },
        euMunicipality: { select: { slug: true, nameEn: true } },
        areas: { select: { area: { select: { slug: true } } } },
        events: { select: { at: true, kind: true, fromStatus: true, toStatus: true, note: true, actorUserId: true }, orderBy: { at: "asc" } },
      },
      orderBy: { submittedAt: "asc" },
    }),
    client.auditEvent.findMany({
      where: { actorUserId: me.userId },
      select: { at: true, action: true, objectType: true, objectId: true, outcome: true, detail: true },
      orderBy: { id: "asc" },
    }),
    client.outboxMessage.findMany({
      where: { to: { equals: address, mode: "insensitive" } },
      select: { to: true, subject: true, text: true, attachments: true, status: true, createdAt: true, sentAt: true },
      orderBy: { id: "asc" },
    }),
    // The municipalities the person proposed, with what they gave; other proposers are theirs.
    client.joinProposer.findMany({
      where: { userId: me.userId },
      select: {
        name: true,
        role: true,
        email: true,
        locale: true,
        proposedAt: true,
        proposal: { select: { name: true, country: true, regionName: true, status: true, decidedAt: true, reason: true } },
      },
      orderBy: { proposedAt: "asc" },
    }),
    // What they wrote on partnerships and on others' requests (a coordinator's, an editor's notes).
    client.partnershipStageEvent.findMany({
      where: { actorUserId: me.userId },
      select: {
        at: true,
        fromStage: true,
        toStage: true,
        note: true,
        partnership: { select: { ukrainianMunicipality: { select: { slug: true, nameEn: true } }, euMunicipality: { select: { slug: true, nameEn: true } } } },
      },
      orderBy: { id: "asc" },
    }),
    client.requestEvent.findMany({
      where: { actorUserId: me.userId },
      select: { at: true, kind: true, fromStatus: true, toStatus: true, note: true, request: { select: { reference: true } } },
      orderBy: { id: "asc" },
    }),
    // Stage changes they proposed (with their note) or decided (with their reason for declining).
    client.stageProposal.findMany({
      where: { OR: [{ proposerUserId: me.userId }, { deciderUserId: me.userId }] },
      select: {
        proposedAt: true,
        fromStage: true,
        toStage: true,
        status: true,
        decidedAt: true,
        note: true,
        reason: true,
        proposerUserId: true,
        deciderUserId: true,
        partnership: { select: { ukrainianMunicipality: { select: { slug: true, nameEn: true } }, euMunicipality: { select: { slug: true, nameEn: true } } } },
      },
      orderBy: { id: "asc" },
    }),
  ]);
  const contactMessages = await contactMessagesFrom(address, client);
  // As one of the network's interpreters, and the meetings they planned.
  const interpretation = await interpretationDataOf(me.userId, client);
  const conversations = await conversationDataOf(me.userId, client);
  const { accounts, sessions, memberships, partnerInterests, shortlist, savedSearches, requestsAssigned, ...account } = user;
  const workspaces = await workspaceDataOf(me.userId, client);
  const data = {
    exportedAt: now.toISOString(),
    account,
    signInMethods: accounts,
    sessions,
    memberships,
    /** Hromadas you told the network your municipality would like to partner with. */
    partnerInterests,
    /** The hromadas on your shortlist, to compare (deleted with your account). */
    shortlist,
    /** Your saved catalogue searches, and the hromadas (by id) their weekly mail listed (deleted with your account). */
    savedSearches: savedSearches.map(({ mailedIds, ...s }) => ({ ...s, mailedHromadaIds: mailedIds })),
    /** As a coordinator: the requests assigned to you. */
    requestsAssigned,
    requests: requests.map(({ areas, events, ...r }) => ({
      ...r,
      areas: areas.map((a) => a.area.slug),
      // Who else acted on the request is their data, not the requester's: only "you" or not.
      events: events.map(({ actorUserId, ...e }) => ({ ...e, byYou: actorUserId === me.userId })),
    })),
    stageChanges: stageChanges.map(({ partnership, ...e }) => ({
      ...e,
      ukrainianMunicipality: partnership.ukrainianMunicipality,
      euMunicipality: partnership.euMunicipality,
    })),
    // Who else proposed or decided is their data: only whether it was you.
    stageProposals: stageProposals.map(({ partnership, proposerUserId, deciderUserId, note, reason, ...q }) => ({
      ...q,
      proposedByYou: proposerUserId === me.userId,
      decidedByYou: deciderUserId === me.userId,
      note: proposerUserId === me.userId ? note : null,
      reason: deciderUserId === me.userId ? reason : null,
      ukrainianMunicipality: partnership.ukrainianMunicipality,
      euMunicipality: partnership.euMunicipality,
    })),
    requestEventsWritten: requestNotes.map(({ request, ...e }) => ({ ...e, reference: request.reference })),
    auditEvents,
    mails,
    joinProposals,
    contactMessages,
    interpreter: interpretation.interpreter,
    meetingsPlanned: interpretation.meetingsPlanned,
    /** Messages you wrote in conversations, how far you read them, your notification choices, internal notes you wrote. */
    conversations,
    /** Documents you uploaded to partnerships' workspaces (the files are on the partnership's page) and joint projects you recorded or changed. */
    workspaces,
  };
  await recordAudit(client, { actorUserId: me.userId, action: "account.exportOwn", objectType: "user", objectId: me.userId, outcome: "ALLOWED" });
  return data;
}
