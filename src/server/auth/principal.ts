import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { recordAudit } from "@/server/audit/record";
import { CONVERSATION_ACTIONS, OWN_ACTIONS, rolesAllow, type Action, type Role } from "@/lib/permissions";
import { participates, type ConversationParties } from "@/server/conversations/access";
import { readsWorkspace, writesWorkspace } from "@/server/workspace/access";

export type MembershipKind = "EU_STAFF" | "MUNICIPALITY_EDITOR";

/** The signed-in person as the permission checks see them. Only APPROVED memberships count. */
export type Principal = {
  userId: string;
  email: string;
  globalRole: "COORDINATOR" | "ADMINISTRATOR" | null;
  memberships: { municipalityId: number; kind: MembershipKind }[];
  /** Set while the person is one of the network's active interpreters (src/server/interpretation). */
  interpreterId?: number | null;
  /** The countries of the municipalities they act for: their own time zone is read from them. */
  countries?: string[];
};

/**
 * What an action is performed on, with the facts its ownership check needs. Domain functions
 * load these from the database (src/server/auth/subjects.ts; a request's: src/server/requests/load.ts) before asking `can`.
 */
export type Subject =
  | { type: "municipality"; id: number; partnerMunicipalityIds?: readonly number[] }
  /** `interpreterUserIds`: the accounts of the interpreters assigned to it, for the interpreters' own checks. */
  | {
      type: "request";
      id: number;
      requesterUserId: string | null;
      ukrainianMunicipalityId: number;
      euMunicipalityId: number | null;
      interpreterUserIds?: readonly string[];
    }
  | { type: "partnership"; id: number; ukrainianMunicipalityId: number; euMunicipalityId: number; interpreterUserIds?: readonly string[] }
  /** A partner's proposed stage change: the side it was made for and who made it. */
  | {
      type: "stageProposal";
      id: number;
      partnershipId: number;
      ukrainianMunicipalityId: number;
      euMunicipalityId: number;
      side: "UKRAINIAN" | "EU";
      proposerUserId: string | null;
    }
  /** One of the network's interpreters (coordinators keep every one: no ownership to check). */
  | { type: "interpreter"; id: number }
  | { type: "user"; id: string }
  /** A saved catalogue search, with its owner (src/server/saved-searches). */
  | { type: "savedSearch"; id: number; ownerUserId: string }
  | { type: "joinProposal"; id: number }
  /** A conversation, with the facts of its request or partnership that say who takes part. */
  | ({ type: "conversation"; id: number } & ConversationParties)
  /** A funding programme, by its slug (coordinators keep every one: no ownership to check). */
  | { type: "fundingProgramme"; id: string };

/** The roles a principal holds: the global role, and one per kind of approved membership. */
export function rolesOf(principal: Principal): Role[] {
  const roles = new Set<Role>();
  if (principal.globalRole) roles.add(principal.globalRole);
  for (const m of principal.memberships) roles.add(m.kind);
  if (principal.interpreterId != null) roles.add("INTERPRETER");
  return [...roles];
}

/** Loads a principal; null when the user does not exist (deleted since the session began). */
export async function loadPrincipal(userId: string, client: PrismaClient = db()): Promise<Principal | null> {
  const user = await client.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      role: true,
      memberships: { where: { status: "APPROVED" }, select: { municipalityId: true, municipality: { select: { country: true } } } },
      interpreter: { select: { id: true, active: true } },
    },
  });
  if (!user) return null;
  return {
    userId: user.id,
    email: user.email,
    globalRole: user.role,
    memberships: user.memberships.map((m) => ({
      municipalityId: m.municipalityId,
      // The municipality decides the role: Ukrainian → its editor, any other → its staff.
      kind: m.municipality.country === "UA" ? "MUNICIPALITY_EDITOR" : "EU_STAFF",
    })),
    // A deactivated interpreter keeps their account but no longer interprets.
    interpreterId: user.interpreter?.active ? user.interpreter.id : null,
    countries: [...new Set(user.memberships.map((m) => m.municipality.country))],
  };
}

