// The endpoints of the portal as the authorization matrix and the hostile-input suite call them:
// every page, route handler and server action, with how to reach it and who may use it.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Browser, type Page } from "@playwright/test";
import { SESSION_COOKIE, WHO, query, withClient, type Who, type World } from "./principals";
import { requestForm } from "../support";
import { oneClickPath, unsubscribePath } from "../unsubscribe-link";

export const EVERYONE = WHO;
export const SIGNED_IN: readonly Who[] = WHO.filter((w) => w !== "anonymous");
export const NETWORK: readonly Who[] = ["coordinator", "administrator"];

export type PageProbe = {
  route: string;
  url: (w: World) => string;
  allow: readonly Who[];
  label?: string;
  /** Where the page sends people it has nothing for (the sign-in page sends the signed-in to their account). */
  servedBy?: RegExp;
};
export type ActionProbe = {
  key: string;
  /** The page whose form calls the action, and who it is rendered for. */
  page: (w: World) => string;
  renderAs: Who | "leaver";
  /** Fills the form (in the page) before it is read; runs once, as `renderAs`. */
  prepare?: (page: Page, w: World) => Promise<void>;
  /** Fields to set on each replay (e.g. a fresh submission token per call). */
  fields?: (who: Who | "leaver", w: World) => Record<string, string>;
  /** Undoes what the allowed cells did to the demo accounts, which other specs look at. */
  cleanup?: (w: World) => Promise<void>;
  /** Picks the form on the page when several call the action. */
  formIndex?: number;
  allow: readonly Who[];
  label?: string;
};

/** The accounts' details before the settings probe changed them (restored by its cleanup). */
let savedAccounts: { id: string; name: string | null; job_title: string | null; locale: string | null; locale_chosen: boolean }[] = [];

