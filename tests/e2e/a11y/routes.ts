// Every page route of the build, as the accessibility sweep and the reflow check visit it: who sees
// its real content, at which address, and in which states (empty results, a form's errors shown,
// each role where the page differs by role). tests/e2e/a11y-sweep.spec.ts fails when a page route
// of the build has no entry here.
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { routing } from "../../../src/i18n/routing";
import type { Who, World } from "../matrix/principals";
import { withdrawOpenTestRequests } from "../support";
import { expectNoViolations } from "./axe";
import { unsubscribePath } from "../unsubscribe-link";

export type Visit = {
  route: string;
  /** What the visit shows, for the report: "default", "empty results", "validation errors"… */
  state: string;
  as: Who;
  url: (w: World, locale: string) => string;
  /** Brings the loaded page into its state (submits a form wrongly…) and waits until it shows. */
  act?: (page: Page) => Promise<void>;
  status?: number;
  /** The visit stores something (a request): checks that only look, like reflow, leave it out. */
  writes?: boolean;
};

/** Submits the form holding `field` as it is, and waits for the field (or the summary) to show an error. */
async function submitWrongly(page: Page, field: string, fill?: (page: Page) => Promise<void>, shown = `${field}[aria-invalid="true"]`) {
  await fill?.(page);
  await page.locator(`form:has(${field}) button[type="submit"]`).last().click();
  await expect(page.locator(shown).first()).toBeVisible();
}

const summary = "#error-summary-title";

/** Puts hromadas on the signed-in staff's shortlist through their profiles' button, then opens `back`. */
async function shortlist(page: Page, slugs: string[], back: string) {
  const locale = new URL(page.url()).pathname.split("/")[1];
  for (const slug of slugs) {
    await page.goto(`/${locale}/municipalities/${slug}`);
    const add = page.locator('form:has(input[name="op"][value="add"]) button[type="submit"]');
    if ((await add.count()) > 0) {
      await add.click();
      await expect(page.locator("#shortlist[role=status]")).toBeVisible();
    }
  }
  await page.goto(back.replace("/en/", `/${locale}/`));
}
/** Saves the catalogue search `query` through its form (once: a second time is "already saved"), then opens `back`. */
async function saveSearch(page: Page, query: string, back: string) {
  const locale = new URL(page.url()).pathname.split("/")[1];
  await page.goto(`/${locale}/municipalities?${query}`);
  await page.locator('form:has(input[name="query"]) button[type="submit"]').click();
  await page.waitForURL(/saved-searches|saveSearch=/);
  await page.goto(back.replace("/en/", `/${locale}/`));
}
const HEADER_ROLES: Who[] = ["anonymous", "staffA", "editorX", "coordinator", "administrator"];

