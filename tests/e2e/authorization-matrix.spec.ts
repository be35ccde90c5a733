// The authorization matrix: every page, route handler and server action of the build, requested
// over HTTP as each kind of person, each cell asserted allowed or refused.
//
// - Pages: allowed is a 200; refused is a 404 for a signed-in person or a redirect to sign-in.
// - Server actions are posted the way a browser without JavaScript posts them (multipart form,
//   no Next-Action header) and WITHOUT an Origin header: Next.js lets such posts through, so the
//   check inside the action is the only thing that stands in the way. The form is taken from its
//   page as rendered for someone allowed (object ids, bound arguments and all), then replayed
//   with each person's session. Refused means: a REFUSED audit event for that person (or, for an
//   anonymous caller, a redirect to sign-in) and not one row written in any table. Allowed means
//   no refusal.
// - The lists below must cover the access inventory, and the inventory must cover the build:
//   a new page, route handler or action fails this spec until it has an entry and a probe here.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { ROUTES, SERVER_ACTIONS } from "../../src/lib/access-inventory";
import {
  SESSION_COOKIE,
  WHO,
  ensureSessions,
  fingerprint,
  lastAuditId,
  prepareWorld,
  query,
  refusalsSince,
  type Who,
  type World,
} from "./matrix/principals";
import { requestForm } from "./support";

test.skip(!process.env.DATABASE_URL, "the matrix reads the e2e database: run `npm test` with DATABASE_URL set");

const EVERYONE = WHO;
const SIGNED_IN: readonly Who[] = WHO.filter((w) => w !== "anonymous");
const NETWORK: readonly Who[] = ["coordinator", "administrator"];

type PageProbe = {
  route: string;
  url: (w: World) => string;
  allow: readonly Who[];
  label?: string;
  /** Where the page sends people it has nothing for (the sign-in page sends the signed-in to their account). */
  servedBy?: RegExp;
};
type ActionProbe = {
  key: string;
  /** The page whose form calls the action, and who it is rendered for. */
  page: (w: World) => string;
  renderAs: Who;
  /** Fills the form (in the page) before it is read; runs once, as `renderAs`. */
  prepare?: (page: Page, w: World) => Promise<void>;
  /** Fields to set on each replay (e.g. a fresh submission token per call). */
  fields?: (who: Who, w: World) => Record<string, string>;
  /** Picks the form on the page when several call the action. */
  formIndex?: number;
  allow: readonly Who[];
  label?: string;
};

// The matrix's own open request from A to X, and a membership waiting for a decision (beforeAll).
let openRequest = "";
let pendingMembershipId = 0;

const PAGES: PageProbe[] = [
  { route: "/[locale]", url: () => "/en", allow: EVERYONE },
  { route: "/[locale]/[...rest]", url: () => "/en/no-such-page", allow: [], label: "always 404" },
  { route: "/[locale]/funding", url: () => "/en/funding", allow: EVERYONE },
  { route: "/[locale]/map", url: () => "/uk/map", allow: EVERYONE },
  { route: "/[locale]/match", url: () => "/en/match?eu=sindelfingen", allow: EVERYONE },
  { route: "/[locale]/municipalities", url: () => "/en/municipalities", allow: EVERYONE },
  { route: "/[locale]/municipalities/[slug]", url: (w) => `/en/municipalities/${w.X.slug}`, allow: EVERYONE },
  { route: "/[locale]/municipalities/[slug]/request", url: (w) => `/en/municipalities/${w.X.slug}/request`, allow: EVERYONE },
  { route: "/[locale]/partnerships", url: () => "/en/partnerships", allow: EVERYONE },
  { route: "/[locale]/sign-in", url: () => "/en/sign-in", allow: EVERYONE, servedBy: /^\/en\/account$/ },
  { route: "/[locale]/sign-in/check-email", url: () => "/en/sign-in/check-email", allow: EVERYONE },
  { route: "/[locale]/account", url: () => "/en/account", allow: SIGNED_IN },
  { route: "/[locale]/dev/mailbox", url: () => "/en/dev/mailbox", allow: EVERYONE, label: "demo mode is on in the e2e run" },
  { route: "/[locale]/coordinator", url: () => "/en/coordinator", allow: NETWORK },
  { route: "/[locale]/coordinator/requests/[reference]", url: () => `/en/coordinator/requests/${openRequest}`, allow: NETWORK },
  { route: "/[locale]/municipalities/[slug]/edit", url: (w) => `/en/municipalities/${w.X.slug}/edit`, allow: ["editorX", ...NETWORK], label: "X's profile" },
  { route: "/[locale]/municipalities/[slug]/edit", url: (w) => `/uk/municipalities/${w.Y.slug}/edit`, allow: ["editorY", ...NETWORK], label: "Y's profile" },
];

