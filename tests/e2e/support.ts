// Shared helpers for the end-to-end specs: the message catalogues and the request form.
import pg from "pg";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { IntlMessageFormat, type PrimitiveType } from "intl-messageformat";
import en from "../../src/i18n/messages/en.json" with { type: "json" };
import uk from "../../src/i18n/messages/uk.json" with { type: "json" };
import enSearch from "../../src/i18n/messages/features/search.en.json" with { type: "json" };
import ukSearch from "../../src/i18n/messages/features/search.uk.json" with { type: "json" };
import accountsEn from "../../src/i18n/messages/features/accounts.en.json" with { type: "json" };
import accountsUk from "../../src/i18n/messages/features/accounts.uk.json" with { type: "json" };
import requestsEn from "../../src/i18n/messages/features/requests.en.json" with { type: "json" };
import requestsUk from "../../src/i18n/messages/features/requests.uk.json" with { type: "json" };
import actingEn from "../../src/i18n/messages/features/acting.en.json" with { type: "json" };
import actingUk from "../../src/i18n/messages/features/acting.uk.json" with { type: "json" };

export { en, uk, enSearch, ukSearch };
export const requestsMessages = { en: requestsEn.requests, uk: requestsUk.requests } as const;
const accountsMessages = { en: accountsEn.accounts, uk: accountsUk.accounts } as const;
export type Messages = typeof en;
export const messages = { en, uk } as const;
export type Locale = keyof typeof messages;

/** A message as the portal shows it: the same ICU formatting (plurals, selects, quoting) as next-intl's. */
export function format(message: string, values: Record<string, PrimitiveType> = {}, locale: string = "en"): string {
  const text = new IntlMessageFormat(message, locale).format(values);
  if (typeof text !== "string") throw new Error(`not a plain-text message: ${message}`);
  return text;
}

/** A RegExp matching a message whatever its arguments are, each captured: "Page {page} of {pageCount}" → /^Page (.+?) of (.+?)$/. */
export function templatePattern(message: string, locale: string = "en"): RegExp {
  // Every argument formats as a marker of private-use characters; the text around them is the message's own.
  const markers = new Proxy({} as Record<string, string>, { has: () => true, get: (_, name) => `\uE000${String(name)}\uE001` });
  const parts = format(message, markers, locale).split(/\uE000[^\uE001]*\uE001/);
  return new RegExp(`^${parts.map((part) => (part ? literal(part).source : "")).join("(.+?)")}$`);
}

/** A RegExp that matches `text` literally. */
export function literal(text: string, flags = ""): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), flags);
}

/** A RegExp matching an accessible name that starts with `text` (checkbox labels carry counts or hints). */
export function startsWith(text: string): RegExp {
  return new RegExp(`^${literal(text).source}(\\s|$)`);
}

export const REFERENCE = /C4C-[A-Z0-9]{6}/g;

/** Every distinct request reference in a text. */
export function referencesIn(text: string): string[] {
  return [...new Set(text.match(REFERENCE) ?? [])];
}

/** A language's name in itself, from the same CLDR data the portal's server uses. */
export function endonym(code: string): string {
  return new Intl.DisplayNames([code], { type: "language" }).of(code) ?? code;
}

/**
 * A requester role no other test uses, so that the stored requests of one test can be told apart
 * (every request is sent by the one demo staff account, so its address no longer tells them apart).
 */