function memberOf(p: Principal, kind: MembershipKind, municipalityId: number | null | undefined): boolean {
  return municipalityId != null && p.memberships.some((m) => m.kind === kind && m.municipalityId === municipalityId);
}

/** The object check for a principal whose only grant comes from a membership role. */
const membershipRules: Partial<Record<Action, (p: Principal, s: Subject | undefined) => boolean>> = {
  // A membership's kind follows the municipality's country, so EU staff reach only EU profiles.
  "profile.edit": (p, s) => s?.type === "municipality" && (memberOf(p, "MUNICIPALITY_EDITOR", s.id) || memberOf(p, "EU_STAFF", s.id)),
  "profile.publish": (p, s) => s?.type === "municipality" && memberOf(p, "MUNICIPALITY_EDITOR", s.id),
  "profile.confirm": (p, s) => s?.type === "municipality" && memberOf(p, "MUNICIPALITY_EDITOR", s.id),
  // Contact details: the municipality's own people, and the staff of its partners.
  "contact.read": (p, s) =>
    s?.type === "municipality" &&
    (memberOf(p, "MUNICIPALITY_EDITOR", s.id) ||
      memberOf(p, "EU_STAFF", s.id) ||
      (s.partnerMunicipalityIds ?? []).some((id) => memberOf(p, "EU_STAFF", id) || memberOf(p, "MUNICIPALITY_EDITOR", id))),
  // Sent on behalf of the staff member's own EU municipality.
  "request.submit": (p, s) => s?.type === "municipality" && memberOf(p, "EU_STAFF", s.id),
  // A hromada's editor proposes for their own hromada, and answers requests addressed to it.
  "request.propose": (p, s) => s?.type === "municipality" && memberOf(p, "MUNICIPALITY_EDITOR", s.id),
  "request.answerForMunicipality": (p, s) => s?.type === "request" && memberOf(p, "MUNICIPALITY_EDITOR", s.ukrainianMunicipalityId),
  "interest.express": (p, s) => s?.type === "municipality" && memberOf(p, "EU_STAFF", s.id),
  // A request addressed to the editor's hromada, or (for a list of them) the hromada itself; EU
  // staff read the list of the proposals addressed to their own municipality (the municipality only).
  "request.readForMunicipality": (p, s) =>
    (s?.type === "request" && memberOf(p, "MUNICIPALITY_EDITOR", s.ukrainianMunicipalityId)) ||
    (s?.type === "municipality" && (memberOf(p, "MUNICIPALITY_EDITOR", s.id) || memberOf(p, "EU_STAFF", s.id))),
  // A partner proposes a stage change for either side of their own partnership...
  "partnership.proposeStage": (p, s) =>
    s?.type === "partnership" && (memberOf(p, "MUNICIPALITY_EDITOR", s.ukrainianMunicipalityId) || memberOf(p, "EU_STAFF", s.euMunicipalityId)),
  // ...and only the OTHER side confirms or declines it: never the proposer's own side, nor the proposer.
  "partnership.decideStage": (p, s) =>
    s?.type === "stageProposal" &&
    s.proposerUserId !== p.userId &&
    (s.side === "UKRAINIAN" ? memberOf(p, "EU_STAFF", s.euMunicipalityId) : memberOf(p, "MUNICIPALITY_EDITOR", s.ukrainianMunicipalityId)),
  // Meetings: the partnership's two sides plan them; the sides and its assigned interpreters read them.
  "meeting.plan": (p, s) =>
    s?.type === "partnership" && (memberOf(p, "MUNICIPALITY_EDITOR", s.ukrainianMunicipalityId) || memberOf(p, "EU_STAFF", s.euMunicipalityId)),
  "meeting.read": (p, s) =>
    s?.type === "partnership" &&
    (memberOf(p, "MUNICIPALITY_EDITOR", s.ukrainianMunicipalityId) || memberOf(p, "EU_STAFF", s.euMunicipalityId) || assignedTo(p, s)),
  // The partnership's workspace: who is a member and who writes, in src/server/workspace/access.ts.
  "partnership.readWorkspace": readsWorkspace,
  "partnership.writeWorkspace": writesWorkspace,
  // An interpreter reads a request or partnership only while assigned to it.
  "interpretation.readAssigned": (p, s) => (s?.type === "request" || s?.type === "partnership") && assignedTo(p, s),
};

