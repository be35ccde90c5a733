/**
 * Who may do what, as data: one list of roles, one list of actions, one map between them.
 * The map says which roles may ever perform an action; which objects they may perform it on
 * (their own municipality, their own request) is checked by `can` in src/server/auth/principal.ts.
 */

/** EU staff act for one EU municipality, editors for one Ukrainian municipality (by approved
 * membership); coordinators and administrators hold their role across the network; interpreters
 * are the people the coordinators keep as the network's interpreters (an active interpreter row),
 * and act only on what they are assigned to. */
export const ROLES = ["EU_STAFF", "MUNICIPALITY_EDITOR", "COORDINATOR", "ADMINISTRATOR", "INTERPRETER"] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  "profile.edit",
  "profile.publish",
  "profile.confirm",
  "contact.read",
  "request.submit",
  "request.propose",
  "request.readOwn",
  "request.withdrawOwn",
  "request.answerOwn",
  "request.readForMunicipality",
  "request.answerForMunicipality",
  "request.readAll",
  "request.decide",
  "request.assign",
  "membership.request",
  "membership.decide",
  "partnership.changeStage",
  "partnership.proposeStage",
  "partnership.decideStage",
  "stageProposal.withdrawOwn",
  "partnership.import",
  "partnership.readWorkspace",
  "partnership.writeWorkspace",
  "audit.read",
  "contact.erase",
  "contactMessage.read",
  "contactMessage.answer",
  "account.exportOwn",
  "account.deleteOwn",
  "account.updateOwn",
  "interest.express",
  "interest.read",
  "join.propose",
  "join.decide",
  "municipality.manage",
  "role.grant",
  "funding.manage",
  "shortlist.keepOwn",
  "savedSearch.keepOwn",
  "interpreter.manage",
  "interpretation.readAssigned",
  "meeting.plan",
  "meeting.read",
  "conversation.read",
  "conversation.write",
  "conversation.noteInternal",
  "notification.setOwn",
] as const;
export type Action = (typeof ACTIONS)[number];

/** What every signed-in person may do, with or without a role: ask to join a municipality, read
 * the requests they sent (also after leaving the municipality they sent them for), keep their
 * name, job title and mail language, take out or delete their own data, take part in their
 * conversations and choose how they hear of them. */
export const SIGNED_IN_ACTIONS: readonly Action[] = [
  "membership.request",
  "join.propose",
  "request.readOwn",
  "account.exportOwn",
  "account.deleteOwn",
  "account.updateOwn",
  // Whose conversation it is decides, whatever the role: src/server/conversations/access.ts.
  "conversation.read",
  "conversation.write",
  "notification.setOwn",
];

/** Decided only by who takes part in the conversation (`participates`), for every role. */
export const CONVERSATION_ACTIONS: readonly Action[] = ["conversation.read", "conversation.write"];

/** What only a municipality's own people may say on its behalf. */
const MUNICIPALITY_VOICE: readonly Action[] = [
  "profile.confirm",
  "request.submit",
  "request.propose",
  "request.answerForMunicipality",
  "interest.express",
  // A stage change proposed by one partner, for the other to confirm (coordinators move it at once).
  "partnership.proposeStage",
  "stageProposal.withdrawOwn",
];

/** The working tools of an EU municipality's staff looking for a partner: no one else keeps them. */
const EU_STAFF_TOOLS: readonly Action[] = ["shortlist.keepOwn", "savedSearch.keepOwn"];