/** Route handlers: how to call each, and what allowed and refused look like. */
type RouteProbe = { route: string; label: string; call: (w: World, cookie: string | null) => Promise<Response>; allow: readonly Who[]; allowedStatus: number };

const base = () => `http://localhost:${process.env.E2E_PORT ?? 3100}`;

const ROUTE_HANDLERS: RouteProbe[] = [
  { route: "/healthz", label: "GET", call: () => get("/healthz"), allow: EVERYONE, allowedStatus: 200 },
  { route: "/readyz", label: "GET", call: () => get("/readyz"), allow: EVERYONE, allowedStatus: 200 },
  { route: "/api/auth/[...nextauth]", label: "GET session", call: (_w, c) => get("/api/auth/session", c), allow: EVERYONE, allowedStatus: 200 },
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
    call: (_w, c) => post("/en/sign-in/demo", form({ account: "euStaff" }), c),
    allow: [],
    allowedStatus: 303,
  },
];

const uniqueAddress = (who: Who) => `matrix.${who}.${randomUUID().slice(0, 8)}@hromada.example`;

const ACTIONS: ActionProbe[] = [
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
    key: "/[locale]/account#requestMembershipAction",
    page: () => "/en/account",
    renderAs: "staffA",
    fields: (_who, w) => ({ municipality: w.Y.slug }),
    allow: SIGNED_IN,
  },
  {
    key: "/[locale]/coordinator#decideMembershipAction",
    page: () => "/en/coordinator",
    renderAs: "coordinator",
    fields: () => ({ membership: String(pendingMembershipId), decision: "REJECTED" }),
    allow: NETWORK,
  },
  {
    key: "/[locale]/coordinator/requests/[reference]#decideRequestAction",
    page: () => `/en/coordinator/requests/${openRequest}`,
    renderAs: "coordinator",
    formIndex: 2, // approve, decline, ask for information: asking can be repeated
    fields: () => ({ note: "Which districts would the heat pumps serve? (authorization matrix)" }),
    allow: NETWORK,
  },
  {
    key: "/[locale]/municipalities/[slug]/edit#saveProfileAction",
    page: (w) => `/en/municipalities/${w.X.slug}/edit`,
    renderAs: "editorX",
    allow: ["editorX", ...NETWORK],
    label: "X's profile",
  },
  {
    key: "/[locale]/municipalities/[slug]/edit#setPublishedAction",
    page: (w) => `/en/municipalities/${w.X.slug}/edit`,
    renderAs: "editorX",
    fields: () => ({ publish: "true" }),
    allow: ["editorX", ...NETWORK],
    label: "X's profile",
  },
  {
    key: "/[locale]/municipalities/[slug]/edit#confirmProfileAction",
    page: (w) => `/en/municipalities/${w.Y.slug}/edit`,
    renderAs: "editorY",
    allow: ["editorY"],
    label: "Y's profile",
  },
  {
    key: "/[locale]/municipalities/[slug]/request#submitRequestAction",
    page: (w) => `/en/municipalities/${w.X.slug}/request`,
    renderAs: "staffA",
    prepare: (page) => requestForm(page).fillValid(),
    fields: () => ({ submissionToken: randomUUID() }),
    allow: EVERYONE,
  },
];

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

