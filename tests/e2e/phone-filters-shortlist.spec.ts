// On a phone (390 px): the results come first, the filters open from "Filters (n)", applying them
// lands on the results; then an EU staff member shortlists two hromadas and compares them.
import pg from "pg";
import { expect, test, type Page } from "@playwright/test";
import filtersEn from "../../src/i18n/messages/features/catalogue-filters.en.json" with { type: "json" };
import shortlistEn from "../../src/i18n/messages/features/shortlist.en.json" with { type: "json" };
import { demoSignIn, en, format, startsWith } from "./support";

test.skip(!process.env.DATABASE_URL, "clears the demo staff's shortlist in the e2e database: run with DATABASE_URL set");
test.use({ viewport: { width: 390, height: 844 } });

const f = filtersEn.catalogueFilters;
const s = shortlistEn.shortlist;
const filterForm = (page: Page) => page.getByRole("search", { name: en.catalogue.filters.label });
const resultsHeading = (page: Page) => page.locator("#results-heading");
const results = (page: Page) => page.locator('section[aria-labelledby="results-heading"] > ul > li h3 a');

async function clearDemoStaffShortlist() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DELETE FROM shortlist_entry WHERE user_id IN (
      SELECT ms.user_id FROM membership ms JOIN municipality m ON m.id = ms.municipality_id WHERE m.slug = 'sindelfingen')`);
  } finally {
    await client.end();
  }
}

test.beforeAll(clearDemoStaffShortlist);
test.afterAll(clearDemoStaffShortlist);

test("filter on a phone, land on the results, shortlist two hromadas and compare them", async ({ page }) => {
  test.setTimeout(120_000);
  await demoSignIn(page, "euStaff");
  await page.goto("/en/municipalities");

  // Results first: the filters wait behind their control.
  await expect(resultsHeading(page)).toBeInViewport();
  await expect(filterForm(page)).toBeHidden();
  const control = page.getByRole("link", { name: format(f.control, { count: 0 }) });
  await control.click();
  await expect(filterForm(page)).toBeVisible();

  // Western Ukraine, from 10,000 inhabitants.
  const form = filterForm(page);
  await form.getByRole("checkbox", { name: startsWith(f.macro.names.western) }).check();
  await form.getByLabel(f.population.min, { exact: true }).fill("10 000");
  await form.getByRole("button", { name: en.catalogue.filters.apply }).click();

  await expect(page).toHaveURL(/[?&]macro=western(&|#)/);
  // Typed with a space: the address says it plainly.
  await expect(page).toHaveURL(/[?&]pop_min=10000(&|#)/);
  await expect(page).toHaveURL(/#results-heading$/);
  await expect(resultsHeading(page)).toBeInViewport();
  await expect(filterForm(page)).toBeHidden();
  await expect(page.getByRole("link", { name: format(f.control, { count: 2 }) })).toBeVisible();
  await expect(results(page).first()).toBeVisible();
  expect(await page.evaluate(() => window.scrollY), "landed below the top of the page").toBeGreaterThan(0);

  // The first two results, each shortlisted from its profile; the way back keeps the filters.
  const picked: string[] = [];
  for (let i = 0; i < 2; i++) {
    const link = results(page).nth(i);
    const href = (await link.getAttribute("href"))!;
    picked.push(href.split("/").pop()!);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await page.getByRole("button", { name: new RegExp(`^${s.add.split("{name}")[0]}`) }).click();
    await expect(page.getByRole("status").filter({ hasText: s.notices.added })).toBeVisible({ timeout: 15_000 });
    const back = page.getByRole("link", { name: en.profile.backToCatalogue });
    await expect(back).toHaveAttribute("href", /macro=western/);
    await expect(back).toHaveAttribute("href", /pop_min=10000/);
    await back.click();
    await expect(page).toHaveURL(/[?&]macro=western&pop_min=10000$/);
  }

  // The shortlist, and the two side by side.
  await page.goto("/en/account/shortlist");
  await expect(page.getByRole("heading", { level: 1, name: s.title })).toBeVisible();
  const boxes = page.getByRole("checkbox");
  await expect(boxes).toHaveCount(2);
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await page.getByRole("button", { name: s.compareButton }).click();
  await expect(page).toHaveURL(/\/en\/account\/shortlist\/compare\?m=/);
  await expect(page.getByRole("heading", { level: 1, name: s.compare.title })).toBeVisible();
  const table = page.getByRole("table");
  await expect(table.getByRole("columnheader")).toHaveCount(2);
  for (const row of [
    s.compare.rows.needs,
    s.compare.rows.offers,
    s.compare.rows.population,
    s.compare.rows.languages,
    s.compare.rows.freshness,
    s.compare.rows.partnerships,
  ]) {
    await expect(table.getByRole("rowheader", { name: row, exact: true })).toBeVisible();
  }
  for (const slug of picked) await expect(table.locator(`a[href="/en/municipalities/${slug}"]`)).toBeVisible();
  // The page itself never scrolls sideways; the table scrolls in its own box.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