export const ROLE_ACTIONS: Record<Role, readonly Action[]> = {
  // EU staff keep their own municipality's profile, as a hromada's editors keep theirs.
  // Their shortlist of hromadas to compare is their own (an own action: checked against the person).
  EU_STAFF: [
    "profile.edit",
    "contact.read",
    "request.submit",
    "request.withdrawOwn",
    "request.answerOwn",
    // The hromadas' proposals addressed to their own municipality, read only (src/server/requests/addressed.ts).
    "request.readForMunicipality",
    // A partner proposes a stage change; the other side confirms or declines it (src/server/partnerships/stage.ts).
    "partnership.proposeStage",
    "partnership.decideStage",
    "stageProposal.withdrawOwn",
    // The partnership's workspace (documents, joint projects): src/server/workspace/access.ts.
    "partnership.readWorkspace",
    "partnership.writeWorkspace",
    "interest.express",
    "shortlist.keepOwn",
    // Their saved catalogue searches, mailed weekly (src/server/saved-searches): their own too.
    "savedSearch.keepOwn",
    "meeting.plan",
    "meeting.read",
  ],
  MUNICIPALITY_EDITOR: [
    "profile.edit",
    "profile.publish",
    "profile.confirm",
    "contact.read",
    "request.readForMunicipality",
    // The hromada's voice: its answer to a request addressed to it, its own proposal to an EU
    // municipality, and (as the proposal's requester) its withdrawal and answers to coordinators.
    "request.answerForMunicipality",
    "request.propose",
    "request.withdrawOwn",
    "request.answerOwn",
    "partnership.proposeStage",
    "partnership.decideStage",
    "stageProposal.withdrawOwn",
    "partnership.readWorkspace",
    "partnership.writeWorkspace",
    "meeting.plan",
    "meeting.read",
  ],
  // A coordinator may correct or unpublish any profile, but only the municipality itself says
  // that its profile is current; coordinators do not send requests of their own.
  COORDINATOR: [
    "profile.edit",
    "profile.publish",
    "contact.read",
    "request.readForMunicipality",
    "request.readAll",
    "request.decide",
    // Who of the coordinators has a request in hand (src/server/requests/assign.ts).
    "request.assign",
    "membership.decide",
    // The network's referee: a coordinator's move takes effect at once (closing any open proposal),
    // and a coordinator may confirm or decline a partner's proposal.
    "partnership.changeStage",
    "partnership.decideStage",
    "partnership.import",
    "partnership.readWorkspace",
    "partnership.writeWorkspace",
    "audit.read",
    "contact.erase",
    "interest.read",
    "join.decide",
    // The back office: create, correct, unpublish and merge municipalities, set their conflict status.
    "municipality.manage",
    // The funding programmes the portal describes: network data, kept by the network.
    "funding.manage",
    // The contact form's messages (src/server/contact): the network's inbox.
    "contactMessage.read",
    "contactMessage.answer",
    // The network's interpreters (src/server/interpretation): kept, assigned and unassigned by coordinators.
    "interpreter.manage",
    "interpretation.readAssigned",
    "meeting.plan",
    "meeting.read",
    // Internal notes on a request: the coordinators' own, never shown to the partners.
    "conversation.noteInternal",
  ],
  // Administrators run the portal: they may do what coordinators do and more, but they do not
  // speak for a municipality (saying a profile is current, sending a request). Only they grant
  // and take back the network roles (role.grant).
  ADMINISTRATOR: ACTIONS.filter((a) => !SIGNED_IN_ACTIONS.includes(a) && !MUNICIPALITY_VOICE.includes(a) && !EU_STAFF_TOOLS.includes(a)),
  // An interpreter reads the requests and partnerships they are assigned to and their meetings;
  // they plan nothing and speak for no municipality. They read a partnership's workspace (they
  // translate its documents) but do not write in it.
  INTERPRETER: ["interpretation.readAssigned", "meeting.read", "partnership.readWorkspace"],
};

/** Actions on the person's own things: checked against the object for every role, administrators included. */
export const OWN_ACTIONS: readonly Action[] = [
  "request.readOwn",
  "request.withdrawOwn",
  "request.answerOwn",
  "account.exportOwn",
  "account.deleteOwn",
  "shortlist.keepOwn",
  "savedSearch.keepOwn",
  "account.updateOwn",
  "notification.setOwn",
  // Only the person who proposed a stage change withdraws it.
  "stageProposal.withdrawOwn",
];

/** Whether any of `roles` may ever perform `action` (the object is not considered here). */
export function rolesAllow(roles: readonly Role[], action: Action): boolean {
  return SIGNED_IN_ACTIONS.includes(action) || roles.some((role) => ROLE_ACTIONS[role].includes(action));
}

export function isAction(value: string): value is Action {
  return (ACTIONS as readonly string[]).includes(value);
}