export function uniqueRole(): string {
  return `Head of International Relations ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

export type DemoAccountKey = keyof typeof accountsEn.accounts.signIn.demo.roles;

/**
 * Signs in with demo mode's one-click sign-in (a real magic link, followed at once): from the
 * sign-in page, or from the page the visitor was sent to sign in from, which it then returns to.
 */
export async function demoSignIn(page: Page, key: DemoAccountKey, locale: Locale = "en", { fromCurrentPage = false } = {}) {
  const t = accountsMessages[locale].signIn.demo;
  if (!fromCurrentPage) await page.goto(`/${locale}/sign-in`);
  await page.getByRole("button", { name: format(t.as, { role: t.roles[key] }) }).click();
  // Coordinators and administrators land on the coordinator desk, everyone else on their account.
  const landing = key === "coordinator" || key === "administrator" ? "coordinator" : "account";
  if (!fromCurrentPage) await expect(page).toHaveURL(new RegExp(`/${locale}/${landing}$`));
}

const check = { en: actingEn.acting.check, uk: actingUk.acting.check };

/** The request form of a municipality, and helpers to fill it in the page's language. */
export function requestForm(page: Page, locale: Locale = "en") {
  const t = messages[locale].requestForm;
  const areas = messages[locale].areas;
  const field = (name: keyof typeof t.fields) => page.getByLabel(t.fields[name], { exact: true });
  return {
    t,
    field,
    /** The form's own button: it shows the answers to check (nothing is sent yet). */
    submit: page.getByRole("button", { name: check[locale].continue, exact: true }),
    /** The check-your-answers step's heading and its Send button. */
    checkHeading: page.getByRole("heading", { name: check[locale].title }),
    sendButton: page.getByRole("button", { name: t.submit }),
    /** Continue to the check of the answers, then Send. */
    async send() {
      await this.submit.click();
      await this.confirmSend();
    },
    /** On the check-your-answers step: Send. */
    async confirmSend() {
      await expect(this.checkHeading).toBeVisible();
      await this.sendButton.click();
    },
    area: (slug: keyof typeof areas) => page.getByRole("checkbox", { name: startsWith(areas[slug]) }),
    /** A working language by its code; the form names each in itself ("Deutsch", "українська"). */
    language: (code: string) => page.getByRole("checkbox", { name: endonym(code), exact: true }),
    confirmation: page.getByRole("heading", { name: t.sent.title }),
    /** Fills every field validly; the requester's role can be varied to tell requests apart. */
    async fillValid(options: { requesterRole?: string; language?: string } = {}) {
      // The page was rendered with those requests' notice: shown again without it.
      if ((await withdrawOpenTestRequests(page.url())) > 0) await page.reload();
      await this.area("energy").check();
      await this.area("water").check();
      await field("message").fill("Our utilities would like to share experience with heat pumps and rebuild a water pumping station together.");
      await field("requesterName").fill("Anna Schmidt");
      await field("requesterRole").fill(options.requesterRole ?? uniqueRole());
      await this.language(options.language ?? "de").check();
      await field("consent").check();
    },
  };
}

/** The confirmation block after a request was sent; returns the reference it shows. */
export async function expectConfirmation(page: Page, locale: Locale = "en"): Promise<string> {
  const t = messages[locale].requestForm;
  const status = page.getByRole("status").filter({ has: page.getByRole("heading", { name: t.sent.title }) });
  await expect(status).toBeVisible();
  await expect(status.getByRole("heading", { name: t.sent.title })).toBeFocused();
  const text = (await status.innerText()).trim();
  const refs = text.match(REFERENCE) ?? [];
  expect(refs, `one reference in the confirmation: ${text}`).toHaveLength(1);
  // The whole page shows that reference once, and no other.
  const body = await page.locator("body").innerText();
  expect(body.match(REFERENCE) ?? [], "references on the page").toEqual(refs);
  return refs[0]!;
}

/** Opens the header's language menu and follows the link to the language named `name` (in itself). */
export async function chooseLanguage(page: Page, name: string) {
  const menu = page.getByRole("banner").locator("details:has(a[hreflang])");
  await menu.locator("summary").click();
  await menu.getByRole("link", { name, exact: true }).click();
}

/** A locale's whole catalogue (its core file and every feature file), as the portal merges it. */
export function catalogueFor(locale: string): Messages & Record<string, unknown> {
  const dir = path.join(import.meta.dirname, "../../src/i18n/messages");
  const read = (file: string) => JSON.parse(readFileSync(path.join(dir, file), "utf8"));
  const features = readdirSync(path.join(dir, "features")).filter((f) => f.endsWith(`.${locale}.json`));
  return Object.assign(read(`${locale}.json`), ...features.map((f) => read(`features/${f}`)));
}

/**
 * One open request per EU municipality and hromada (src/server/requests/open-requests.ts): specs
 * that each send a request from the demo staff (or the matrix's staff of B) to the same hromada
 * would otherwise meet the earlier spec's open request. Before a form is filled, those staff's
 * open requests to the form's hromada are marked withdrawn, straight in the e2e database.
 */
export async function withdrawOpenTestRequests(formUrl: string): Promise<number> {
  const slug = /\/municipalities\/([a-z0-9-]+)\/request/.exec(new URL(formUrl).pathname)?.[1];
  if (!slug || !process.env.DATABASE_URL) return 0;
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rowCount } = await client.query(
      `UPDATE partnership_request SET status = 'WITHDRAWN'
        WHERE status IN ('SUBMITTED', 'UNDER_REVIEW', 'INFORMATION_REQUESTED')
          AND ukrainian_municipality_id = (SELECT id FROM municipality WHERE slug = $1)
          AND eu_municipality_id IN (SELECT municipality_id FROM membership WHERE status = 'APPROVED' AND user_id IN ('demo-staff-sindelfingen', 'matrix-staff-b'))`,
      [slug],
    );
    return rowCount ?? 0;
  } finally {
    await client.end();
  }
}
