import type { Action } from "./permissions";

/**
 * Every page, route handler and server action of the portal with who may use it. The unit test
 * tests/unit/access-inventory.test.ts fails when a route or action exists without an entry here,
 * so a new endpoint cannot ship unconsidered; the authorization matrix
 * (tests/e2e/authorization-matrix.spec.ts) requests each entry as each kind of person and fails
 * on a route or action of the build that has no entry or no probe. The check itself is made in the page or domain function, not here.
 */
export type Access =
  /** Anyone, signed in or not. */
  | { kind: "public" }
  /** Any signed-in person (their own things only). */
  | { kind: "signedIn" }
  /** Only while demo mode is on; 404 otherwise. */
  | { kind: "demoMode" }
  /** Whoever `can` perform the action (src/server/auth/principal.ts), on the object concerned. */
  | { kind: "action"; action: Action };

const PUBLIC: Access = { kind: "public" };

/** Pages and route handlers, by their app-router path. */
export const ROUTES: Record<string, { type: "page" | "route"; access: Access; note?: string }> = {
  "/[locale]": { type: "page", access: PUBLIC },
  "/[locale]/[...rest]": { type: "page", access: PUBLIC, note: "always 404" },
  "/[locale]/funding": { type: "page", access: PUBLIC },
  "/[locale]/accessibility": { type: "page", access: PUBLIC },
  "/[locale]/privacy": { type: "page", access: PUBLIC },
  "/[locale]/contact": { type: "page", access: PUBLIC, note: "the contact form: no account needed" },
  "/[locale]/coordinator/messages": {
    type: "page",
    access: { kind: "action", action: "contactMessage.read" },
    note: "the contact form's messages; signed-in others get a 404 (audited REFUSED)",
  },
  "/[locale]/coordinator/messages/[id]": {
    type: "page",
    access: { kind: "action", action: "contactMessage.read" },
    note: "one message and the answer form; unknown id → 404 (after the permission check)",
  },
  "/[locale]/map": { type: "page", access: PUBLIC },
  "/[locale]/match": { type: "page", access: PUBLIC },
  "/[locale]/municipalities": { type: "page", access: PUBLIC },
  "/[locale]/municipalities/[slug]": {
    type: "page",
    access: PUBLIC,
    note: "the contact person only for contact.read (selected only then); others see who can",
  },
  "/[locale]/municipalities/[slug]/request": {
    type: "page",
    access: { kind: "action", action: "request.submit" },
    note: "anonymous → sign-in with callbackUrl back here; signed in without an EU membership → an explanation and a link to /account, no form",
  },
  "/[locale]/partnerships": { type: "page", access: PUBLIC },
  "/[locale]/partnerships/[id]": {
    type: "page",
    access: PUBLIC,
    note: "the stage form, who moved it, the notes and the stage proposals only for partnership.changeStage or partnership.proposeStage on this partnership; the public history holds confirmed moves only; the workspace's documents and all its projects only for partnership.readWorkspace (signed-in others refused, audited, and shown the public projects); unknown id → 404",
  },
  "/[locale]/sign-in": { type: "page", access: PUBLIC },
  "/[locale]/sign-in/check-email": { type: "page", access: PUBLIC },
  "/[locale]/sign-in/demo": { type: "route", access: { kind: "demoMode" }, note: "same-origin POST only" },
  "/[locale]/account": { type: "page", access: { kind: "signedIn" }, note: '"my requests" lists only the person\'s own (requesterUserId)' },
  "/[locale]/account/shortlist": {
    type: "page",
    access: { kind: "action", action: "shortlist.keepOwn" },
    note: "EU staff's own shortlist; signed-in others get a 404 (refusal audited), the signed-out sign in",
  },
  "/[locale]/account/shortlist/compare": {
    type: "page",
    access: { kind: "action", action: "shortlist.keepOwn" },
    note: "up to four of the person's own shortlisted hromadas (?m=slug); a slug not on their list is left out",
  },
  "/[locale]/account/saved-searches": {
    type: "page",
    access: { kind: "action", action: "savedSearch.keepOwn" },
    note: "EU staff's own saved catalogue searches; signed-in others get a 404 (refusal audited), the signed-out sign in",
  },
  "/[locale]/account/requests/[reference]": {
    type: "page",
    access: { kind: "action", action: "request.readOwn" },
    note: "the requester's own request only; others and unknown references get a 404 (refusal audited)",
  },
  "/[locale]/inbox": {
    type: "page",
    access: { kind: "signedIn" },
    note: "the person's own conversations only (src/server/conversations/access.ts); signed out → sign-in",
  },
  "/[locale]/inbox/[id]": {
    type: "page",
    access: { kind: "action", action: "conversation.read" },
    note: "participants only; others and unknown ids get a 404 (refusal audited)",
  },
  "/[locale]/partnerships/[id]/documents/[versionId]": {
    type: "route",
    access: { kind: "action", action: "partnership.readWorkspace" },
    note: "GET: a member of the partnership's workspace (both sides' people, its interpreters, coordinators) downloads a version of its document; others, unknown ids and another partnership's version get a 404 (refusal audited); signed out → 303 to sign-in",
  },
  "/[locale]/partnerships/[id]/projects/new": {
    type: "page",
    access: { kind: "action", action: "partnership.writeWorkspace" },
    note: "the joint-project form; interpreters, other municipalities' people and unknown ids get a 404 (refusal audited), the signed-out sign in",
  },
  "/[locale]/partnerships/[id]/projects/[projectId]": {
    type: "page",
    access: { kind: "action", action: "partnership.writeWorkspace" },
    note: "one joint project's form; another partnership's project id → 404",
  },
  "/[locale]/inbox/[id]/attachments/[attachmentId]": {
    type: "route",
    access: { kind: "action", action: "conversation.read" },
    note: "GET: a participant downloads a file of that conversation; others, unknown ids and another conversation's file get a 404 (refusal audited); signed out → 303 to sign-in",
  },
  "/[locale]/inbox/request/[reference]": {
    type: "route",
    access: { kind: "action", action: "conversation.read" },
    note: "GET: 303 to the request's conversation (made on first use) for its participants; others and unknown references get a 404 (refusal audited); signed out → sign-in",
  },
  "/[locale]/account/data": {
    type: "route",
    access: { kind: "action", action: "account.exportOwn" },
    note: "GET: the caller's own data as a JSON attachment (no-store); no session cookie: the proxy's 307 to sign-in; a stale or forged cookie: 303 to sign-in, audited REFUSED",
  },
  "/[locale]/account/delete": { type: "page", access: { kind: "action", action: "account.deleteOwn" }, note: "signed out → sign-in" },
  "/[locale]/account-deleted": { type: "page", access: PUBLIC, note: "static confirmation after an account deletion" },
  "/[locale]/coordinator/municipalities/[slug]/contact": {
    type: "page",
    access: { kind: "action", action: "contact.erase" },
    note: "signed-in others get a 404 (audited REFUSED)",
  },
  "/[locale]/coordinator/municipalities": {
    type: "page",
    access: { kind: "action", action: "municipality.manage" },
    note: "every municipality, any status; signed-in others get a 404 (audited REFUSED)",
  },
  "/[locale]/coordinator/municipalities/new": {
    type: "page",
    access: { kind: "action", action: "municipality.manage" },
    note: "outside Ukraine only; signed-in others get a 404",
  },
  "/[locale]/coordinator/municipalities/[slug]": {
    type: "page",
    access: { kind: "action", action: "municipality.manage" },
    note: "correct, conflict status, unpublish, find a municipality to merge into; signed-in others get a 404",
  },
  "/[locale]/coordinator/municipalities/[slug]/merge": {
    type: "page",
    access: { kind: "action", action: "municipality.manage" },
    note: "?into=<slug>: what would move, nothing changed; signed-in others get a 404",
  },
  "/[locale]/coordinator/roles": {
    type: "page",
    access: { kind: "action", action: "role.grant" },
    note: "administrators only; ?revoke=<user id> shows the confirmation; coordinators get a 404 (audited REFUSED)",
  },
  "/[locale]/dev/mailbox": { type: "page", access: { kind: "demoMode" } },
  "/[locale]/unsubscribe/[token]": {
    type: "page",
    access: PUBLIC,
    note: "no sign-in: the signed token (HMAC, src/lib/unsubscribe-token.ts) names the person and the one kind of mail it stops; a forged or stale token shows 'this link does not work'",
  },
  "/[locale]/coordinator": {
    type: "page",
    access: { kind: "action", action: "request.readAll" },
    note: "the desk's dashboard (counts and short lists); also lists memberships: needs membership.decide too; signed-in others get a 404",
  },
  "/[locale]/coordinator/requests": {
    type: "page",
    access: { kind: "action", action: "request.readAll" },
    note: "the request queue; ?q, status, age, assignee (me | none | user id), country, area, interpretation, page; signed-in others get a 404",
  },
  "/[locale]/coordinator/import": {
    type: "page",
    access: { kind: "action", action: "partnership.import" },
    note: "signed-in others get a 404 (audited REFUSED)",
  },
  "/[locale]/network": { type: "page", access: PUBLIC, note: "the network's members by country: names and dates only" },
  "/[locale]/coordinator/audit": { type: "page", access: { kind: "action", action: "audit.read" }, note: "signed-in others get a 404" },
  "/[locale]/coordinator/funding": {
    type: "page",
    access: { kind: "action", action: "funding.manage" },
    note: "every programme, retired ones too; signed-in others get a 404 (audited REFUSED)",
  },
  "/[locale]/coordinator/funding/new": {
    type: "page",
    access: { kind: "action", action: "funding.manage" },
    note: "signed-in others get a 404 (audited REFUSED)",
  },
  "/[locale]/coordinator/funding/[slug]": {
    type: "page",
    access: { kind: "action", action: "funding.manage" },
    note: "unknown programmes and signed-in others get a 404 (refusals audited)",
  },
  "/[locale]/coordinator/interpreters": {
    type: "page",
    access: { kind: "action", action: "interpreter.manage" },
    note: "the network's interpreters; signed-in others get a 404 (audited REFUSED)",
  },
  "/[locale]/coordinator/interpreters/new": {
    type: "page",
    access: { kind: "action", action: "interpreter.manage" },
    note: "signed-in others get a 404 (audited REFUSED)",
  },
  "/[locale]/coordinator/interpreters/[id]": {
    type: "page",
    access: { kind: "action", action: "interpreter.manage" },
    note: "unknown ids and signed-in others get a 404 (refusals audited)",
  },
  "/[locale]/interpreting": {
    type: "page",
    access: { kind: "signedIn" },
    note: "the person's own assignments as an interpreter only (empty for anyone who is not one)",
  },
  "/[locale]/interpreting/requests/[reference]": {
    type: "page",
    access: { kind: "action", action: "interpretation.readAssigned" },
    note: "the interpreter's assigned requests only (and coordinators); others and unknown references get a 404 (refusal audited)",
  },
  "/[locale]/coordinator/requests/[reference]": { type: "page", access: { kind: "action", action: "request.readAll" }, note: "signed-in others get a 404" },
  "/[locale]/municipalities/[slug]/edit": {
    type: "page",
    access: { kind: "action", action: "profile.edit" },
    note: "its own municipality's editor (a hromada) or staff (an EU municipality: the EU editor), or a coordinator; signed-in others get a 404",
  },
  "/[locale]/eu-municipalities": {
    type: "page",
    access: PUBLIC,
    note: "published EU profiles, as public as the profiles; a hromada's editors get a link to propose a partnership to each",
  },
  "/[locale]/municipalities/[slug]/propose": {
    type: "page",
    access: { kind: "action", action: "request.propose" },
    note: "anonymous → sign-in and back; signed in without a hromada to edit → an explanation and a link to /account, no form",
  },
  "/[locale]/join": {
    type: "page",
    access: PUBLIC,
    note: "the signed-out get why and a sign-in link back; the signed-in the gazetteer search (GET) and the proposal form, and their own proposals only",
  },
  "/[locale]/coordinator/join-proposals": {
    type: "page",
    access: { kind: "action", action: "join.decide" },
    note: "lists proposers' names, roles and addresses; signed-in others get a 404 (audited REFUSED)",
  },
  "/api/auth/[...nextauth]": {
    type: "route",
    access: PUBLIC,
    note: "Auth.js: magic-link callback, sign-out, CSRF; the session endpoint answers 404 (pages read the session on the server)",
  },
  "/api/csp-report": {
    type: "route",
    access: PUBLIC,
    note: "POST: browsers' reports of what the policy blocked; logged, nothing stored; rate-limited per client and overall",
  },
  "/[locale]/statistics": { type: "page", access: PUBLIC, note: "the network's figures (aggregates only) and the open-data downloads" },
  "/[locale]/coordinator/export/[dataset]": {
    type: "route",
    access: { kind: "action", action: "request.readAll" },
    note: "GET requests (request.readAll) or audit (audit.read) as CSV with the page's filters; signed out → 303 to sign-in; signed-in others 404 (audited REFUSED); unknown dataset 404",
  },
  "/api/v1/municipalities": {
    type: "route",
    access: PUBLIC,
    note: "GET: the catalogue's public rows, paged, or every match with download=csv|json; never a contact person; rate-limited per client",
  },
  "/api/v1/municipalities/[slug]": { type: "route", access: PUBLIC, note: "GET: the public profile (no contact person) or the register entry; rate-limited" },
  "/api/v1/partnerships": { type: "route", access: PUBLIC, note: "GET: the public registry of active partnerships; rate-limited" },
  "/api/v1/areas": { type: "route", access: PUBLIC, note: "GET: the cooperation areas in nine languages" },
  "/api/v1/funding-programmes": { type: "route", access: PUBLIC, note: "GET: the programmes /funding shows" },
  "/api/v1/figures": { type: "route", access: PUBLIC, note: "GET: the statistics page's aggregates" },
  "/api/v1/figures/[name]": { type: "route", access: PUBLIC, note: "GET: one chart's aggregates, JSON or CSV" },
  "/api/v1/openapi.json": { type: "route", access: PUBLIC, note: "GET: the API's OpenAPI 3.1 document" },
  "/api/v1/feed.atom": { type: "route", access: PUBLIC, note: "GET: Atom feed of published profiles seeking partners (public fields only)" },
  "/api/unsubscribe/[token]": {
    type: "route",
    access: PUBLIC,
    note: "POST List-Unsubscribe=One-Click (RFC 8058): stops the token's kind for the token's person; a forged token → 404; GET → 405",
  },
  "/api/dev/jobs": {
    type: "route",
    access: { kind: "demoMode" },
    note: "POST {now, job?}: runs the jobs due at that time (the tests' clock); 404 outside demo mode",
  },
  "/healthz": { type: "route", access: PUBLIC },
  "/readyz": { type: "route", access: PUBLIC },
};