export const PAGES: PageProbe[] = [
  { route: "/[locale]", url: () => "/en", allow: EVERYONE },
  { route: "/[locale]/[...rest]", url: () => "/en/no-such-page", allow: [], label: "always 404" },
  { route: "/[locale]/funding", url: () => "/en/funding", allow: EVERYONE },
  { route: "/[locale]/accessibility", url: () => "/de/accessibility", allow: EVERYONE },
  { route: "/[locale]/privacy", url: () => "/uk/privacy", allow: EVERYONE },
  { route: "/[locale]/contact", url: () => "/uk/contact", allow: EVERYONE },
  { route: "/[locale]/coordinator/messages", url: () => "/en/coordinator/messages", allow: NETWORK },
  { route: "/[locale]/coordinator/messages/[id]", url: (w) => `/en/coordinator/messages/${w.contactMessage}`, allow: NETWORK },
  { route: "/[locale]/map", url: () => "/uk/map", allow: EVERYONE },
  { route: "/[locale]/match", url: () => "/en/match?eu=sindelfingen", allow: EVERYONE },
  { route: "/[locale]/municipalities", url: () => "/en/municipalities", allow: EVERYONE },
  { route: "/[locale]/municipalities/[slug]", url: (w) => `/en/municipalities/${w.X.slug}`, allow: EVERYONE },
  // Every signed-in person sees the page; only EU staff get the form (the action is the gate).
  { route: "/[locale]/municipalities/[slug]/request", url: (w) => `/en/municipalities/${w.X.slug}/request`, allow: SIGNED_IN },
  { route: "/[locale]/eu-municipalities", url: () => "/en/eu-municipalities?country=DE", allow: EVERYONE },
  {
    route: "/[locale]/municipalities/[slug]/propose",
    url: (w) => `/en/municipalities/${w.A.slug}/propose`,
    allow: SIGNED_IN,
    label: "signed in without a hromada: told who may",
  },
  { route: "/[locale]/account/requests/[reference]", url: (w) => `/en/account/requests/${w.openRequest}`, allow: ["staffB"], label: "B's request" },
  // A shortlist is the person's own: EU staff see theirs, everyone else a 404 (audited).
  { route: "/[locale]/account/shortlist", url: () => "/en/account/shortlist", allow: ["staffA", "staffB"] },
  {
    route: "/[locale]/account/shortlist/compare",
    url: (w) => `/en/account/shortlist/compare?m=${w.X.slug}&m=${w.Y.slug}`,
    allow: ["staffA", "staffB"],
    label: "X and Y, guessed",
  },
  // Saved searches are the person's own: EU staff see theirs, everyone else a 404 (audited).
  { route: "/[locale]/account/saved-searches", url: () => "/uk/account/saved-searches", allow: ["staffA", "staffB"] },
  { route: "/[locale]/partnerships", url: () => "/en/partnerships", allow: EVERYONE },
  { route: "/[locale]/inbox", url: () => "/en/inbox", allow: SIGNED_IN },
  // X's and A's people guess the id of Y–B's conversation: refused (404, audited).
  { route: "/[locale]/inbox/[id]", url: (w) => `/uk/inbox/${w.conversationYB}`, allow: ["staffB", "editorY", ...NETWORK], label: "Y–B's conversation" },
  { route: "/[locale]/inbox/[id]", url: () => "/en/inbox/2147483000", allow: [], label: "an id that does not exist" },
  { route: "/[locale]/partnerships/[id]", url: (w) => `/uk/partnerships/${w.partnershipYB}`, allow: EVERYONE },
  // Y–B's workspace: its two sides and the network write; X's and A's people guess the ids (404, audited).
  {
    route: "/[locale]/partnerships/[id]/projects/new",
    url: (w) => `/en/partnerships/${w.partnershipYB}/projects/new`,
    allow: ["staffB", "editorY", ...NETWORK],
  },
  {
    route: "/[locale]/partnerships/[id]/projects/[projectId]",
    url: (w) => `/en/partnerships/${w.partnershipYB}/projects/${w.projectYB}`,
    allow: ["staffB", "editorY", ...NETWORK],
    label: "Y–B's project",
  },
  { route: "/[locale]/account-deleted", url: () => "/en/account-deleted", allow: EVERYONE },
  // No sign-in: the token is the authority, for its one person and kind (a guessed token shows "this link does not work", tested in reminders.spec).
  { route: "/[locale]/unsubscribe/[token]", url: (w) => unsubscribePath("uk", w.users.editorY, "profileReminder"), allow: EVERYONE },
  { route: "/[locale]/account/delete", url: () => "/en/account/delete", allow: SIGNED_IN },
  { route: "/[locale]/coordinator/audit", url: () => "/en/coordinator/audit?outcome=REFUSED", allow: NETWORK },
  { route: "/[locale]/coordinator/import", url: () => "/en/coordinator/import", allow: NETWORK },
  { route: "/[locale]/network", url: () => "/pl/network", allow: EVERYONE },
  { route: "/[locale]/statistics", url: () => "/ro/statistics", allow: EVERYONE },
  { route: "/[locale]/coordinator/municipalities/[slug]/contact", url: (w) => `/en/coordinator/municipalities/${w.Y.slug}/contact`, allow: NETWORK },
  { route: "/[locale]/coordinator/municipalities", url: (w) => `/en/coordinator/municipalities?q=${w.X.slug}`, allow: NETWORK },
  { route: "/[locale]/coordinator/municipalities/new", url: () => "/en/coordinator/municipalities/new", allow: NETWORK },
  { route: "/[locale]/coordinator/municipalities/[slug]", url: (w) => `/en/coordinator/municipalities/${w.Y.slug}`, allow: NETWORK, label: "Y" },
  {
    route: "/[locale]/coordinator/municipalities/[slug]",
    url: (w) => `/en/coordinator/municipalities/${w.A.slug}`,
    allow: NETWORK,
    label: "A, the staff's own",
  },
  {
    route: "/[locale]/coordinator/municipalities/[slug]/merge",
    url: (w) => `/en/coordinator/municipalities/${w.A.slug}/merge?into=${w.A2.slug}`,
    allow: NETWORK,
  },
  { route: "/[locale]/coordinator/roles", url: () => "/en/coordinator/roles", allow: ["administrator"] },
  { route: "/[locale]/coordinator/funding", url: () => "/en/coordinator/funding", allow: NETWORK },
  { route: "/[locale]/coordinator/interpreters", url: () => "/en/coordinator/interpreters", allow: NETWORK },
  { route: "/[locale]/coordinator/interpreters/new", url: () => "/uk/coordinator/interpreters/new", allow: NETWORK },
  { route: "/[locale]/coordinator/interpreters/[id]", url: (w) => `/en/coordinator/interpreters/${w.interpreterId}`, allow: NETWORK, label: "an interpreter" },
  { route: "/[locale]/coordinator/interpreters/[id]", url: () => "/en/coordinator/interpreters/999999999", allow: [], label: "an unknown interpreter" },
  // Each signed-in person's own assignments (none of the seven interprets: an interpreter's own view is in interpretation.spec.ts).
  { route: "/[locale]/interpreting", url: () => "/en/interpreting", allow: SIGNED_IN },
  {
    route: "/[locale]/interpreting/requests/[reference]",
    url: (w) => `/en/interpreting/requests/${w.openRequest}`,
    allow: NETWORK,
    label: "B's request, no interpreter of the seven",
  },
  { route: "/[locale]/coordinator/funding/new", url: () => "/uk/coordinator/funding/new", allow: NETWORK },
  { route: "/[locale]/coordinator/funding/[slug]", url: () => "/en/coordinator/funding/life", allow: NETWORK, label: "a programme" },
  // Signed in, the page sends a person to where they land: the desk for the network, else the account.
  { route: "/[locale]/sign-in", url: () => "/en/sign-in", allow: EVERYONE, servedBy: /^\/en\/(account|coordinator)$/ },
  { route: "/[locale]/sign-in/check-email", url: () => "/en/sign-in/check-email", allow: EVERYONE },
  { route: "/[locale]/account", url: () => "/en/account", allow: SIGNED_IN },
  { route: "/[locale]/dev/mailbox", url: () => "/en/dev/mailbox", allow: EVERYONE, label: "demo mode is on in the e2e run" },
  { route: "/[locale]/coordinator", url: () => "/en/coordinator", allow: NETWORK },
  { route: "/[locale]/coordinator/requests", url: () => "/en/coordinator/requests?assignee=none&status=all", allow: NETWORK },
  { route: "/[locale]/coordinator/requests/[reference]", url: (w) => `/en/coordinator/requests/${w.openRequest}`, allow: NETWORK },
  { route: "/[locale]/municipalities/[slug]/edit", url: (w) => `/en/municipalities/${w.X.slug}/edit`, allow: ["editorX", ...NETWORK], label: "X's profile" },
  { route: "/[locale]/municipalities/[slug]/edit", url: (w) => `/uk/municipalities/${w.Y.slug}/edit`, allow: ["editorY", ...NETWORK], label: "Y's profile" },
  // An EU municipality's profile and its editor: its own staff (A's), never another's staff or a hromada's editor.
  { route: "/[locale]/municipalities/[slug]", url: (w) => `/en/municipalities/${w.A.slug}`, allow: EVERYONE, label: "A's EU profile" },
  { route: "/[locale]/municipalities/[slug]/edit", url: (w) => `/en/municipalities/${w.A.slug}/edit`, allow: ["staffA", ...NETWORK], label: "A's EU profile" },
  { route: "/[locale]/municipalities/[slug]/edit", url: (w) => `/de/municipalities/${w.B.slug}/edit`, allow: ["staffB", ...NETWORK], label: "B's EU profile" },
  { route: "/[locale]/join", url: () => "/en/join?q=Tampere", allow: EVERYONE, label: "the signed-out are told why to sign in" },
  { route: "/[locale]/coordinator/join-proposals", url: () => "/en/coordinator/join-proposals", allow: NETWORK },
];

/** Route handlers: how to call each, and what allowed and refused look like. */
export type RouteProbe = {
  route: string;
  label: string;
  call: (w: World, cookie: string | null) => Promise<Response>;
  allow: readonly Who[];
  allowedStatus: number;
};

export const base = () => `http://localhost:${process.env.E2E_PORT ?? 3100}`;