function headers(cookie: string | null, extra: Record<string, string> = {}): Record<string, string> {
  return { ...(cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {}), ...extra };
}

function get(url: string, cookie: string | null = null): Promise<Response> {
  return fetch(base() + url, { headers: headers(cookie), redirect: "manual" });
}

function post(url: string, body: FormData, cookie: string | null, extra: Record<string, string> = {}): Promise<Response> {
  return fetch(base() + url, { method: "POST", body, headers: headers(cookie, extra), redirect: "manual" });
}

const cookieOf = (w: World, who: Who) => (who === "anonymous" ? null : w.sessions[who]);
const userOf = (w: World, who: Who) => (who === "anonymous" ? null : w.users[who]);
const toSignIn = (r: Response) => r.status >= 300 && r.status < 400 && /\/sign-in(\?|$)/.test(new URL(r.headers.get("location") ?? "", base()).pathname + "?");

/** Each action's id in this build, from Next's server-reference manifest, by inventory key. */
function actionIdsOfBuild(): Record<string, string> {
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

function routesOfBuild(): string[] {
  const manifest = JSON.parse(readFileSync(path.resolve(".next/server/app-paths-manifest.json"), "utf8")) as Record<string, string>;
  return Object.keys(manifest)
    .filter((p) => !p.startsWith("/_"))
    .map((p) => p.replace(/\/(page|route)$/, "") || "/");
}

/** The form on `url` (rendered for `as`) that calls action `id`, as the fields a browser would send. */
async function formOf(browser: Browser, w: World, probe: ActionProbe, id: string): Promise<[string, string][]> {
  const context = await browser.newContext({ baseURL: base() });
  const cookie = cookieOf(w, probe.renderAs);
  if (cookie) await context.addCookies([{ name: SESSION_COOKIE, value: cookie, domain: "localhost", path: "/" }]);
  const page = await context.newPage();
  try {
    const response = await page.goto(probe.page(w));
    expect(response?.status(), `${probe.page(w)} as ${probe.renderAs}`).toBe(200);
    await probe.prepare?.(page, w);
    const forms = await page.locator("form").evaluateAll(
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

let world: World;

test.describe("authorization matrix", () => {
  test.beforeAll(async () => {
    world = await prepareWorld();
    await ensureSessions(world);
    // A request of the matrix's own, from A's staff to X, so that no other spec's request is touched.
    const [request] = await query<{ reference: string }>(
      `INSERT INTO partnership_request (reference, submission_token, ukrainian_municipality_id, eu_municipality_id, message,
         requester_name, requester_role, requester_email, languages, locale, requester_user_id, updated_at)
       VALUES ('C4C-MATRX2', gen_random_uuid(), $1, $2, 'A request made by the authorization matrix.',
         'Anna Berg', 'International relations', 'staff.sindelfingen@demo.cities4cities.example', '{de,en}', 'en', $3, now())
       ON CONFLICT (reference) DO UPDATE SET status = 'SUBMITTED' RETURNING reference`,
      [world.X.id, world.A.id, world.users.staffA],
    );
    openRequest = request!.reference;
    await query(
      `INSERT INTO app_user (id, email, name, email_verified, updated_at) VALUES ('matrix-applicant', 'matrix.applicant@matrix.example', 'Applicant', now(), now())
       ON CONFLICT (id) DO NOTHING`,
    );
    const [membership] = await query<{ id: number }>(
      `INSERT INTO membership (user_id, municipality_id, status) VALUES ('matrix-applicant', $1, 'PENDING')
       ON CONFLICT (user_id, municipality_id) DO UPDATE SET status = 'PENDING', decided_at = NULL, decided_by = NULL RETURNING id`,
      [world.Y.id],
    );
    pendingMembershipId = membership!.id;
  });

  test("every route and action of the build is in the access inventory, and every entry has a probe here", () => {
    expect(routesOfBuild().sort(), "routes of the build vs src/lib/access-inventory.ts").toEqual(Object.keys(ROUTES).sort());
    expect(Object.keys(actionIdsOfBuild()).sort(), "server actions of the build vs src/lib/access-inventory.ts").toEqual(
      Object.keys(SERVER_ACTIONS).sort(),
    );
    const probed = new Set([...PAGES.map((p) => p.route), ...ROUTE_HANDLERS.map((r) => r.route)]);
    expect(Object.keys(ROUTES).filter((r) => !probed.has(r)), "routes without a probe").toEqual([]);
    const probedActions = new Set(ACTIONS.map((a) => a.key));
    expect(Object.keys(SERVER_ACTIONS).filter((a) => !probedActions.has(a)), "actions without a probe").toEqual([]);
  });

  for (const probe of PAGES) {
    test(`page ${probe.route}${probe.label ? ` (${probe.label})` : ""}`, async () => {
      await ensureSessions(world);
      const cells: string[] = [];
      for (const who of WHO) {
        const response = await get(probe.url(world), cookieOf(world, who));
        const location = response.headers.get("location");
        const allowed = response.status === 200 || (probe.servedBy !== undefined && location !== null && probe.servedBy.test(new URL(location, base()).pathname));
        const refused = response.status === 404 || (who === "anonymous" && toSignIn(response));
        const expected = probe.allow.includes(who);
        if (!(expected ? allowed : refused)) cells.push(`${who}: expected ${expected ? "allowed" : "refused"}, got ${response.status} ${response.headers.get("location") ?? ""}`);
      }
      expect(cells, probe.url(world)).toEqual([]);
    });
  }

  for (const probe of ROUTE_HANDLERS) {
    test(`route ${probe.route} (${probe.label})`, async () => {
      await ensureSessions(world);
      const cells: string[] = [];
      for (const who of WHO) {
        const response = await probe.call(world, cookieOf(world, who));
        const allowed = response.status === probe.allowedStatus;
        const expected = probe.allow.includes(who);
        if (allowed !== expected || response.status >= 500) cells.push(`${who}: expected ${expected ? "allowed" : "refused"}, got ${response.status}`);
      }
      expect(cells).toEqual([]);
    });
  }

  for (const probe of ACTIONS) {
    test(`action ${probe.key}${probe.label ? ` (${probe.label})` : ""}, posted without an Origin header`, async ({ browser }) => {
      await ensureSessions(world);
      const id = actionIdsOfBuild()[probe.key];
      expect(id, `${probe.key} is in the build`).toBeTruthy();
      const fields = await formOf(browser, world, probe, id!);
      // Refused people first, so that their attempts meet the objects as the allowed ones found them.
      const order = [...WHO].sort((a, b) => Number(probe.allow.includes(a)) - Number(probe.allow.includes(b)));
      const cells: string[] = [];
      for (const who of order) {
        await ensureSessions(world);
        const body = new FormData();
        for (const [k, v] of fields) body.append(k, v);
        for (const [k, v] of Object.entries(probe.fields?.(who, world) ?? {})) body.set(k, v);
        const before = await fingerprint();
        const since = await lastAuditId();
        const response = await post(probe.page(world), body, cookieOf(world, who));
        const refusals = await refusalsSince(since, userOf(world, who));
        const expected = probe.allow.includes(who);
        if (response.status >= 500) {
          cells.push(`${who}: ${response.status}`);
        } else if (expected) {
          if (refusals.length > 0 || toSignIn(response)) cells.push(`${who}: expected allowed, was refused (${refusals.join(", ") || "sent to sign in"})`);
        } else {
          const after = await fingerprint();
          const written = Object.keys(after).filter((t) => after[t] !== before[t]);
          if (refusals.length === 0 && !(who === "anonymous" && toSignIn(response))) cells.push(`${who}: expected refused, got ${response.status} without a refusal`);
          if (written.length > 0) cells.push(`${who}: refused but wrote to ${written.join(", ")}`);
        }
      }
      expect(cells, probe.key).toEqual([]);
    });
  }
});