export const VISITS: Visit[] = [
  // EU staff's shortlist and the comparison (first visits: every locale).
  {
    route: "/[locale]/account/shortlist",
    state: "with hromadas",
    as: "staffA",
    url: (_w, l) => `/${l}/account/shortlist`,
    act: async (page) => shortlist(page, ["lviv", "bila-tserkva"], "/en/account/shortlist"),
    writes: true,
  },
  {
    route: "/[locale]/account/shortlist/compare",
    state: "two hromadas",
    as: "staffA",
    url: (_w, l) => `/${l}/account/shortlist/compare?m=lviv&m=bila-tserkva`,
    act: async (page) => shortlist(page, ["lviv", "bila-tserkva"], "/en/account/shortlist/compare?m=lviv&m=bila-tserkva"),
    writes: true,
  },
  // EU staff's saved searches (first visit: every locale), with one saved through the catalogue's form.
  {
    route: "/[locale]/account/saved-searches",
    state: "with a search",
    as: "staffA",
    url: (_w, l) => `/${l}/account/saved-searches`,
    act: async (page) => saveSearch(page, "area=water&seeking=1", "/en/account/saved-searches"),
    writes: true,
  },
  // The header differs by role: the home page is seen by each.
  ...HEADER_ROLES.map((as): Visit => ({ route: "/[locale]", state: "default", as, url: (_w, l) => `/${l}` })),
  { route: "/[locale]/[...rest]", state: "not found", as: "anonymous", url: (_w, l) => `/${l}/no-such-page`, status: 404 },

  { route: "/[locale]/municipalities", state: "default", as: "anonymous", url: (_w, l) => `/${l}/municipalities` },
  { route: "/[locale]/municipalities", state: "filtered", as: "anonymous", url: (_w, l) => `/${l}/municipalities?area=energy&area=water` },
  { route: "/[locale]/municipalities", state: "empty results", as: "anonymous", url: (_w, l) => `/${l}/municipalities?q=zzzzzz` },
  // EU staff see "Save this search" under the count.
  { route: "/[locale]/municipalities", state: "EU staff, save this search", as: "staffA", url: (_w, l) => `/${l}/municipalities?area=energy` },
  { route: "/[locale]/municipalities", state: "ignored filters", as: "anonymous", url: (_w, l) => `/${l}/municipalities?area=nonsense&page=99999` },

  // The profile differs by role (its first entry, the anonymous default, is checked in every locale): the contact person for partners and the network, edit links for editors.
  { route: "/[locale]/municipalities/[slug]", state: "default", as: "anonymous", url: (w, l) => `/${l}/municipalities/${w.X.slug}` },
  {
    route: "/[locale]/municipalities/[slug]",
    state: "hromada of the register, interest told",
    as: "staffA",
    url: (w, l) => `/${l}/municipalities/${w.R.slug}?interest=sent#interest`,
  },
  { route: "/[locale]/municipalities/[slug]", state: "with contact person (partner's staff)", as: "staffA", url: (w, l) => `/${l}/municipalities/${w.X.slug}` },
  {
    route: "/[locale]/municipalities/[slug]",
    state: "shortlist notice (staff)",
    as: "staffA",
    url: (w, l) => `/${l}/municipalities/${w.X.slug}?shortlist=added#shortlist`,
  },
  { route: "/[locale]/municipalities/[slug]", state: "own profile (editor)", as: "editorX", url: (w, l) => `/${l}/municipalities/${w.X.slug}` },
  { route: "/[locale]/municipalities/[slug]", state: "coordinator", as: "coordinator", url: (w, l) => `/${l}/municipalities/${w.X.slug}` },
  { route: "/[locale]/municipalities/[slug]", state: "administrator", as: "administrator", url: (w, l) => `/${l}/municipalities/${w.X.slug}` },
  {
    route: "/[locale]/municipalities/[slug]",
    state: "unknown municipality",
    as: "anonymous",
    url: (_w, l) => `/${l}/municipalities/no-such-place`,
    status: 404,
  },

  { route: "/[locale]/municipalities/[slug]/request", state: "empty form", as: "staffA", url: (w, l) => `/${l}/municipalities/${w.X.slug}/request` },
  {
    route: "/[locale]/municipalities/[slug]/request",
    state: "validation errors",
    as: "staffA",
    url: (w, l) => `/${l}/municipalities/${w.X.slug}/request`,
    act: (page) => submitWrongly(page, "#message", undefined, summary),
  },
  { route: "/[locale]/municipalities/[slug]/request", state: "not EU staff", as: "editorX", url: (w, l) => `/${l}/municipalities/${w.X.slug}/request` },
  {
    // The matrix's own staff of B, so that the demo staff's submission limit is left to other specs.
    route: "/[locale]/municipalities/[slug]/request",
    state: "sent",
    as: "staffB",
    writes: true,
    url: (w, l) => `/${l}/municipalities/${w.Y.slug}/request`,
    act: async (page) => {
      if ((await withdrawOpenTestRequests(page.url())) > 0) await page.reload();
      await page.locator('input[name="areas"]').first().check();
      await page.locator("#message").fill("Our utilities would like to share experience with heat pumps and water pumping stations (a11y sweep).");
      await page.locator("#requesterName").fill("Sweep Tester");
      await page.locator("#requesterRole").fill("International relations");
      await page.locator('input[name="languages"]').first().check();
      await page.locator("#consent").check();
      await page.locator('form:has(#message) button[type="submit"]').click();
      await page.locator('button[value="send"]').click();
      await expect(page.locator('[role="status"] h2, [role="status"] [tabindex="-1"]').first()).toBeVisible();
    },
  },
  {
    route: "/[locale]/municipalities/[slug]/request",
    state: "check your answers",
    as: "staffB",
    url: (w, l) => `/${l}/municipalities/${w.Y.slug}/request`,
    act: async (page) => {
      await page.locator('input[name="areas"]').first().check();
      await page.locator("#message").fill("Our utilities would like to share experience with heat pumps and water pumping stations (a11y sweep).");
      await page.locator("#requesterName").fill("Sweep Tester");
      await page.locator("#requesterRole").fill("International relations");
      await page.locator('input[name="languages"]').first().check();
      await page.locator("#consent").check();
      await page.locator('form:has(#message) button[type="submit"]').click();
      await expect(page.locator('button[value="send"]')).toBeVisible();
    },
  },

  {
    route: "/[locale]/municipalities/[slug]/edit",
    state: "default",
    as: "editorX",
    url: (w, l) => `/${l}/municipalities/${w.X.slug}/edit`,
  },
  {
    route: "/[locale]/municipalities/[slug]/edit",
    state: "validation errors",
    as: "editorX",
    url: (w, l) => `/${l}/municipalities/${w.X.slug}/edit`,
    act: (page) => submitWrongly(page, "#nameEn", (p) => p.locator("#nameEn").fill(""), summary),
  },
  {
    route: "/[locale]/municipalities/[slug]/edit",
    state: "confirm taking out of the catalogue",
    as: "editorX",
    url: (w, l) => `/${l}/municipalities/${w.X.slug}/edit?unpublish=confirm`,
  },
  { route: "/[locale]/municipalities/[slug]/edit", state: "coordinator", as: "coordinator", url: (w, l) => `/${l}/municipalities/${w.Y.slug}/edit` },

  // An EU municipality's profile and its editor (A is Sindelfingen, staffA its staff).
  { route: "/[locale]/municipalities/[slug]", state: "EU municipality", as: "anonymous", url: (w, l) => `/${l}/municipalities/${w.A.slug}` },
  { route: "/[locale]/municipalities/[slug]", state: "own EU profile (staff)", as: "staffA", url: (w, l) => `/${l}/municipalities/${w.A.slug}` },
  { route: "/[locale]/municipalities/[slug]/edit", state: "EU profile (staff)", as: "staffA", url: (w, l) => `/${l}/municipalities/${w.A.slug}/edit` },
  {
    route: "/[locale]/municipalities/[slug]/edit",
    state: "EU profile, validation errors",
    as: "staffA",
    url: (w, l) => `/${l}/municipalities/${w.A.slug}/edit`,
    act: (page) => submitWrongly(page, "#population", (p) => p.locator("#population").fill("many"), summary),
  },

  { route: "/[locale]/eu-municipalities", state: "default", as: "editorX", url: (_w, l) => `/${l}/eu-municipalities` },
  {
    route: "/[locale]/eu-municipalities",
    state: "no results",
    as: "anonymous",
    url: (_w, l) => `/${l}/eu-municipalities?country=SE&language=ro&oblast=crimea`,
  },
  { route: "/[locale]/municipalities/[slug]/propose", state: "empty form", as: "editorX", url: (w, l) => `/${l}/municipalities/${w.B.slug}/propose` },
  { route: "/[locale]/municipalities/[slug]/propose", state: "not an editor", as: "staffA", url: (w, l) => `/${l}/municipalities/${w.B.slug}/propose` },
  { route: "/[locale]/join", state: "default", as: "staffB", url: (_w, l) => `/${l}/join` },
  { route: "/[locale]/join", state: "signed out", as: "anonymous", url: (_w, l) => `/${l}/join` },
  { route: "/[locale]/join", state: "search results", as: "staffB", url: (_w, l) => `/${l}/join?q=Tampere` },
  { route: "/[locale]/join", state: "no place found", as: "staffB", url: (_w, l) => `/${l}/join?q=Qqqxz` },
  {
    route: "/[locale]/join",
    state: "validation errors",
    as: "staffB",
    url: (_w, l) => `/${l}/join`,
    act: (page) => submitWrongly(page, "#requesterRole", undefined, summary),
  },
  { route: "/[locale]/coordinator/join-proposals", state: "default", as: "coordinator", url: (_w, l) => `/${l}/coordinator/join-proposals` },

  { route: "/[locale]/partnerships", state: "default", as: "anonymous", url: (_w, l) => `/${l}/partnerships` },
  { route: "/[locale]/partnerships", state: "empty page", as: "anonymous", url: (_w, l) => `/${l}/partnerships?page=99999` },
  { route: "/[locale]/network", state: "default", as: "anonymous", url: (_w, l) => `/${l}/network` },
  { route: "/[locale]/statistics", state: "default", as: "anonymous", url: (_w, l) => `/${l}/statistics` },
  // The partnership page differs by role: the partners (and the network) get the stage form.
  { route: "/[locale]/partnerships/[id]", state: "default", as: "anonymous", url: (w, l) => `/${l}/partnerships/${w.partnershipYB}` },
  { route: "/[locale]/partnerships/[id]", state: "stage form (partner)", as: "staffB", url: (w, l) => `/${l}/partnerships/${w.partnershipYB}` },
  {
    route: "/[locale]/partnerships/[id]",
    state: "stage form with an error",
    as: "staffB",
    url: (w, l) => `/${l}/partnerships/${w.partnershipYB}`,
    // A note over the limit: the browser's maxlength stops typing, a crafted post is refused all the same.
    act: (page) =>
      submitWrongly(page, "#stage-note", async (p) => {
        await p.locator("#stage-note").evaluate((el) => el.removeAttribute("maxlength"));
        await p.locator("#stage-note").fill("x".repeat(1001));
      }),
  },
  {
    route: "/[locale]/partnerships/[id]",
    state: "stage form (Ukrainian partner's editor)",
    as: "editorY",
    url: (w, l) => `/${l}/partnerships/${w.partnershipYB}`,
  },
  { route: "/[locale]/partnerships/[id]", state: "coordinator", as: "coordinator", url: (w, l) => `/${l}/partnerships/${w.partnershipYB}` },
  {
    route: "/[locale]/partnerships/[id]",
    state: "meeting form errors",
    as: "editorY",
    url: (w, l) => `/${l}/partnerships/${w.partnershipYB}`,
    act: (page) => submitWrongly(page, "#meeting-date", undefined, summary),
  },
  { route: "/[locale]/partnerships/[id]", state: "administrator", as: "administrator", url: (w, l) => `/${l}/partnerships/${w.partnershipYB}` },
  // A partner's stage change is a proposal: B's staff propose (the open proposal, its withdrawal
  // button); Y's editor then finds the confirm and decline forms, is refused a decline without a
  // reason (checked here), and declines it with one, which closes it for the next pass.
  {
    route: "/[locale]/partnerships/[id]",
    state: "stage proposal sent (partner)",
    as: "staffB",
    url: (w, l) => `/${l}/partnerships/${w.partnershipYB}`,
    act: async (page) => {
      await page.locator("#stage-select").selectOption({ index: 0 });
      await page.locator('form:has(#stage-select) button[type="submit"]').click();
      await expect(page.locator("#open-proposal")).toBeVisible();
    },
  },
  {
    route: "/[locale]/partnerships/[id]",
    state: "stage proposal declined (other side)",
    as: "editorY",
    url: (w, l) => `/${l}/partnerships/${w.partnershipYB}`,
    act: async (page) => {
      await submitWrongly(page, "#proposal-reason");
      await expectNoViolations(page);
      await page.locator("#proposal-reason").fill("Not yet: the sweep declines it.");
      await page.locator('form:has(#proposal-reason) button[type="submit"]').click();
      await expect(page.locator("#stage-proposals")).toBeVisible();
    },
  },
  // The partnership's workspace: the joint-project form, new and edited.
  { route: "/[locale]/partnerships/[id]/projects/new", state: "default", as: "editorY", url: (w, l) => `/${l}/partnerships/${w.partnershipYB}/projects/new` },
  {
    route: "/[locale]/partnerships/[id]/projects/new",
    state: "errors",
    as: "editorY",
    url: (w, l) => `/${l}/partnerships/${w.partnershipYB}/projects/new`,
    act: (page) => submitWrongly(page, "#title", undefined, summary),
  },
  {
    route: "/[locale]/partnerships/[id]/projects/[projectId]",
    state: "default",
    as: "staffB",
    url: (w, l) => `/${l}/partnerships/${w.partnershipYB}/projects/${w.projectYB}`,
  },

  { route: "/[locale]/map", state: "default", as: "anonymous", url: (_w, l) => `/${l}/map` },
  { route: "/[locale]/map", state: "partnerships view", as: "anonymous", url: (_w, l) => `/${l}/map?view=partnerships` },
  { route: "/[locale]/map", state: "one area's need", as: "anonymous", url: (_w, l) => `/${l}/map?area=water` },
  { route: "/[locale]/map", state: "ignored area", as: "anonymous", url: (_w, l) => `/${l}/map?area=nonsense` },
  { route: "/[locale]/match", state: "default", as: "anonymous", url: (_w, l) => `/${l}/match` },
  { route: "/[locale]/match", state: "suggestions", as: "anonymous", url: (w, l) => `/${l}/match?for=${w.A.slug}` },
  { route: "/[locale]/match", state: "steered", as: "staffA", url: (w, l) => `/${l}/match?for=${w.A.slug}&area=water&oblast=lviv&size=under-10k` },
  { route: "/[locale]/funding", state: "default", as: "anonymous", url: (_w, l) => `/${l}/funding` },
  { route: "/[locale]/funding", state: "ignored filters", as: "anonymous", url: (_w, l) => `/${l}/funding?area=nonsense&country=XX` },
  { route: "/[locale]/accessibility", state: "default", as: "anonymous", url: (_w, l) => `/${l}/accessibility` },
  { route: "/[locale]/privacy", state: "default", as: "anonymous", url: (_w, l) => `/${l}/privacy` },
  { route: "/[locale]/privacy", state: "signed in", as: "staffA", url: (_w, l) => `/${l}/privacy` },

  { route: "/[locale]/contact", state: "default", as: "anonymous", url: (_w, l) => `/${l}/contact` },
  {
    route: "/[locale]/contact",
    state: "validation errors",
    as: "anonymous",
    url: (_w, l) => `/${l}/contact`,
    act: (page) => submitWrongly(page, "#message", undefined, summary),
  },
  {
    route: "/[locale]/contact",
    state: "sent",
    as: "anonymous",
    writes: true,
    url: (_w, l) => `/${l}/contact`,
    act: async (page) => {
      await page.locator("#name").fill("Sweep Tester");
      await page.locator("#email").fill(`sweep.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@example.org`);
      await page.locator("#subject").fill("A question (a11y sweep)");
      await page.locator("#message").fill("How does a municipality join the network? (a11y sweep)");
      await page.locator('form:has(#message) button[type="submit"]').click();
      await expect(page.locator('[role="status"] h2').first()).toBeVisible();
    },
  },
  { route: "/[locale]/sign-in", state: "default", as: "anonymous", url: (_w, l) => `/${l}/sign-in` },
  { route: "/[locale]/sign-in", state: "link no longer valid", as: "anonymous", url: (_w, l) => `/${l}/sign-in?error=Verification` },
  {
    route: "/[locale]/sign-in",
    state: "validation errors",
    as: "anonymous",
    url: (_w, l) => `/${l}/sign-in`,
    act: (page) => submitWrongly(page, "#email", (p) => p.locator("#email").fill("nonsense")),
  },
  { route: "/[locale]/sign-in", state: "signed out", as: "anonymous", url: (_w, l) => `/${l}/sign-in?signedOut=1` },
  { route: "/[locale]/sign-in/check-email", state: "default", as: "anonymous", url: (_w, l) => `/${l}/sign-in/check-email` },
  {
    // The address repeated, the resend form and the "wrong address?" link.
    route: "/[locale]/sign-in/check-email",
    state: "after a link was sent",
    as: "anonymous",
    url: (_w, l) => `/${l}/sign-in?callbackUrl=${encodeURIComponent(`/${l}/municipalities`)}`,
    act: async (page) => {
      await page.locator("#email").fill(`sweep.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@example.org`);
      await page.locator('form:has(#email) button[type="submit"]').click();
      await expect(page.locator("#not-received")).toBeVisible();
    },
  },
  { route: "/[locale]/dev/mailbox", state: "default (demo mode)", as: "anonymous", url: (_w, l) => `/${l}/dev/mailbox` },

  ...(["staffA", "editorX", "coordinator", "administrator"] as const).map((as): Visit => ({
    route: "/[locale]/account",
    state: "default",
    as,
    url: (_w, l) => `/${l}/account`,
  })),
  { route: "/[locale]/account", state: "with my requests", as: "staffB", url: (_w, l) => `/${l}/account` },
  {
    route: "/[locale]/account",
    state: "the hromada's answer, reason too short",
    as: "editorX",
    url: (_w, l) => `/${l}/account`,
    act: async (page) => {
      const form = page.locator('form:has(textarea[name="reason"])').first();
      await form.locator('input[value="NOT_NOW"]').check();
      await form.locator('textarea[name="reason"]').fill("no");
      await form.locator('button[type="submit"]').click();
      await expect(form.locator(".field-error").first()).toBeVisible();
    },
  },
  { route: "/[locale]/account", state: "municipalities found by name", as: "staffB", url: (_w, l) => `/${l}/account?find=Lviv` },
  { route: "/[locale]/account", state: "no municipality of that name", as: "staffB", url: (_w, l) => `/${l}/account?find=Qqqxz` },
  { route: "/[locale]/inbox", state: "default", as: "staffB", url: (_w, l) => `/${l}/inbox` },
  { route: "/[locale]/inbox", state: "coordinator", as: "coordinator", url: (_w, l) => `/${l}/inbox` },
  { route: "/[locale]/inbox/[id]", state: "default", as: "editorY", url: (w, l) => `/${l}/inbox/${w.conversationYB}` },
  {
    route: "/[locale]/inbox/[id]",
    state: "validation errors",
    as: "editorY",
    url: (w, l) => `/${l}/inbox/${w.conversationYB}`,
    act: (page) => submitWrongly(page, "#body"),
  },
  { route: "/[locale]/account/requests/[reference]", state: "own request", as: "staffB", url: (w, l) => `/${l}/account/requests/${w.openRequest}` },
  {
    route: "/[locale]/account/requests/[reference]",
    state: "confirm withdrawal",
    as: "staffB",
    url: (w, l) => `/${l}/account/requests/${w.openRequest}?withdraw=confirm`,
  },
  {
    route: "/[locale]/account/requests/[reference]",
    state: "a coordinator's question, answer too short",
    as: "staffB",
    url: (w, l) => `/${l}/account/requests/${w.questionedRequest}`,
    act: (page) => submitWrongly(page, "#answer", (p) => p.locator("#answer").fill("ok")),
  },
  { route: "/[locale]/account/delete", state: "default", as: "staffA", url: (_w, l) => `/${l}/account/delete` },
  {
    route: "/[locale]/account/delete",
    state: "validation errors",
    as: "staffA",
    url: (_w, l) => `/${l}/account/delete`,
    act: (page) => submitWrongly(page, "#confirmation"),
  },
  { route: "/[locale]/account-deleted", state: "default", as: "anonymous", url: (_w, l) => `/${l}/account-deleted` },
  // The link at the foot of a reminder, opened without signing in (Y's editor's profile reminders: no spec stops them).
  { route: "/[locale]/unsubscribe/[token]", state: "default", as: "anonymous", url: (w, l) => unsubscribePath(l, w.users.editorY, "profileReminder") },
  { route: "/[locale]/unsubscribe/[token]", state: "a link that does not work", as: "anonymous", url: (_w, l) => `/${l}/unsubscribe/not-a-token` },

  { route: "/[locale]/coordinator", state: "default", as: "coordinator", url: (_w, l) => `/${l}/coordinator` },
  { route: "/[locale]/coordinator", state: "administrator", as: "administrator", url: (_w, l) => `/${l}/coordinator` },
  { route: "/[locale]/coordinator/requests", state: "default", as: "coordinator", url: (_w, l) => `/${l}/coordinator/requests` },
  {
    route: "/[locale]/coordinator/requests",
    state: "filtered",
    as: "coordinator",
    url: (_w, l) => `/${l}/coordinator/requests?status=undecided&age=14&assignee=none&interpretation=any&q=a`,
  },
  {
    route: "/[locale]/coordinator/requests",
    state: "empty results",
    as: "coordinator",
    url: (_w, l) => `/${l}/coordinator/requests?status=UNDER_REVIEW&age=90`,
  },
  { route: "/[locale]/coordinator/requests/[reference]", state: "default", as: "coordinator", url: (w, l) => `/${l}/coordinator/requests/${w.openRequest}` },
  {
    route: "/[locale]/coordinator/requests/[reference]",
    state: "validation errors",
    as: "coordinator",
    url: (w, l) => `/${l}/coordinator/requests/${w.openRequest}`,
    act: (page) => submitWrongly(page, "#decline-note"),
  },
  { route: "/[locale]/coordinator/audit", state: "default", as: "coordinator", url: (_w, l) => `/${l}/coordinator/audit` },
  { route: "/[locale]/coordinator/messages", state: "default", as: "coordinator", url: (_w, l) => `/${l}/coordinator/messages` },
  { route: "/[locale]/coordinator/messages", state: "answered", as: "coordinator", url: (_w, l) => `/${l}/coordinator/messages?view=answered` },
  { route: "/[locale]/coordinator/messages/[id]", state: "default", as: "coordinator", url: (w, l) => `/${l}/coordinator/messages/${w.contactMessage}` },
  {
    route: "/[locale]/coordinator/messages/[id]",
    state: "validation errors",
    as: "coordinator",
    url: (w, l) => `/${l}/coordinator/messages/${w.contactMessage}`,
    act: (page) => submitWrongly(page, "#answer"),
  },
  { route: "/[locale]/coordinator/audit", state: "ignored filter", as: "coordinator", url: (_w, l) => `/${l}/coordinator/audit?outcome=nonsense` },
  { route: "/[locale]/coordinator/audit", state: "empty results", as: "coordinator", url: (_w, l) => `/${l}/coordinator/audit?action=no.such.action` },
  { route: "/[locale]/coordinator/import", state: "default", as: "coordinator", url: (_w, l) => `/${l}/coordinator/import` },
  {
    // Only a dry run: nothing is written.
    route: "/[locale]/coordinator/import",
    state: "dry-run result",
    as: "coordinator",
    url: (_w, l) => `/${l}/coordinator/import`,
    act: async (page) => {
      await page.locator("#file").setInputFiles(path.join(process.cwd(), "public/import/sample-partnerships.csv"));
      await page.locator('form:has(#file) button[type="submit"]').click();
      // The first import of a server process reads the gazetteer (a few seconds on a busy machine).
      await expect(page.locator("#import-result")).toBeVisible({ timeout: 30_000 });
    },
  },
  { route: "/[locale]/coordinator/municipalities", state: "default", as: "coordinator", url: (_w, l) => `/${l}/coordinator/municipalities` },
  {
    route: "/[locale]/coordinator/municipalities",
    state: "search results",
    as: "coordinator",
    url: (w, l) => `/${l}/coordinator/municipalities?q=${w.X.slug}`,
  },
  { route: "/[locale]/coordinator/municipalities", state: "empty results", as: "coordinator", url: (_w, l) => `/${l}/coordinator/municipalities?q=zzzzzz` },
  { route: "/[locale]/coordinator/municipalities/new", state: "default", as: "coordinator", url: (_w, l) => `/${l}/coordinator/municipalities/new` },
  {
    route: "/[locale]/coordinator/municipalities/new",
    state: "validation errors",
    as: "coordinator",
    url: (_w, l) => `/${l}/coordinator/municipalities/new`,
    act: (page) => submitWrongly(page, "#nameEn", undefined, summary),
  },
  { route: "/[locale]/coordinator/municipalities/[slug]", state: "hromada", as: "coordinator", url: (w, l) => `/${l}/coordinator/municipalities/${w.Y.slug}` },
  {
    route: "/[locale]/coordinator/municipalities/[slug]",
    state: "EU municipality, municipalities to merge into",
    as: "administrator",
    url: (w, l) => `/${l}/coordinator/municipalities/${w.A.slug}?find=${w.A2.slug}`,
  },
  {
    route: "/[locale]/coordinator/municipalities/[slug]",
    state: "validation errors",
    as: "coordinator",
    url: (w, l) => `/${l}/coordinator/municipalities/${w.Y.slug}`,
    act: (page) => submitWrongly(page, "#frontlineSince", (p) => p.locator("#frontlineSince").fill("2099-01-01"), summary),
  },
  {
    route: "/[locale]/coordinator/municipalities/[slug]/merge",
    state: "confirmation",
    as: "coordinator",
    url: (w, l) => `/${l}/coordinator/municipalities/${w.A.slug}/merge?into=${w.A2.slug}`,
  },
  { route: "/[locale]/coordinator/roles", state: "default", as: "administrator", url: (_w, l) => `/${l}/coordinator/roles` },
  {
    route: "/[locale]/coordinator/roles",
    state: "confirm taking back",
    as: "administrator",
    url: (w, l) => `/${l}/coordinator/roles?revoke=${w.users.coordinator}`,
  },
  {
    route: "/[locale]/coordinator/municipalities/[slug]/contact",
    state: "default",
    as: "coordinator",
    url: (w, l) => `/${l}/coordinator/municipalities/${w.Y.slug}/contact`,
  },
  {
    route: "/[locale]/coordinator/municipalities/[slug]/contact",
    state: "validation errors",
    as: "coordinator",
    url: (w, l) => `/${l}/coordinator/municipalities/${w.Y.slug}/contact`,
    act: (page) => submitWrongly(page, "#reason"),
  },
  { route: "/[locale]/coordinator/funding", state: "default", as: "coordinator", url: (_w, l) => `/${l}/coordinator/funding` },
  { route: "/[locale]/coordinator/interpreters", state: "default", as: "coordinator", url: (_w, l) => `/${l}/coordinator/interpreters` },
  { route: "/[locale]/coordinator/interpreters/new", state: "empty form", as: "coordinator", url: (_w, l) => `/${l}/coordinator/interpreters/new` },
  {
    route: "/[locale]/coordinator/interpreters/new",
    state: "validation errors",
    as: "coordinator",
    url: (_w, l) => `/${l}/coordinator/interpreters/new`,
    act: (page) => submitWrongly(page, "#languagePairs", undefined, summary),
  },
  { route: "/[locale]/coordinator/interpreters/[id]", state: "default", as: "coordinator", url: (w, l) => `/${l}/coordinator/interpreters/${w.interpreterId}` },
  { route: "/[locale]/interpreting", state: "nothing assigned", as: "staffA", url: (_w, l) => `/${l}/interpreting` },
  {
    route: "/[locale]/interpreting/requests/[reference]",
    state: "default (coordinator)",
    as: "coordinator",
    url: (w, l) => `/${l}/interpreting/requests/${w.openRequest}`,
  },
  { route: "/[locale]/coordinator/funding/[slug]", state: "default", as: "coordinator", url: (_w, l) => `/${l}/coordinator/funding/interreg-next-hu-sk-ro-ua` },
  { route: "/[locale]/coordinator/funding/new", state: "empty form", as: "administrator", url: (_w, l) => `/${l}/coordinator/funding/new` },
  {
    route: "/[locale]/coordinator/funding/new",
    state: "validation errors",
    as: "coordinator",
    url: (_w, l) => `/${l}/coordinator/funding/new`,
    act: (page) => submitWrongly(page, "#name_en", undefined, summary),
  },
];