export const ROUTE_HANDLERS: RouteProbe[] = [
  { route: "/healthz", label: "GET", call: () => get("/healthz"), allow: EVERYONE, allowedStatus: 200 },
  { route: "/readyz", label: "GET", call: () => get("/readyz"), allow: EVERYONE, allowedStatus: 200 },
  { route: "/[locale]/account/data", label: "GET my data", call: (_w, c) => get("/en/account/data", c), allow: SIGNED_IN, allowedStatus: 200 },
  // The coordinators' downloads: a person's data, so the network only (others: sign-in or 404).
  {
    route: "/[locale]/coordinator/export/[dataset]",
    label: "GET the request queue as CSV",
    call: (_w, c) => get("/en/coordinator/export/requests?status=all", c),
    allow: NETWORK,
    allowedStatus: 200,
  },
  {
    route: "/[locale]/coordinator/export/[dataset]",
    label: "GET the audit log as CSV",
    call: (_w, c) => get("/uk/coordinator/export/audit?outcome=REFUSED", c),
    allow: NETWORK,
    allowedStatus: 200,
  },
  // The open-data API: public, the same for everyone (it reads no cookie).
  { route: "/api/v1/municipalities", label: "GET a page", call: (_w, c) => get("/api/v1/municipalities?area=energy", c), allow: EVERYONE, allowedStatus: 200 },
  { route: "/api/v1/municipalities/[slug]", label: "GET X", call: (w, c) => get(`/api/v1/municipalities/${w.X.slug}`, c), allow: EVERYONE, allowedStatus: 200 },
  {
    route: "/api/v1/partnerships",
    label: "GET the registry as CSV",
    call: (_w, c) => get("/api/v1/partnerships?download=csv", c),
    allow: EVERYONE,
    allowedStatus: 200,
  },
  { route: "/api/v1/areas", label: "GET", call: (_w, c) => get("/api/v1/areas", c), allow: EVERYONE, allowedStatus: 200 },
  { route: "/api/v1/funding-programmes", label: "GET", call: (_w, c) => get("/api/v1/funding-programmes", c), allow: EVERYONE, allowedStatus: 200 },
  { route: "/api/v1/figures", label: "GET", call: (_w, c) => get("/api/v1/figures", c), allow: EVERYONE, allowedStatus: 200 },
  {
    route: "/api/v1/figures/[name]",
    label: "GET one as CSV",
    call: (_w, c) => get("/api/v1/figures/areas?download=csv", c),
    allow: EVERYONE,
    allowedStatus: 200,
  },
  { route: "/api/v1/openapi.json", label: "GET", call: (_w, c) => get("/api/v1/openapi.json", c), allow: EVERYONE, allowedStatus: 200 },
  { route: "/api/v1/feed.atom", label: "GET", call: (_w, c) => get("/api/v1/feed.atom?locale=de", c), allow: EVERYONE, allowedStatus: 200 },
  {
    // B's request to X: B's staff, X's editor and the network take part; A's staff and Y's editor guess its reference.
    route: "/[locale]/inbox/request/[reference]",
    label: "GET the conversation of B's request to X",
    call: (w, c) => get(`/en/inbox/request/${w.openRequest}`, c),
    allow: ["staffB", "editorX", ...NETWORK],
    allowedStatus: 303,
  },
  {
    route: "/[locale]/inbox/[id]/attachments/[attachmentId]",
    label: "GET a file of Y–B's conversation",
    call: (w, c) => get(`/en/inbox/${w.conversationYB}/attachments/${w.attachmentYB}`, c),
    allow: ["staffB", "editorY", ...NETWORK],
    allowedStatus: 200,
  },
  {
    route: "/[locale]/partnerships/[id]/documents/[versionId]",
    label: "GET a document of Y–B's workspace",
    call: (w, c) => get(`/en/partnerships/${w.partnershipYB}/documents/${w.documentVersionYB}`, c),
    allow: ["staffB", "editorY", ...NETWORK],
    allowedStatus: 200,
  },
  // Closed to everyone: the pages read the session on the server; a script could read it here.
  { route: "/api/auth/[...nextauth]", label: "GET session (closed)", call: (_w, c) => get("/api/auth/session", c), allow: EVERYONE, allowedStatus: 404 },
  {
    route: "/api/csp-report",
    label: "POST a policy report",
    call: () =>
      fetch(base() + "/api/csp-report", {
        method: "POST",
        body: JSON.stringify({ "csp-report": { "document-uri": `${base()}/en`, "violated-directive": "script-src", "blocked-uri": "inline" } }),
        headers: { "content-type": "application/csp-report" },
      }),
    allow: EVERYONE,
    allowedStatus: 204,
  },
  {
    // RFC 8058 one-click: the token's person and kind, whoever posts it (a mail program has no session).
    route: "/api/unsubscribe/[token]",
    label: "POST one-click for Y's editor",
    call: (w) =>
      fetch(base() + oneClickPath(w.users.editorY, "fundingDeadline"), { method: "POST", body: new URLSearchParams({ "List-Unsubscribe": "One-Click" }) }),
    allow: EVERYONE,
    allowedStatus: 200,
  },
  {
    // X's editor's kind under Y's editor's signature: nobody gets through.
    route: "/api/unsubscribe/[token]",
    label: "POST a forged token",
    call: (w) =>
      fetch(
        base() +
          `/api/unsubscribe/${Buffer.from(`${w.users.editorX}\nfundingDeadline`).toString("base64url")}~${oneClickPath(w.users.editorY, "fundingDeadline").split("~")[1]}`,
        {
          method: "POST",
          body: new URLSearchParams({ "List-Unsubscribe": "One-Click" }),
        },
      ),
    allow: [],
    allowedStatus: 200,
  },
  {
    // Demo mode is on in the e2e run: anyone may move the clock there (404 outside demo mode, integration-tested).
    route: "/api/dev/jobs",
    label: "POST run the contact purge now",
    call: () => fetch(base() + "/api/dev/jobs", { method: "POST", body: JSON.stringify({ now: new Date().toISOString(), job: "contact.purge" }) }),
    allow: EVERYONE,
    allowedStatus: 200,
  },
  {
    route: "/[locale]/sign-in/demo",
    label: "POST from the portal's own page",
    call: (_w, c) => post("/en/sign-in/demo", form({ account: "euStaff" }), c, { origin: base() }),
    allow: EVERYONE,
    allowedStatus: 303,
  },
  {
    route: "/[locale]/sign-in/demo",
    label: "POST without Origin",
    call: (_w, c) => post("/en/sign-in/demo", form({ account: "euStaff" }), c, { origin: "" }),
    allow: [],
    allowedStatus: 303,
  },
];

