import { expect, type Browser, type Page, test } from "@playwright/test";
import { expectNoViolations } from "./a11y/axe";
import accountsEn from "../../src/i18n/messages/features/accounts.en.json" with { type: "json" };
import accountsUk from "../../src/i18n/messages/features/accounts.uk.json" with { type: "json" };
import partnershipsEn from "../../src/i18n/messages/features/partnerships.en.json" with { type: "json" };
import partnershipsUk from "../../src/i18n/messages/features/partnerships.uk.json" with { type: "json" };
import stageProposalsEn from "../../src/i18n/messages/features/stage-proposals.en.json" with { type: "json" };
import stageProposalsUk from "../../src/i18n/messages/features/stage-proposals.uk.json" with { type: "json" };
import { en, format, uk } from "./support";

// Runs against a server in demo mode with the demo data: Lviv (its editor Olena Demchenko) and
// Sindelfingen (its staff member Anna Berg) are partners.
const ORDER = ["INTRODUCED", "IN_CONTACT", "LETTER_OF_INTENT", "AGREEMENT_SIGNED", "JOINT_PROJECT", "FUNDED"] as const;
type Stage = (typeof ORDER)[number];
const accounts = { en: accountsEn.accounts, uk: accountsUk.accounts };

async function signedIn(browser: Browser, locale: "en" | "uk", role: "editor" | "euStaff" | "coordinator", width = 1280): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, viewport: { width, height: 800 } });
  const page = await context.newPage();
  const t = accounts[locale];
  await page.goto(`/${locale}/sign-in`);
  await page.getByRole("button", { name: format(t.signIn.demo.as, { role: t.signIn.demo.roles[role] }) }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/${role === "coordinator" ? "coordinator" : "account"}$`));
  return page;
}

/** The Lviv–Sindelfingen partnership's page (in English), found from Lviv's public profile. */
async function partnershipUrl(page: Page): Promise<string> {
  await page.goto("/en/municipalities/lviv");
  await page.locator('section[aria-labelledby="partnerships"] li').filter({ hasText: "Sindelfingen" }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/en\/partnerships\/\d+$/);
  return page.url().replace(/[?#].*$/, "");
}

const currentOf = (page: Page, label: string) => page.getByRole("list", { name: label }).locator('[aria-current="step"]');

test("Sindelfingen's staff propose the next stage; Lviv's editor confirms it on a 320 px phone, in Ukrainian; the public page then shows it", async ({
  browser,
  page,
}) => {
  const p = partnershipsEn.partnerships;
  const sp = stageProposalsEn.stageProposals;
  const url = await partnershipUrl(page);
  const shown = ((await currentOf(page, p.steps.label).textContent()) ?? "").trim();
  const from = ORDER.find((s) => shown === en.stage[s] || shown.startsWith(`${en.stage[s]} (`)) as Stage;
  expect(from, "the current stage is an active one").toBeDefined();
  const to = ORDER[ORDER.indexOf(from) + 1];
  expect(to, "there is a stage after the current one").toBeDefined();

  // The EU side proposes: the page says who is to confirm; nothing moves on the public page.
  const staff = await signedIn(browser, "en", "euStaff");
  await staff.goto(url);
  await staff.getByLabel(p.form.stage).selectOption({ label: en.stage[to] });
  await staff.getByLabel(p.form.note).fill("Proposed by the stage confirmation test.");
  await staff.getByRole("button", { name: sp.form.submit }).click();
  await expect(staff.getByRole("status").filter({ hasText: format(sp.done.proposed, { stage: en.stage[to], other: "Lviv" }) })).toBeVisible();
  await expect(staff.getByText(format(sp.open.waiting, { other: "Lviv" }))).toBeVisible();
  await expect(staff.getByRole("button", { name: sp.open.confirm })).toHaveCount(0);
  await page.goto(url);
  await expect(currentOf(page, p.steps.label)).toContainText(en.stage[from]);
  await expect(page.getByText(sp.open.title)).toHaveCount(0);

  // The Ukrainian side confirms, on a phone, in Ukrainian.
  const editor = await signedIn(browser, "uk", "editor", 320);
  await editor.goto(url.replace("/en/", "/uk/"));
  await expect(editor.getByRole("heading", { name: stageProposalsUk.stageProposals.open.title })).toBeVisible();
  expect(await editor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectNoViolations(editor);
  await editor.getByRole("button", { name: stageProposalsUk.stageProposals.open.confirm }).click();
  await expect(currentOf(editor, partnershipsUk.partnerships.steps.label)).toContainText(uk.stage[to]);
  expect(await editor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  // The public page shows the confirmed stage and its move, without the note.
  await page.goto(url);
  await expect(currentOf(page, p.steps.label)).toContainText(en.stage[to]);
  const history = page.getByRole("table").filter({ has: page.locator("caption", { hasText: p.history.caption }) });
  await expect(history.getByRole("row").last()).toContainText(format(p.history.move, { from: en.stage[from], to: en.stage[to] }));
  await expect(page.getByText("Proposed by the stage confirmation test.")).toHaveCount(0);

  // The coordinator puts it back at once, leaving the demo data as it was.
  const coordinator = await signedIn(browser, "en", "coordinator");
  await coordinator.goto(url);
  await coordinator.getByLabel(p.form.stage).selectOption({ label: en.stage[from] });
  await coordinator.getByRole("button", { name: p.form.submit }).click();
  await expect(coordinator.getByRole("status").filter({ hasText: format(p.page.moved, { stage: en.stage[from] }) })).toBeVisible();
  for (const other of [staff, editor, coordinator]) await other.context().close();
});