/** The routes the sweep visits, each once. */
export const SWEPT_ROUTES = [...new Set(VISITS.map((v) => v.route))];

/**
 * The locales in which a route's further states are checked. A route's first visit (its default
 * state) is checked in every locale; its other states (empty results, a form's errors, each role)
 * differ from it by data or role, not by language, so English and Ukrainian (Latin and Cyrillic,
 * and the most text) stand for the rest. This keeps the sweep's cost at about one check per route
 * and locale as pages are added (CI's time budget).
 */
export const STATE_LOCALES: readonly string[] = ["en", "uk"];

const firstVisits = new Set(SWEPT_ROUTES.map((route) => VISITS.find((v) => v.route === route)));

/** The visits checked in `locale`: every route's first visit, and its other states in STATE_LOCALES. */
export function visitsIn(locale: string, visits: readonly Visit[] = VISITS): Visit[] {
  return visits.filter((v) => firstVisits.has(v) || STATE_LOCALES.includes(locale));
}

/** Every locale of the interface; A11Y_LOCALES=en,uk narrows a local run (never below what exists). */
export function sweptLocales(): readonly string[] {
  const asked = process.env.A11Y_LOCALES?.split(",")
    .map((l) => l.trim())
    .filter(Boolean);
  if (!asked) return routing.locales;
  const unknown = asked.filter((l) => !(routing.locales as readonly string[]).includes(l));
  if (unknown.length > 0) throw new Error(`A11Y_LOCALES: not locales of the interface: ${unknown.join(", ")}`);
  return asked;
}

/**
 * The locales whose layout is checked (reflow, focus indicators): the pages are laid out the same
 * in every language and differ only in their texts' length, so these are English, Ukrainian
 * (Cyrillic, and the most text), German and Dutch (the longest words: "Barrierefreiheitsvorschriften",
 * "gegevensbeschermingsautoriteit") and Romanian (the longest texts of the Latin-script languages).
 * A11Y_LOCALES overrides them as it does the sweep's.
 */
export function layoutLocales(): readonly string[] {
  if (process.env.A11Y_LOCALES) return sweptLocales();
  return sweptLocales().filter((l) => ["en", "uk", "de", "nl", "ro"].includes(l));
}
