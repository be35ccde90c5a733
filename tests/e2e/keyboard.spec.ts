// Keyboard only: an EU staff member finds a municipality in the catalogue, opens its profile and
// sends a partnership request; a coordinator finds it in the workspace and approves it. Only the
// keyboard moves (no clicks; a page is opened by address only to start, and to sign in anew), and
// at every Tab stop the focus must be visible; after errors and navigations focus must be where
// a reader continues.
import { expect, test, type Page } from "@playwright/test";
import { routing } from "../../src/i18n/routing";
import { ensureSessions, prepareWorld, withClient } from "./matrix/principals";
import { expectFocusAtStart, press, stopsWithoutFocusIndicator, tabTo, useSkipLink } from "./a11y/keyboard";
import { People } from "./a11y/axe";
import { VISITS, layoutLocales, visitsIn } from "./a11y/routes";

test.skip(!process.env.DATABASE_URL, "the journey picks its municipality in the e2e database: run with DATABASE_URL set");

const locale = routing.defaultLocale;

for (const l of routing.locales) {
  test(`the skip link is the first Tab stop and moves focus to main (${l})`, async ({ page }) => {
    await page.goto(`/${l}/municipalities`);
    await useSkipLink(page);
    // The next Tab stop is inside main, not back in the header.
    await press(page, "Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("main")?.id ?? null)).toBe("main");
  });
}

// WCAG 2.4.7 on every page the sweep visits, in each of its states: every Tab stop shows focus.
test("every Tab stop of every swept page shows a focus indicator", async ({ browser }) => {
  const visits = VISITS.filter((v) => !v.writes);
  const locales = layoutLocales();
  const checks = locales.reduce((n, l) => n + visitsIn(l, visits).length, 0);
  test.setTimeout(6_000 * checks);
  const world = await prepareWorld();
  await ensureSessions(world);
  const people = new People(browser, world);
  const found: string[] = [];
  let stops = 0;
  try {
    for (const l of locales) {
      for (const visit of visitsIn(l, visits)) {
        const page = await people.page(visit.as);
        await page.goto(visit.url(world, l));
        await expect(page.locator("h1").first()).toBeVisible();
        await visit.act?.(page);
        const { checked, problems } = await stopsWithoutFocusIndicator(page);
        stops += checked;
        if (problems.length > 0) found.push(`• ${page.url()} (${visit.state}, as ${visit.as}):\n    ${problems.join("\n    ")}`);
      }
    }
  } finally {
    await people.close();
  }
  console.log(`focus indicators: ${stops} Tab stops on ${checks} pages`);
  expect(stops, "Tab stops checked").toBeGreaterThan(checks);
  expect(found, found.join("\n")).toEqual([]);
});

/** A Ukrainian municipality seeking partners that Sindelfingen (the demo staff's) has no partnership or open request with. */
async function target(): Promise<{ slug: string; nameEn: string }> {
  return withClient(async (client) => {
    const { rows } = await client.query<{ slug: string; name_en: string }>(
      `SELECT m.slug, m.name_en FROM municipality m JOIN region r ON r.id = m.region_id
        WHERE m.country = 'UA' AND m.status = 'PUBLISHED' AND m.seeks_partners AND NOT r.occupied
          AND NOT EXISTS (SELECT 1 FROM partnership p WHERE p.ukrainian_municipality_id = m.id
                            AND p.eu_municipality_id = (SELECT id FROM municipality WHERE slug = 'sindelfingen'))
          AND NOT EXISTS (SELECT 1 FROM partnership_request q WHERE q.ukrainian_municipality_id = m.id AND q.status IN ('SUBMITTED', 'UNDER_REVIEW', 'INFORMATION_REQUESTED'))
        ORDER BY m.slug DESC LIMIT 1`,
    );
    if (!rows[0]) throw new Error("no municipality for the keyboard journey");
    return { slug: rows[0].slug, nameEn: rows[0].name_en };
  });
}

/** Signs in with a demo account's one-click button, by keyboard, from the sign-in page. */
async function signInByKeyboard(page: Page, account: "euStaff" | "coordinator") {
  await page.goto(`/${locale}/sign-in`);
  await useSkipLink(page);
  await tabTo(page, `form:has(input[name="account"][value="${account}"]) button`);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/${locale}/${account === "coordinator" ? "coordinator" : "account"}$`));
}

let created: string | null = null;

test.afterAll(async () => {
  // The journey's partnership would change what other specs see of Sindelfingen: it goes again.
  if (!created) return;
  await withClient((client) => client.query("DELETE FROM partnership WHERE request_id = (SELECT id FROM partnership_request WHERE reference = $1)", [created]));
});

test("keyboard only: find a municipality, request a partnership, approve it as a coordinator", async ({ browser }) => {
  test.setTimeout(120_000);
  const { slug, nameEn } = await target();

  // EU staff
  const staff = await (await browser.newContext()).newPage();
  await signInByKeyboard(staff, "euStaff");
  // A full page load starts at the top: the skip link first, then the header's catalogue link.
  await press(staff, "Tab");
  await expect(staff.locator('a[href="#main"]')).toBeFocused();
  await tabTo(staff, `header a[href="/${locale}/municipalities"]`);
  await staff.keyboard.press("Enter");
  await expect(staff).toHaveURL(new RegExp(`/${locale}/municipalities$`));
  await expectFocusAtStart(staff);

  await tabTo(staff, "#q");
  await staff.keyboard.type(nameEn);
  await staff.keyboard.press("Enter");
  await expect(staff).toHaveURL(/\?.*q=/);
  await useSkipLink(staff);
  await tabTo(staff, `main a[href="/${locale}/municipalities/${slug}"]`);
  await staff.keyboard.press("Enter");
  await expect(staff).toHaveURL(new RegExp(`/${locale}/municipalities/${slug}$`));
  await expectFocusAtStart(staff);

  await tabTo(staff, `main a[href="/${locale}/municipalities/${slug}/request"]`);
  await staff.keyboard.press("Enter");
  await expect(staff).toHaveURL(new RegExp(`/${slug}/request$`));
  await expectFocusAtStart(staff);

  // Sent empty: focus lands on the error summary.
  await tabTo(staff, 'form:has(#message) button[type="submit"]');
  await staff.keyboard.press("Enter");
  await expect(staff.locator('[role="alert"]:has(#error-summary-title)')).toBeFocused();
  // Its first link takes focus to the first field in error.
  await press(staff, "Tab");
  const summaryLink = await staff.evaluate(() => document.activeElement?.getAttribute("href"));
  expect(summaryLink, "a link of the error summary").toMatch(/^#/);
  await staff.keyboard.press("Enter");
  await expect(staff.locator(summaryLink!)).toBeFocused();

  await tabTo(staff, 'input[name="areas"][value="energy"]');
  await staff.keyboard.press("Space");
  await tabTo(staff, "#message");
  await staff.keyboard.type("Our utilities would like to share experience with heat pumps and district heating (keyboard journey).");
  await tabTo(staff, "#requesterName");
  await staff.keyboard.press("ControlOrMeta+A");
  await staff.keyboard.type("Anna Berg");
  await tabTo(staff, "#requesterRole");
  await staff.keyboard.type("International relations");
  await tabTo(staff, 'input[name="languages"][value="de"]');
  await staff.keyboard.press("Space");
  await tabTo(staff, "#consent");
  await staff.keyboard.press("Space");
  await tabTo(staff, 'form:has(#message) button[type="submit"]');
  await staff.keyboard.press("Enter");
  // The answers to check: focus lands on their heading; then Send.
  await expect(staff.locator('h2[tabindex="-1"]')).toBeFocused();
  await tabTo(staff, 'button[value="send"]');
  await staff.keyboard.press("Enter");
  // Sent: focus lands on the confirmation, which carries the reference.
  const confirmation = staff.locator('[role="status"]');
  await expect(confirmation.locator("h2")).toBeFocused();
  const reference = (await confirmation.innerText()).match(/C4C-[A-Z0-9]{6}/)?.[0];
  expect(reference, "the confirmation's reference").toBeTruthy();
  created = reference!;
  await staff.context().close();

  // Coordinator
  const coordinator = await (await browser.newContext()).newPage();
  // Signing in lands a coordinator on the desk itself.
  await signInByKeyboard(coordinator, "coordinator");
  await expectFocusAtStart(coordinator);
  // The queue lists the oldest first: page on until the request is there.
  const link = `main a[href="/${locale}/coordinator/requests/${reference}"]`;
  for (let pages = 0; (await coordinator.locator(link).count()) === 0; pages++) {
    expect(pages, "pages of the queue").toBeLessThan(20);
    await tabTo(coordinator, 'main a[rel="next"]');
    await coordinator.keyboard.press("Enter");
    await expect(coordinator).toHaveURL(/page=\d+/);
    await expectFocusAtStart(coordinator);
  }
  await tabTo(coordinator, link);
  await coordinator.keyboard.press("Enter");
  await expect(coordinator).toHaveURL(new RegExp(`/coordinator/requests/${reference}$`));
  await expectFocusAtStart(coordinator);

  // Declining without a reason is refused: focus lands on the reason.
  await tabTo(coordinator, 'form:has(#decline-note) button[type="submit"]');
  await coordinator.keyboard.press("Enter");
  await expect(coordinator.locator("#decline-note")).toBeFocused();
  await expect(coordinator.locator("#decline-note")).toHaveAttribute("aria-invalid", "true");

  await tabTo(coordinator, "#approve-note", { back: true });
  await coordinator.keyboard.type("Welcome to the network (keyboard journey).");
  await tabTo(coordinator, 'form:has(#approve-note) button[type="submit"]');
  await coordinator.keyboard.press("Enter");
  await expect(coordinator).toHaveURL(/\?done=approve$/);
  await expect(coordinator.locator('main [role="status"]')).toBeVisible();
  await expectFocusAtStart(coordinator);
  const status = await withClient(
    async (client) => (await client.query("SELECT status FROM partnership_request WHERE reference = $1", [reference])).rows[0]?.status,
  );
  expect(status).toBe("APPROVED");
  await coordinator.context().close();
});