/** Server actions, as "<route>#<exported function>": each is a public endpoint whatever its page. */
export const SERVER_ACTIONS: Record<string, { access: Access; note?: string }> = {
  "/[locale]/municipalities/[slug]/request#submitRequestAction": {
    access: { kind: "action", action: "request.submit" },
    note: "for the staff member's own EU municipality; rate-limited per account and client",
  },
  "/[locale]/account/requests/[reference]#answerInformationAction": {
    access: { kind: "action", action: "request.answerOwn" },
    note: "own request, while INFORMATION_REQUESTED; fields reference, answer",
  },
  "/[locale]/account/requests/[reference]#withdrawRequestAction": {
    access: { kind: "action", action: "request.withdrawOwn" },
    note: "own request, while SUBMITTED or UNDER_REVIEW; optional field reason (kept in the history); confirmed first on the page (?withdraw=confirm)",
  },
  "/[locale]/sign-in#requestSignInLinkAction": { access: PUBLIC, note: "rate-limited per address and client" },
  "/[locale]/inbox/[id]#postMessageAction": {
    access: { kind: "action", action: "conversation.write" },
    note: "participants only; fields conversation, body, language, attachments (files)",
  },
  "/[locale]/coordinator/requests/[reference]#addInternalNoteAction": {
    access: { kind: "action", action: "conversation.noteInternal" },
    note: "coordinators and administrators; fields reference, note",
  },
  "/[locale]/account#saveNotificationsAction": { access: { kind: "action", action: "notification.setOwn" }, note: "the caller's own choice; field delivery" },
  "/[locale]/account#saveReminderChoicesAction": {
    access: { kind: "action", action: "notification.setOwn" },
    note: "the caller's own reminders; field kinds (once per ticked kind; unknown kinds refused)",
  },
  "/[locale]/unsubscribe/[token]#unsubscribeAction": {
    access: PUBLIC,
    note: "field token: stops that token's kind for that token's person only; a forged token changes nothing",
  },
  "/[locale]/account#signOutAction": { access: { kind: "signedIn" }, note: "ends the caller's own session" },
  "/[locale]/account#requestMembershipAction": { access: { kind: "action", action: "membership.request" } },
  "/[locale]/account#answerForHromadaAction": {
    access: { kind: "action", action: "request.answerForMunicipality" },
    note: "the editors of the hromada the request is addressed to; while the coordinators have not decided",
  },
  "/[locale]/municipalities/[slug]/propose#proposePartnershipAction": {
    access: { kind: "action", action: "request.propose" },
    note: "for the editor's own hromada; rate-limited per account and client as requests are",
  },
  "/[locale]/account#updateSettingsAction": {
    access: { kind: "action", action: "account.updateOwn" },
    note: "the caller's own name, job title and mail language only; fields name, jobTitle, locale",
  },
  "/[locale]/account/delete#deleteAccountAction": {
    access: { kind: "action", action: "account.deleteOwn" },
    note: "fields account (own id), confirmation (own address)",
  },
  "/[locale]/coordinator/municipalities/[slug]/contact#eraseContactAction": {
    access: { kind: "action", action: "contact.erase" },
    note: "fields municipality (slug), reason",
  },
  "/[locale]/coordinator/import#importPartnershipsAction": {
    access: { kind: "action", action: "partnership.import" },
    note: "multipart: a CSV file (≤ 1 MB) or its text in `content`; mode dryRun (rolled back) or apply (one transaction)",
  },
  "/[locale]/coordinator/municipalities/new#createMunicipalityAction": {
    access: { kind: "action", action: "municipality.manage" },
    note: "never a hromada (country UA refused)",
  },
  "/[locale]/coordinator/municipalities/[slug]#updateMunicipalityAction": {
    access: { kind: "action", action: "municipality.manage" },
    note: "field slug names the municipality",
  },
  "/[locale]/coordinator/municipalities/[slug]#setConflictStatusAction": {
    access: { kind: "action", action: "municipality.manage" },
    note: "hromadas only; occupied stops seeking partners",
  },
  "/[locale]/coordinator/municipalities/[slug]#unpublishAction": { access: { kind: "action", action: "municipality.manage" }, note: "fields slug, reason" },
  "/[locale]/coordinator/municipalities/[slug]/merge#mergeAction": {
    access: { kind: "action", action: "municipality.manage" },
    note: "fields from, into (slugs); one transaction",
  },
  "/[locale]/coordinator/roles#grantRoleAction": { access: { kind: "action", action: "role.grant" }, note: "fields email, role" },
  "/[locale]/coordinator/roles#revokeRoleAction": { access: { kind: "action", action: "role.grant" }, note: "field user (id); never the last administrator" },
  "/[locale]/coordinator#decideMembershipAction": { access: { kind: "action", action: "membership.decide" } },
  "/[locale]/coordinator/interpreters#createInterpreterAction": {
    access: { kind: "action", action: "interpreter.manage" },
    note: "every field; the account of the address is made or linked; an address of another interpreter is refused at its field",
  },
  "/[locale]/coordinator/interpreters#updateInterpreterAction": {
    access: { kind: "action", action: "interpreter.manage" },
    note: "hidden field id names the interpreter",
  },
  "/[locale]/coordinator/interpreters#setInterpreterActiveAction": {
    access: { kind: "action", action: "interpreter.manage" },
    note: "fields id, active (0 deactivate, 1 bring back)",
  },
  "/[locale]/coordinator/interpreters#assignInterpreterAction": {
    access: { kind: "action", action: "interpreter.manage" },
    note: "fields target (request|partnership), id, interpreter, back (a request's or partnership's page only); the interpreter is mailed",
  },
  "/[locale]/coordinator/interpreters#unassignInterpreterAction": {
    access: { kind: "action", action: "interpreter.manage" },
    note: "fields target, id, interpreter, back",
  },
  "/[locale]/partnerships/[id]#planMeetingAction": {
    access: { kind: "action", action: "meeting.plan" },
    note: "the partnership's two sides and coordinators; mailed with a calendar file to both sides, the interpreters and the planner",
  },
  "/[locale]/coordinator/funding#createProgrammeAction": {
    access: { kind: "action", action: "funding.manage" },
    note: "every field of a programme, slug included; a taken slug is refused at its field",
  },
  "/[locale]/coordinator/funding#updateProgrammeAction": {
    access: { kind: "action", action: "funding.manage" },
    note: "every field but the slug (hidden field `slug` names the programme)",
  },
  "/[locale]/coordinator/funding#markCheckedAction": {
    access: { kind: "action", action: "funding.manage" },
    note: "field slug; last checked = the server's date (UTC)",
  },
  "/[locale]/coordinator/funding#setRetiredAction": {
    access: { kind: "action", action: "funding.manage" },
    note: "fields slug, retired (1 retire, 0 bring back); pressing twice changes nothing",
  },
  "/[locale]/contact#sendContactMessageAction": { access: PUBLIC, note: "rate-limited per client address and per e-mail address" },
  "/[locale]/coordinator/messages/[id]#answerContactMessageAction": {
    access: { kind: "action", action: "contactMessage.answer" },
    note: "fields message (id), answer; mailed with Reply-To CONTACT_EMAIL; a second answer is refused as alreadyAnswered",
  },
  "/[locale]/coordinator/requests/[reference]#decideRequestAction": { access: { kind: "action", action: "request.decide" } },
  "/[locale]/coordinator/requests/[reference]#assignRequestAction": {
    access: { kind: "action", action: "request.assign" },
    note: "field assignee (a coordinator's or administrator's user id, or none); undecided requests only",
  },
  "/[locale]/coordinator/requests#bulkRequestsAction": {
    access: { kind: "action", action: "request.assign" },
    note: "fields op (assign: request.assign | ask: request.decide), reference (once per row, at most 100), assignee or note; each request authorized and audited on its own",
  },
  "/[locale]/partnerships/[id]#uploadDocumentAction": {
    access: { kind: "action", action: "partnership.writeWorkspace" },
    note: "both sides' people and coordinators (interpreters read only); fields document, kind, title, file (same file rules as conversations)",
  },
  "/[locale]/partnerships/[id]#createProjectAction": {
    access: { kind: "action", action: "partnership.writeWorkspace" },
    note: "a joint project: title, areas, institutions, funding programme, status, deadline, amounts, public",
  },
  "/[locale]/partnerships/[id]#updateProjectAction": {
    access: { kind: "action", action: "partnership.writeWorkspace" },
    note: "a joint project of that partnership only (another's id → not found)",
  },
  "/[locale]/partnerships/[id]#changeStageAction": {
    access: { kind: "action", action: "partnership.proposeStage" },
    note: "either side's people propose (one open proposal per partnership); a coordinator or administrator moves it at once (partnership.changeStage), superseding an open proposal; conditional on the stage the form was shown with",
  },
  "/[locale]/partnerships/[id]#decideProposalAction": {
    access: { kind: "action", action: "partnership.decideStage" },
    note: "confirm, or decline with a reason: the other side than the proposal's and coordinators; a confirmation applies only while the partnership is at the proposal's from-stage",
  },
  "/[locale]/partnerships/[id]#withdrawProposalAction": {
    access: { kind: "action", action: "stageProposal.withdrawOwn" },
    note: "the proposer only, while the proposal is open",
  },
  "/[locale]/municipalities/[slug]/edit#saveProfileAction": { access: { kind: "action", action: "profile.edit" } },
  "/[locale]/municipalities/[slug]/edit#setPublishedAction": { access: { kind: "action", action: "profile.publish" } },
  "/[locale]/municipalities/[slug]/edit#confirmProfileAction": { access: { kind: "action", action: "profile.confirm" } },
  "/[locale]/account/shortlist#shortlistAction": {
    access: { kind: "action", action: "shortlist.keepOwn" },
    note: "EU staff, their own shortlist; fields municipality (a published Ukrainian profile's slug), op add|remove, from, back; at most 40",
  },
  "/[locale]/account/saved-searches#saveSearchAction": {
    access: { kind: "action", action: "savedSearch.keepOwn" },
    note: "EU staff, their own saved searches; fields query (the catalogue's query string, refused whole if the catalogue would drop any of it), name; at most 20",
  },
  "/[locale]/account/saved-searches#renameSavedSearchAction": {
    access: { kind: "action", action: "savedSearch.keepOwn" },
    note: "the search's owner only (another's id: refused, audited with the search as object); fields id, name",
  },
  "/[locale]/account/saved-searches#deleteSavedSearchAction": {
    access: { kind: "action", action: "savedSearch.keepOwn" },
    note: "the search's owner only (another's id: refused, audited with the search as object); field id",
  },
  "/[locale]/municipalities/[slug]#expressInterestAction": {
    access: { kind: "action", action: "interest.express" },
    note: "EU staff, for their own EU municipality; a hromada of the register without a published profile; once per EU municipality and hromada",
  },
  "/[locale]/municipalities/[slug]/edit#saveEuProfileAction": {
    access: { kind: "action", action: "profile.edit" },
    note: "an EU municipality's own staff (approved membership) or a coordinator; never a hromada",
  },
  "/[locale]/join#proposeMunicipalityAction": {
    access: { kind: "action", action: "join.propose" },
    note: "any signed-in person; rate-limited per account; the e-mail is the sign-in address, never a field",
  },
  "/[locale]/coordinator/join-proposals#approveProposalAction": {
    access: { kind: "action", action: "join.decide" },
    note: "field proposal (id); creates the municipality and its staff in one transaction",
  },
  "/[locale]/coordinator/join-proposals#rejectProposalAction": { access: { kind: "action", action: "join.decide" }, note: "fields proposal (id), reason" },
};
