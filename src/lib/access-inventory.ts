import type { Action } from "./permissions";

/**
 * Every page, route handler and server action of the portal with who may use it. The unit test
 * tests/unit/access-inventory.test.ts fails when a route or action exists without an entry here,
 * so a new endpoint cannot ship unconsidered; the authorization matrix test (to come) requests
 * each entry as each role. The check itself is made in the page or domain function, not here.
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
  "/[locale]/map": { type: "page", access: PUBLIC },
  "/[locale]/match": { type: "page", access: PUBLIC },
  "/[locale]/municipalities": { type: "page", access: PUBLIC },
  "/[locale]/municipalities/[slug]": { type: "page", access: PUBLIC, note: "no contact person: contact.read is not yet wired" },
  "/[locale]/municipalities/[slug]/request": { type: "page", access: { kind: "action", action: "request.submit" }, note: "anonymous → sign-in with callbackUrl back here; signed in without an EU membership → an explanation and a link to /account, no form" },
  "/[locale]/partnerships": { type: "page", access: PUBLIC },
  "/[locale]/sign-in": { type: "page", access: PUBLIC },
  "/[locale]/sign-in/check-email": { type: "page", access: PUBLIC },
  "/[locale]/sign-in/demo": { type: "route", access: { kind: "demoMode" }, note: "same-origin POST only" },
  "/[locale]/account": { type: "page", access: { kind: "signedIn" }, note: "\"my requests\" lists only the person's own (requesterUserId)" },
  "/[locale]/account/requests/[reference]": { type: "page", access: { kind: "action", action: "request.readOwn" }, note: "the requester's own request only; others and unknown references get a 404 (refusal audited)" },
  "/[locale]/dev/mailbox": { type: "page", access: { kind: "demoMode" } },
  "/[locale]/coordinator": { type: "page", access: { kind: "action", action: "request.readAll" }, note: "also lists memberships: needs membership.decide too; signed-in others get a 404" },
  "/[locale]/coordinator/requests/[reference]": { type: "page", access: { kind: "action", action: "request.readAll" }, note: "signed-in others get a 404" },
  "/[locale]/municipalities/[slug]/edit": { type: "page", access: { kind: "action", action: "profile.edit" }, note: "its own municipality's editor, or a coordinator; signed-in others get a 404" },
  "/api/auth/[...nextauth]": { type: "route", access: PUBLIC, note: "Auth.js: magic-link callback, sign-out, session, CSRF" },
  "/healthz": { type: "route", access: PUBLIC },
  "/readyz": { type: "route", access: PUBLIC },
};

/** Server actions, as "<route>#<exported function>": each is a public endpoint whatever its page. */
export const SERVER_ACTIONS: Record<string, { access: Access; note?: string }> = {
  "/[locale]/municipalities/[slug]/request#submitRequestAction": { access: { kind: "action", action: "request.submit" }, note: "for the staff member's own EU municipality; rate-limited per account and client" },
  "/[locale]/account/requests/[reference]#withdrawRequestAction": { access: { kind: "action", action: "request.withdrawOwn" }, note: "own request, while SUBMITTED or UNDER_REVIEW" },
  "/[locale]/sign-in#requestSignInLinkAction": { access: PUBLIC, note: "rate-limited per address and client" },
  "/[locale]/account#signOutAction": { access: PUBLIC, note: "ends the caller's own session, if any" },
  "/[locale]/account#requestMembershipAction": { access: { kind: "action", action: "membership.request" } },
  "/[locale]/coordinator#decideMembershipAction": { access: { kind: "action", action: "membership.decide" } },
  "/[locale]/coordinator/requests/[reference]#decideRequestAction": { access: { kind: "action", action: "request.decide" } },
  "/[locale]/municipalities/[slug]/edit#saveProfileAction": { access: { kind: "action", action: "profile.edit" } },
  "/[locale]/municipalities/[slug]/edit#setPublishedAction": { access: { kind: "action", action: "profile.publish" } },
  "/[locale]/municipalities/[slug]/edit#confirmProfileAction": { access: { kind: "action", action: "profile.confirm" } },
};