const uniqueAddress = (who: Who | "leaver") => `matrix.${who}.${randomUUID().slice(0, 8)}@hromada.example`;

export const ACTIONS: ActionProbe[] = [
  {
    key: "/[locale]/sign-in#requestSignInLinkAction",
    page: () => "/en/sign-in",
    renderAs: "anonymous",
    fields: (who) => ({ email: uniqueAddress(who) }),
    allow: EVERYONE,
  },
  // The proxy sends signed-out visitors of /account to sign in before any action runs.
  { key: "/[locale]/account#signOutAction", page: () => "/en/account", renderAs: "staffA", allow: SIGNED_IN },
  {
    key: "/[locale]/account#updateSettingsAction",
    page: () => "/en/account",
    renderAs: "staffA",
    // Each allowed cell changes its own account only: the names and languages are put back after.
    prepare: async (_page, w) => {
      savedAccounts = await query("SELECT id, name, job_title, locale, locale_chosen FROM app_user WHERE id = ANY($1)", [Object.values(w.users)]);
    },
    fields: () => ({ name: "Matrix Probe", jobTitle: "", locale: "en" }),
    allow: SIGNED_IN,
    cleanup: async () => {
      for (const a of savedAccounts) {
        await query("UPDATE app_user SET name = $2, job_title = $3, locale = $4, locale_chosen = $5 WHERE id = $1", [
          a.id,
          a.name,
          a.job_title,
          a.locale,
          a.locale_chosen,
        ]);
      }
    },
  },
  {
    key: "/[locale]/account#requestMembershipAction",
    // The form to ask with appears once a name is searched for.
    page: () => "/en/account?find=Lviv",
    renderAs: "staffB",
    fields: (_who, w) => ({ municipality: w.Y.slug }),
    allow: SIGNED_IN,
    // The demo accounts' own memberships are what the personal-data spec downloads.
    cleanup: async (w) => {
      await query("DELETE FROM membership WHERE status = 'PENDING' AND user_id = ANY($1)", [Object.values(w.users)]);
    },
  },
  {
    // The list's first form: "Checked today" for the first programme; its date is put back after.
    key: "/[locale]/coordinator/funding#markCheckedAction",
    page: () => "/en/coordinator/funding",
    renderAs: "coordinator",
    fields: () => ({ slug: "life" }),
    allow: NETWORK,
    label: "a programme",
    cleanup: async () => void (await query("UPDATE funding_programme SET last_checked = '2026-11-28' WHERE slug = 'life'")),
  },
  {
    // Retiring a programme and bringing it back; the allowed cells retire it, cleanup brings it back.
    key: "/[locale]/coordinator/funding#setRetiredAction",
    page: () => "/en/coordinator/funding",
    renderAs: "coordinator",
    fields: () => ({ slug: "life", retired: "1" }),
    allow: NETWORK,
    label: "a programme",
    cleanup: async () => void (await query("UPDATE funding_programme SET retired_at = NULL WHERE slug = 'life'")),
  },
  {
    key: "/[locale]/coordinator/funding#updateProgrammeAction",
    page: () => "/en/coordinator/funding/life",
    renderAs: "coordinator",
    allow: NETWORK,
    label: "a programme, sent unchanged",
  },
  {
    key: "/[locale]/coordinator/interpreters#createInterpreterAction",
    page: () => "/en/coordinator/interpreters/new",
    renderAs: "coordinator",
    fields: (who) => ({
      name: `Matrix ${who}`,
      email: `matrix.${who}.${randomUUID().slice(0, 8)}@interpreters.example`,
      languagePairs: "uk-de",
      kind: "volunteer",
    }),
    allow: NETWORK,
    label: "a new interpreter",
    cleanup: async () => {
      await query("DELETE FROM interpreter WHERE user_id IN (SELECT id FROM app_user WHERE email LIKE 'matrix.%@interpreters.example')");
      await query("DELETE FROM app_user WHERE email LIKE 'matrix.%@interpreters.example'");
    },
  },
  {
    key: "/[locale]/coordinator/interpreters#updateInterpreterAction",
    page: (w) => `/en/coordinator/interpreters/${w.interpreterId}`,
    renderAs: "coordinator",
    allow: NETWORK,
    label: "an interpreter, sent unchanged",
  },
  {
    key: "/[locale]/coordinator/interpreters#setInterpreterActiveAction",
    page: () => "/en/coordinator/interpreters",
    renderAs: "coordinator",
    // Bringing back an active interpreter: allowed, it changes nothing.
    fields: (_who, w) => ({ id: String(w.interpreterId), active: "1" }),
    allow: NETWORK,
    label: "an interpreter",
  },
  {
    key: "/[locale]/coordinator/interpreters#assignInterpreterAction",
    page: (w) => `/en/coordinator/requests/${w.openRequest}`,
    renderAs: "coordinator",
    fields: (_who, w) => ({ target: "request", interpreter: String(w.interpreterId) }),
    allow: NETWORK,
    label: "B's request",
    cleanup: async (w) => void (await query("DELETE FROM interpreter_assignment WHERE interpreter_id = $1 AND request_id IS NOT NULL", [w.interpreterId])),
  },
  {
    key: "/[locale]/coordinator/interpreters#unassignInterpreterAction",
    page: (w) => `/en/partnerships/${w.partnershipYB}`,
    renderAs: "coordinator",
    fields: (_who, w) => ({ interpreter: String(w.interpreterId) }),
    allow: NETWORK,
    label: "Y–B's partnership",
    cleanup: async (w) =>
      void (await query(
        "INSERT INTO interpreter_assignment (interpreter_id, partnership_id) VALUES ($1, $2) ON CONFLICT (interpreter_id, partnership_id) DO NOTHING",
        [w.interpreterId, w.partnershipYB],
      )),
  },
  {
    key: "/[locale]/partnerships/[id]#planMeetingAction",
    page: (w) => `/en/partnerships/${w.partnershipYB}`,
    renderAs: "editorY",
    fields: () => ({
      title: "Matrix meeting",
      date: new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10),
      time: "10:00",
      timeZone: "Europe/Stockholm",
      duration: "60",
      onlineLink: "https://meet.example.org/matrix",
      languages: "uk",
    }),
    allow: ["editorY", "staffB", ...NETWORK],
    label: "Y–B's partnership",
    cleanup: async (w) => void (await query("DELETE FROM meeting WHERE partnership_id = $1", [w.partnershipYB])),
  },
  {
    key: "/[locale]/coordinator/funding#createProgrammeAction",
    page: () => "/en/coordinator/funding/new",
    renderAs: "coordinator",
    // The new form's defaults lack the texts: a refused field is not a refusal of the person.
    fields: (who) => ({
      slug: `matrix-${who}-${randomUUID().slice(0, 6)}`,
      name_en: "Matrix programme",
      name_uk: "Програма матриці",
      funder_en: "Nobody",
      funder_uk: "Ніхто",
      description_en: "Created by the authorization matrix.",
      description_uk: "Створено матрицею авторизації.",
      areas: "culture",
      partnerCountries: "PL",
      deadlineKind: "rolling",
      sourceUrl: "https://example.org/matrix",
    }),
    allow: NETWORK,
    label: "a new programme",
    cleanup: async () => void (await query("DELETE FROM funding_programme WHERE slug LIKE 'matrix-%'")),
  },
  {
    key: "/[locale]/inbox/[id]#postMessageAction",
    page: (w) => `/en/inbox/${w.conversationYB}`,
    renderAs: "staffB",
    fields: () => ({ body: "A message of the authorization matrix.", language: "en" }),
    allow: ["staffB", "editorY", ...NETWORK],
  },
  {
    key: "/[locale]/coordinator/requests/[reference]#addInternalNoteAction",
    page: (w) => `/en/coordinator/requests/${w.openRequest}`,
    renderAs: "coordinator",
    fields: () => ({ note: "An internal note of the authorization matrix." }),
    allow: NETWORK,
  },
  {
    key: "/[locale]/account#saveNotificationsAction",
    page: () => "/en/account",
    renderAs: "staffA",
    fields: () => ({ delivery: "IMMEDIATE" }),
    cleanup: () =>
      withClient((client) => client.query("DELETE FROM notification_preference WHERE user_id LIKE 'matrix-%' OR user_id LIKE 'demo-%'")).then(() => undefined),
    allow: SIGNED_IN,
  },
  {
    key: "/[locale]/account#saveReminderChoicesAction",
    page: () => "/en/account",
    renderAs: "staffA",
    cleanup: () =>
      withClient((client) => client.query("DELETE FROM notification_preference WHERE user_id LIKE 'matrix-%' OR user_id LIKE 'demo-%'")).then(() => undefined),
    allow: SIGNED_IN,
  },
  {
    // The form carries its token: whoever replays it stops Y's editor's profile reminders, and nothing else.
    key: "/[locale]/unsubscribe/[token]#unsubscribeAction",
    page: (w) => unsubscribePath("en", w.users.editorY, "profileReminder"),
    renderAs: "anonymous",
    cleanup: () => withClient((client) => client.query("DELETE FROM notification_preference WHERE user_id LIKE 'matrix-%'")).then(() => undefined),
    allow: EVERYONE,
  },
  {
    key: "/[locale]/coordinator#decideMembershipAction",
    page: () => "/en/coordinator",
    renderAs: "coordinator",
    fields: (_who, w) => ({ membership: String(w.pendingMembershipId), decision: "REJECTED" }),
    allow: NETWORK,
  },
  {
    key: "/[locale]/contact#sendContactMessageAction",
    page: () => "/en/contact",
    renderAs: "anonymous",
    fields: (who) => ({
      name: "Matrix Writer",
      email: uniqueAddress(who),
      subject: "A question (authorization matrix)",
      message: "How does a municipality join the network? (authorization matrix)",
    }),
    allow: EVERYONE,
  },
  {
    // The first allowed cell answers; the second is told it was answered already (not a refusal).
    key: "/[locale]/coordinator/messages/[id]#answerContactMessageAction",
    page: (w) => `/en/coordinator/messages/${w.contactMessage}`,
    renderAs: "coordinator",
    fields: () => ({ answer: "Thank you for writing: any municipality can join (authorization matrix)." }),
    allow: NETWORK,
  },
  {
    // Taking the request back from whoever had it: allowed for the network, a no-op for the demo data.
    key: "/[locale]/coordinator/requests/[reference]#assignRequestAction",
    page: (w) => `/en/coordinator/requests/${w.openRequest}`,
    renderAs: "coordinator",
    fields: () => ({ assignee: "none" }),
    allow: NETWORK,
    label: "B's request",
  },
  {
    key: "/[locale]/coordinator/requests#bulkRequestsAction",
    page: () => "/en/coordinator/requests?status=all",
    renderAs: "coordinator",
    fields: (_who, w) => ({ op: "assign", assignee: "none", reference: w.openRequest }),
    allow: NETWORK,
    label: "B's request",
  },
  {
    key: "/[locale]/coordinator/requests/[reference]#decideRequestAction",
    page: (w) => `/en/coordinator/requests/${w.openRequest}`,
    renderAs: "coordinator",
    formIndex: 2, // approve, decline, ask for information: asking can be repeated
    fields: () => ({ note: "Which districts would the heat pumps serve? (authorization matrix)" }),
    allow: NETWORK,
  },
  {
    key: "/[locale]/municipalities/[slug]/edit#saveProfileAction",
    page: (w) => `/en/municipalities/${w.Y.slug}/edit`,
    renderAs: "editorY",
    allow: ["editorY", ...NETWORK],
    label: "Y's profile",
  },
  {
    key: "/[locale]/municipalities/[slug]/edit#setPublishedAction",
    // Taking a profile out asks first: the form is on the confirmation step.
    page: (w) => `/en/municipalities/${w.Y.slug}/edit?unpublish=confirm`,
    renderAs: "editorY",
    fields: () => ({ publish: "true" }),
    allow: ["editorY", ...NETWORK],
    label: "Y's profile",
  },
  {
    key: "/[locale]/municipalities/[slug]/edit#confirmProfileAction",
    page: (w) => `/en/municipalities/${w.Y.slug}/edit`,
    renderAs: "editorY",
    allow: ["editorY"],
    label: "Y's profile",
  },
  {
    // The file field replays as text (not a file): the allowed are told so, nothing is stored.
    key: "/[locale]/partnerships/[id]#uploadDocumentAction",
    page: (w) => `/en/partnerships/${w.partnershipYB}`,
    renderAs: "editorY",
    fields: () => ({ document: "new", kind: "MINUTES", title: "Matrix minutes" }),
    allow: ["staffB", "editorY", ...NETWORK],
    label: "Y–B's workspace",
  },
  {
    key: "/[locale]/partnerships/[id]#createProjectAction",
    page: (w) => `/en/partnerships/${w.partnershipYB}/projects/new`,
    renderAs: "editorY",
    fields: (who) => ({ title: `Matrix replay ${who}`, status: "IDEA" }),
    allow: ["staffB", "editorY", ...NETWORK],
    label: "Y–B's workspace",
    cleanup: async (w) => void (await query("DELETE FROM joint_project WHERE partnership_id = $1 AND title LIKE 'Matrix replay %'", [w.partnershipYB])),
  },
  {
    key: "/[locale]/partnerships/[id]#updateProjectAction",
    page: (w) => `/en/partnerships/${w.partnershipYB}/projects/${w.projectYB}`,
    renderAs: "editorY",
    allow: ["staffB", "editorY", ...NETWORK],
    label: "Y–B's project, sent unchanged",
  },
  {
    key: "/[locale]/partnerships/[id]#changeStageAction",
    page: (w) => `/en/partnerships/${w.partnershipYB}`,
    renderAs: "editorY",
    fields: () => ({ stage: "LETTER_OF_INTENT", expected: "IN_CONTACT" }),
    // The partners propose, the coordinators move it at once (superseding the partners' proposal).
    allow: ["editorY", "staffB", ...NETWORK],
    label: "Y–B's partnership",
    cleanup: async (w) => void (await query("DELETE FROM stage_proposal WHERE partnership_id = $1", [w.partnershipYB])),
  },
  {
    // Declining Y's proposal: only the other side (B's staff) and the coordinators; not Y's own editor.
    key: "/[locale]/partnerships/[id]#decideProposalAction",
    page: (w) => `/en/partnerships/${w.partnershipYB}`,
    renderAs: "staffB",
    prepare: async (page, w) => {
      await openProposalOfY(w);
      await page.reload();
    },
    formIndex: 1,
    fields: () => ({ decision: "decline", reason: "Declined by the authorization matrix." }),
    allow: ["staffB", ...NETWORK],
    label: "Y's stage proposal",
    cleanup: async (w) => void (await query("DELETE FROM stage_proposal WHERE partnership_id = $1", [w.partnershipYB])),
  },
  {
    // Withdrawing it: its proposer only (an own action: not even a coordinator).
    key: "/[locale]/partnerships/[id]#withdrawProposalAction",
    page: (w) => `/en/partnerships/${w.partnershipYB}`,
    renderAs: "editorY",
    prepare: async (page, w) => {
      await openProposalOfY(w);
      await page.reload();
    },
    allow: ["editorY"],
    label: "Y's stage proposal",
    cleanup: async (w) => void (await query("DELETE FROM stage_proposal WHERE partnership_id = $1", [w.partnershipYB])),
  },
  {
    // A dry run (the form's hidden mode): the allowed cells write nothing either.
    key: "/[locale]/coordinator/import#importPartnershipsAction",
    page: () => "/en/coordinator/import",
    renderAs: "coordinator",
    fields: () => ({ content: "ua_katottg,partner_name,partner_country,since\nUA46060250000025047,Sindelfingen,DE,2022-06-01\n" }),
    allow: NETWORK,
    label: "a dry run",
  },
  {
    key: "/[locale]/coordinator/municipalities/[slug]/contact#eraseContactAction",
    page: (w) => `/en/coordinator/municipalities/${w.Y.slug}/contact`,
    renderAs: "coordinator",
    fields: () => ({ reason: "The contact person asked to be erased (authorization matrix)." }),
    allow: NETWORK,
    label: "Y's contact person",
  },
  {
    key: "/[locale]/coordinator/municipalities/new#createMunicipalityAction",
    page: () => "/en/coordinator/municipalities/new",
    renderAs: "coordinator",
    fields: () => ({ nameEn: `Matrix town ${randomUUID().slice(0, 8)}`, country: "SE" }),
    allow: NETWORK,
  },
  {
    // Replays Y's own values: allowed, it changes nothing.
    key: "/[locale]/coordinator/municipalities/[slug]#updateMunicipalityAction",
    page: (w) => `/en/coordinator/municipalities/${w.Y.slug}`,
    renderAs: "coordinator",
    allow: NETWORK,
    label: "Y",
  },
  {
    key: "/[locale]/coordinator/municipalities/[slug]#setConflictStatusAction",
    page: (w) => `/en/coordinator/municipalities/${w.Y.slug}`,
    renderAs: "coordinator",
    fields: () => ({ occupiedSince: "", frontlineSince: "" }),
    allow: NETWORK,
    label: "Y, no status",
  },
  {
    key: "/[locale]/coordinator/municipalities/[slug]#unpublishAction",
    page: (w) => `/en/coordinator/municipalities/${w.Y.slug}`,
    renderAs: "coordinator",
    fields: () => ({ reason: "Unpublished by the authorization matrix." }),
    allow: NETWORK,
    label: "Y's profile",
    // Y is published again for the specs after this one (prepareWorld does so too).
    cleanup: async (w) => {
      await query("UPDATE municipality SET status = 'PUBLISHED' WHERE id = $1", [w.Y.id]);
    },
  },
  {
    // Into itself: refused as "same" after authorization, so an allowed cell merges nothing.
    key: "/[locale]/coordinator/municipalities/[slug]/merge#mergeAction",
    page: (w) => `/en/coordinator/municipalities/${w.A.slug}/merge?into=${w.A2.slug}`,
    renderAs: "coordinator",
    fields: (_who, w) => ({ into: w.A.slug }),
    allow: NETWORK,
    label: "A into itself",
  },
  {
    key: "/[locale]/coordinator/roles#grantRoleAction",
    page: () => "/en/coordinator/roles",
    renderAs: "administrator",
    fields: (who) => ({ email: `matrix.grant.${who}.${randomUUID().slice(0, 8)}@network.example`, role: "COORDINATOR" }),
    allow: ["administrator"],
    cleanup: async () => {
      await query("DELETE FROM app_user WHERE email LIKE 'matrix.grant.%'");
    },
  },
  {
    // An account that holds no role: an allowed cell is told so and changes nothing.
    key: "/[locale]/coordinator/roles#revokeRoleAction",
    page: (w) => `/en/coordinator/roles?revoke=${w.users.coordinator}`,
    renderAs: "administrator",
    fields: (_who, w) => ({ user: w.users.staffB }),
    allow: ["administrator"],
    label: "someone without a role",
  },
  {
    // The seven replay the leaver's own form (their id, their address): a forged id for everyone.
    key: "/[locale]/account/delete#deleteAccountAction",
    page: () => "/en/account/delete",
    renderAs: "leaver",
    fields: (_who, w) => ({ confirmation: w.leaver.email }),
    allow: [],
    label: "someone else's account",
  },
  {
    // Rendered for B's staff (the matrix's own account, so that the demo staff's submission limit
    // is left for the other specs); A's staff replay it for A: their municipality is the server's.
    key: "/[locale]/municipalities/[slug]/request#submitRequestAction",
    page: (w) => `/en/municipalities/${w.Y.slug}/request`,
    renderAs: "staffB",
    prepare: (page) => requestForm(page).fillValid(),
    // Replayed as the check-your-answers step's Send.
    fields: () => ({ submissionToken: randomUUID(), intent: "send" }),
    allow: ["staffA", "staffB"],
  },
  {
    // Rendered for X's editor, on B's open request to X; Y's editor (a third hromada) replays it on
    // the same reference: refused, as are staff and the network (the hromada's voice is its own).
    key: "/[locale]/account#answerForHromadaAction",
    page: () => "/en/account",
    renderAs: "editorX",
    fields: (_who, w) => ({ reference: w.openRequest, answer: "INTERESTED", reason: "" }),
    allow: ["editorX"],
    label: "B's open request to X",
    cleanup: (w) =>
      withClient(async (client) => {
        await client.query(
          "UPDATE partnership_request SET hromada_answer = NULL, hromada_answered_at = NULL, hromada_first_answered_at = NULL WHERE reference = $1",
          [w.openRequest],
        );
        await client.query(
          "DELETE FROM request_event WHERE kind = 'HROMADA_ANSWERED' AND request_id = (SELECT id FROM partnership_request WHERE reference = $1)",
          [w.openRequest],
        );
      }),
  },
  {
    // Each editor proposes for their own hromada (the server's choice, whatever the form says); staff and the network are refused.
    key: "/[locale]/municipalities/[slug]/propose#proposePartnershipAction",
    page: (w) => `/en/municipalities/${w.A.slug}/propose`,
    renderAs: "editorY",
    prepare: (page) => requestForm(page).fillValid(),
    fields: () => ({ submissionToken: randomUUID(), euMunicipality: "" }),
    allow: ["editorX", "editorY"],
    // Only the replays' proposals: the demo seed's own proposal to A stays (A's staff read it on their account page).
    cleanup: (w) =>
      withClient(
        async (client) =>
          void (await client.query("DELETE FROM partnership_request WHERE direction = 'TO_EU' AND eu_municipality_id = $1 AND requester_user_id = ANY($2)", [
            w.A.id,
            [w.users.editorX, w.users.editorY],
          ])),
      ),
  },
  {
    key: "/[locale]/municipalities/[slug]#expressInterestAction",
    page: (w) => `/en/municipalities/${w.R.slug}`,
    renderAs: "staffA",
    allow: ["staffA", "staffB"],
    label: "a hromada of the register",
    cleanup: (w) => withClient(async (client) => void (await client.query("DELETE FROM partner_interest WHERE ukrainian_municipality_id = $1", [w.R.id]))),
  },
  {
    // Rendered on X's profile for A's staff; each allowed replay adds X to that person's own list.
    key: "/[locale]/account/shortlist#shortlistAction",
    page: (w) => `/en/municipalities/${w.X.slug}`,
    renderAs: "staffA",
    allow: ["staffA", "staffB"],
    label: "X on one's own shortlist",
    cleanup: (w) => withClient(async (client) => void (await client.query("DELETE FROM shortlist_entry WHERE municipality_id = $1", [w.X.id]))),
  },
  {
    // Rendered on the catalogue for A's staff; each allowed replay saves the search to that person's own list.
    key: "/[locale]/account/saved-searches#saveSearchAction",
    page: () => "/en/municipalities?area=water",
    renderAs: "staffA",
    fields: () => ({ name: "Matrix probe (saved)" }),
    allow: ["staffA", "staffB"],
    label: "a search, saved to one's own list",
    cleanup: async () => void (await query("DELETE FROM saved_search WHERE name LIKE 'Matrix probe%'")),
  },
  {
    // A's staff's saved search, renamed: others replaying the form name a search that is not theirs.
    key: "/[locale]/account/saved-searches#renameSavedSearchAction",
    page: () => "/en/account/saved-searches",
    renderAs: "staffA",
    prepare: async (page, w) => {
      await query(
        "INSERT INTO saved_search (user_id, name, query, next_check_at, new_since) VALUES ($1, 'Matrix probe', 'area=energy', now() + interval '7 days', now())",
        [w.users.staffA],
      );
      await page.reload();
    },
    fields: () => ({ name: "Matrix probe (renamed)" }),
    allow: ["staffA"],
    label: "A's staff's saved search",
    cleanup: async () => void (await query("DELETE FROM saved_search WHERE name LIKE 'Matrix probe%'")),
  },
  {
    key: "/[locale]/account/saved-searches#deleteSavedSearchAction",
    page: () => "/en/account/saved-searches",
    renderAs: "staffA",
    prepare: async (page, w) => {
      await query(
        "INSERT INTO saved_search (user_id, name, query, next_check_at, new_since) VALUES ($1, 'Matrix probe', 'area=energy', now() + interval '7 days', now())",
        [w.users.staffA],
      );
      await page.reload();
    },
    allow: ["staffA"],
    label: "A's staff's saved search",
    cleanup: async () => void (await query("DELETE FROM saved_search WHERE name LIKE 'Matrix probe%'")),
  },
  {
    key: "/[locale]/municipalities/[slug]/edit#saveEuProfileAction",
    page: (w) => `/en/municipalities/${w.A.slug}/edit`,
    renderAs: "staffA",
    allow: ["staffA", ...NETWORK],
    label: "A's EU profile",
  },
  {
    key: "/[locale]/join#proposeMunicipalityAction",
    page: () => "/en/join",
    renderAs: "staffB",
    fields: () => ({ place: "typed", name: "Matrix Proposed Town", country: "AT", requesterName: "Matrix", requesterRole: "Mayor's office" }),
    allow: SIGNED_IN,
    // The demo accounts' proposals would show in the personal-data spec's downloads.
    cleanup: async () => {
      await query("DELETE FROM join_proposal WHERE place_key = $1", ["t:AT:matrix proposed town"]);
    },
  },
  {
    // Before the approval below: the queue still lists both of the matrix's proposals, this is the second's.
    key: "/[locale]/coordinator/join-proposals#rejectProposalAction",
    page: () => "/en/coordinator/join-proposals",
    renderAs: "coordinator",
    formIndex: 1,
    fields: () => ({ reason: "Not a municipality of the network's countries (authorization matrix)." }),
    allow: NETWORK,
  },
  {
    key: "/[locale]/coordinator/join-proposals#approveProposalAction",
    page: () => "/en/coordinator/join-proposals",
    renderAs: "coordinator",
    allow: NETWORK,
  },
  {
    key: "/[locale]/account/requests/[reference]#answerInformationAction",
    page: (w) => `/en/account/requests/${w.questionedRequest}`,
    renderAs: "staffB",
    fields: () => ({ answer: "The hospital first, then the pumping stations (authorization matrix)." }),
    allow: ["staffB"],
    label: "B's request",
  },
  {
    key: "/[locale]/account/requests/[reference]#withdrawRequestAction",
    // The form is on the confirmation step (GOV.UK's pattern: the page asks first).
    page: (w) => `/en/account/requests/${w.withdrawableRequest}?withdraw=confirm`,
    renderAs: "staffB",
    allow: ["staffB"],
    label: "B's request",
  },
];

