// The endpoints of the portal as the authorization matrix and the hostile-input suite call them:
// every page, route handler and server action, with how to reach it and who may use it.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Browser, type Page } from "@playwright/test";
import { SESSION_COOKIE, WHO, query, type Who, type World } from "./principals";
import { requestForm } from "../support";

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
  { route: "/[locale]/account/requests/[reference]", url: (w) => `/en/account/requests/${w.openRequest}`, allow: ["staffB"], label: "B's request" },
  { route: "/[locale]/partnerships", url: () => "/en/partnerships", allow: EVERYONE },
  { route: "/[locale]/partnerships/[id]", url: (w) => `/uk/partnerships/${w.partnershipYB}`, allow: EVERYONE },
  { route: "/[locale]/account-deleted", url: () => "/en/account-deleted", allow: EVERYONE },
  { route: "/[locale]/account/delete", url: () => "/en/account/delete", allow: SIGNED_IN },
  { route: "/[locale]/coordinator/audit", url: () => "/en/coordinator/audit?outcome=REFUSED", allow: NETWORK },
  { route: "/[locale]/coordinator/municipalities/[slug]/contact", url: (w) => `/en/coordinator/municipalities/${w.Y.slug}/contact`, allow: NETWORK },
  { route: "/[locale]/sign-in", url: () => "/en/sign-in", allow: EVERYONE, servedBy: /^\/en\/account$/ },
  { route: "/[locale]/sign-in/check-email", url: () => "/en/sign-in/check-email", allow: EVERYONE },
  { route: "/[locale]/account", url: () => "/en/account", allow: SIGNED_IN },
  { route: "/[locale]/dev/mailbox", url: () => "/en/dev/mailbox", allow: EVERYONE, label: "demo mode is on in the e2e run" },
  { route: "/[locale]/coordinator", url: () => "/en/coordinator", allow: NETWORK },
  { route: "/[locale]/coordinator/requests/[reference]", url: (w) => `/en/coordinator/requests/${w.openRequest}`, allow: NETWORK },
  { route: "/[locale]/municipalities/[slug]/edit", url: (w) => `/en/municipalities/${w.X.slug}/edit`, allow: ["editorX", ...NETWORK], label: "X's profile" },
  { route: "/[locale]/municipalities/[slug]/edit", url: (w) => `/uk/municipalities/${w.Y.slug}/edit`, allow: ["editorY", ...NETWORK], label: "Y's profile" },
];

/** Route handlers: how to call each, and what allowed and refused look like. */
export type RouteProbe = { route: string; label: string; call: (w: World, cookie: string | null) => Promise<Response>; allow: readonly Who[]; allowedStatus: number };

export const base = () => `http://localhost:${process.env.E2E_PORT ?? 3100}`;

export const ROUTE_HANDLERS: RouteProbe[] = [
  { route: "/healthz", label: "GET", call: () => get("/healthz"), allow: EVERYONE, allowedStatus: 200 },
  { route: "/readyz", label: "GET", call: () => get("/readyz"), allow: EVERYONE, allowedStatus: 200 },
  { route: "/[locale]/account/data", label: "GET my data", call: (_w, c) => get("/en/account/data", c), allow: SIGNED_IN, allowedStatus: 200 },
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
    page: (w) => `/en/municipalities/${w.Y.slug}/edit`,
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
    key: "/[locale]/partnerships/[id]#changeStageAction",
    page: (w) => `/en/partnerships/${w.partnershipYB}`,
    renderAs: "editorY",
    fields: () => ({ stage: "LETTER_OF_INTENT", expected: "IN_CONTACT" }),
    allow: ["editorY", "staffB", ...NETWORK],
    label: "Y–B's partnership",
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
    fields: () => ({ submissionToken: randomUUID() }),
    allow: ["staffA", "staffB"],
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
    page: (w) => `/en/account/requests/${w.withdrawableRequest}`,
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
  return { ...(cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {}), ...extra };
}

export function get(url: string, cookie: string | null = null): Promise<Response> {
  return fetch(base() + url, { headers: headers(cookie), redirect: "manual" });
}

export function post(url: string, body: FormData, cookie: string | null, extra: Record<string, string> = {}): Promise<Response> {
  return fetch(base() + url, { method: "POST", body, headers: headers(cookie, extra), redirect: "manual" });
}

export const cookieOf = (w: World, who: Who | "leaver") => (who === "anonymous" ? null : who === "leaver" ? w.leaver.session : w.sessions[who]);
export const userOf = (w: World, who: Who) => (who === "anonymous" ? null : w.users[who]);
export const toSignIn = (r: Response) => r.status >= 300 && r.status < 400 && /\/sign-in(\?|$)/.test(new URL(r.headers.get("location") ?? "", base()).pathname + "?");

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
export async function formOf(browser: Browser, w: World, probe: ActionProbe, id: string): Promise<[string, string][]> {
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