function assignedTo(p: Principal, s: Subject): boolean {
  return p.interpreterId != null && (s.type === "request" || s.type === "partnership") && (s.interpreterUserIds ?? []).includes(p.userId);
}

const ownRules: Partial<Record<Action, (p: Principal, s: Subject | undefined) => boolean>> = {
  "request.readOwn": (p, s) => s?.type === "request" && s.requesterUserId === p.userId,
  "request.withdrawOwn": (p, s) => s?.type === "request" && s.requesterUserId === p.userId,
  "request.answerOwn": (p, s) => s?.type === "request" && s.requesterUserId === p.userId,
  "account.exportOwn": (p, s) => s?.type === "user" && s.id === p.userId,
  "account.deleteOwn": (p, s) => s?.type === "user" && s.id === p.userId,
  "shortlist.keepOwn": (p, s) => s?.type === "user" && s.id === p.userId,
  // Keeping saved searches at all (the person themselves), or one of them (its owner).
  "savedSearch.keepOwn": (p, s) => (s?.type === "user" && s.id === p.userId) || (s?.type === "savedSearch" && s.ownerUserId === p.userId),
  "account.updateOwn": (p, s) => s?.type === "user" && s.id === p.userId,
  "notification.setOwn": (p, s) => s?.type === "user" && s.id === p.userId,
  "stageProposal.withdrawOwn": (p, s) => s?.type === "stageProposal" && s.proposerUserId === p.userId,
};

/**
 * Whether `principal` may perform `action` on `subject`: the role map must allow it AND the
 * object must be theirs. Coordinators and administrators act on every object, except on the
 * "own" actions, which are about the person's own things for everyone. Refuses by default:
 * a membership role without the subject its check needs is refused.
 */
export function can(principal: Principal | null, action: Action, subject?: Subject): boolean {
  if (!principal) return false;
  const roles = rolesOf(principal);
  if (!rolesAllow(roles, action)) return false;
  if (OWN_ACTIONS.includes(action)) return ownRules[action]!(principal, subject);
  if (action === "membership.request") return subject === undefined || subject.type === "municipality";
  // Proposing a municipality that is not in the portal is about no object of the portal yet.
  if (action === "join.propose") return subject === undefined;
  if (CONVERSATION_ACTIONS.includes(action)) return subject?.type === "conversation" && participates(principal, subject);
  const global = principal.globalRole;
  if (global && rolesAllow([global], action)) return true;
  const rule = membershipRules[action];
  return rule ? rule(principal, subject) : false;
}

/** Refused: `signedIn` false means the caller should be sent to sign in. */
export class Forbidden extends Error {
  constructor(
    readonly action: Action,
    readonly signedIn: boolean,
  ) {
    super(`forbidden: ${action}`);
    this.name = "Forbidden";
  }
}

/**
 * `can`, for domain functions: returns the principal when allowed; otherwise records a REFUSED
 * audit event (who, what, on which object) and throws Forbidden.
 */
export async function authorize(principal: Principal | null, action: Action, subject?: Subject, client: PrismaClient = db()): Promise<Principal> {
  if (principal && can(principal, action, subject)) return principal;
  await recordAudit(client, {
    actorUserId: principal?.userId ?? null,
    action,
    objectType: subject?.type ?? null,
    objectId: subject ? String(subject.id) : null,
    outcome: "REFUSED",
  });
  throw new Forbidden(action, principal !== null);
}