export function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

export function headers(cookie: string | null, extra: Record<string, string> = {}): Record<string, string> {
  // A browser sends its page's Origin with every post; the proxy refuses posts without one.
  // `origin: ""` in `extra` sends none.
  const all: Record<string, string> = { origin: base(), ...(cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {}), ...extra };
  if (all.origin === "") delete all.origin;
  return all;
}

export function get(url: string, cookie: string | null = null): Promise<Response> {
  return fetch(base() + url, { headers: headers(cookie), redirect: "manual" });
}

export function post(url: string, body: FormData, cookie: string | null, extra: Record<string, string> = {}): Promise<Response> {
  return fetch(base() + url, { method: "POST", body, headers: headers(cookie, extra), redirect: "manual" });
}

export const cookieOf = (w: World, who: Who | "leaver") => (who === "anonymous" ? null : who === "leaver" ? w.leaver.session : w.sessions[who]);
export const userOf = (w: World, who: Who) => (who === "anonymous" ? null : w.users[who]);
/** A redirect to sign in (a refusal of the signed-out), not the sign-in page's "you are signed out" after signing out. */
export const toSignIn = (r: Response) => {
  if (r.status < 300 || r.status >= 400) return false;
  const to = new URL(r.headers.get("location") ?? "", base());
  return /\/sign-in(\?|$)/.test(to.pathname + "?") && to.searchParams.get("signedOut") !== "1";
};

