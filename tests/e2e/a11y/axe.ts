// Axe as the sweep runs it, and the browser pages the sweep shares: one context per person,
// signed in once (their session cookie), reused for every page that person sees.
import AxeBuilder from "@axe-core/playwright";
import { type Browser, type BrowserContext, expect, type Page } from "@playwright/test";
import { SESSION_COOKIE, type Who, type World } from "../matrix/principals";
import { base, cookieOf } from "../matrix/endpoints";

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA (EN 301 549 requires 2.1 AA; 2.2's AA rules come free). */
export const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Runs axe on the page as it is now; returns one readable line block per violation (none: []).
 * In axe's legacy mode (one `axe.run` in the page; the portal's pages have no frames) and keeping
 * only the violations' details: half the time of the default, which runs each frame apart and then
 * opens a blank page to combine them (measured: the catalogue 2.3 s → 0.9 s, a form 0.8 → 0.4 s;
 * the same violations found). `options` goes first: it replaces what `withTags` set.
 */
export async function violationsOf(page: Page, what: string): Promise<string[]> {
  const { violations, passes } = await new AxeBuilder({ page })
    .options({ resultTypes: ["violations"] })
    .withTags(TAGS)
    .setLegacyMode()
    .analyze();
  if (passes.length === 0) return [`${what}: axe ran no rule (${page.url()})`];
  return violations.map((v) =>
    [
      `• ${what} — ${v.id} (${v.impact ?? "unknown impact"}): ${v.help} [${page.url()}]`,
      ...v.nodes.map((n) => `    - ${n.target.join(" ")}${n.failureSummary ? `\n        ${n.failureSummary.replace(/\n/g, "\n        ")}` : ""}`),
    ].join("\n"),
  );
}

/**
 * For specs that check one page on their way: fails listing each violation. It first waits for the
 * page's title, which Next streams in after the body on an in-portal navigation (a check made in
 * between reported "document-title" on a page that gets its title a moment later).
 */
export async function expectNoViolations(page: Page) {
  await expect(page).toHaveTitle(/\S/);
  expect(await violationsOf(page, "this page")).toEqual([]);
}

/** Opens every <details> on the page (the language menu, "how ranked", …) for a pass with menus open. */
export async function openAllDetails(page: Page): Promise<number> {
  return page.locator("details").evaluateAll((all) => {
    for (const d of all as HTMLDetailsElement[]) d.open = true;
    return all.length;
  });
}

/** One signed-in page per person, made on first use. */
export class People {
  private readonly contexts = new Map<Who, BrowserContext>();
  private readonly pages = new Map<Who, Page>();
  constructor(
    private readonly browser: Browser,
    private readonly world: World,
    private readonly options: Parameters<Browser["newContext"]>[0] = {},
  ) {}

  async page(who: Who): Promise<Page> {
    const known = this.pages.get(who);
    if (known && !known.isClosed()) return known;
    const context = await this.browser.newContext({ baseURL: base(), ...this.options });
    const cookie = cookieOf(this.world, who);
    if (cookie) await context.addCookies([{ name: SESSION_COOKIE, value: cookie, domain: "localhost", path: "/", httpOnly: true, sameSite: "Lax" }]);
    const page = await context.newPage();
    this.contexts.set(who, context);
    this.pages.set(who, page);
    return page;
  }

  async close() {
    for (const context of this.contexts.values()) await context.close();
    this.contexts.clear();
    this.pages.clear();
  }
}