/** Each action's id in this build, from Next's server-reference manifest, by inventory key. */
export function actionIdsOfBuild(): Record<string, string> {
  const manifest = JSON.parse(readFileSync(path.resolve(".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  return Object.fromEntries(
    Object.entries(manifest.node).map(([id, entry]) => {
      const route = "/" + path.dirname(entry.filename).replace(/^src\/app\/?/, "");
      return [`${route.replace(/\/$/, "")}#${entry.exportedName}`, id];
    }),
  );
}

export function routesOfBuild(kind: "page" | "route" | "any" = "any"): string[] {
  const manifest = JSON.parse(readFileSync(path.resolve(".next/server/app-paths-manifest.json"), "utf8")) as Record<string, string>;
  return Object.keys(manifest)
    .filter((p) => !p.startsWith("/_"))
    .filter((p) => kind === "any" || p.endsWith(`/${kind}`))
    .map((p) => p.replace(/\/(page|route)$/, "") || "/");
}

/** The form on `url` (rendered for `as`) that calls action `id`, as the fields a browser would send. */
/** An open stage proposal of Y's editor on Y–B's partnership, from the stage it is at (none open before). */
async function openProposalOfY(w: World): Promise<void> {
  await query("DELETE FROM stage_proposal WHERE partnership_id = $1", [w.partnershipYB]);
  await query(
    `INSERT INTO stage_proposal (partnership_id, open_partnership_id, side, from_stage, to_stage, proposer_user_id)
     SELECT id, id, 'UKRAINIAN', stage, 'ENDED', $2 FROM partnership WHERE id = $1`,
    [w.partnershipYB, w.users.editorY],
  );
}

export async function formOf(browser: Browser, w: World, probe: ActionProbe, id: string): Promise<[string, string][]> {
  const context = await browser.newContext({ baseURL: base() });
  const cookie = cookieOf(w, probe.renderAs);
  if (cookie) await context.addCookies([{ name: SESSION_COOKIE, value: cookie, domain: "localhost", path: "/" }]);
  const page = await context.newPage();
  try {
    const response = await page.goto(probe.page(w));
    expect(response?.status(), `${probe.page(w)} as ${probe.renderAs}`).toBe(200);
    await probe.prepare?.(page, w);
    const forms = await page
      .locator("form")
      .evaluateAll(
        (elements, actionId) =>
          (elements as HTMLFormElement[])
            .filter((f) => f.innerHTML.includes(actionId as string))
            .map((f) => [...new FormData(f).entries()].map(([k, v]) => [k, String(v)] as [string, string])),
        id,
      );
    const chosen = forms[probe.formIndex ?? 0];
    expect(chosen, `a form calling ${probe.key} on ${probe.page(w)} (found ${forms.length})`).toBeTruthy();
    return chosen!;
  } finally {
    await context.close();
  }
}
