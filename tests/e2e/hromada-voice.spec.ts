import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoViolations } from "./a11y/axe";
import voiceEn from "../../src/i18n/messages/features/voice.en.json" with { type: "json" };
import coordinatorEn from "../../src/i18n/messages/features/coordinator.en.json" with { type: "json" };
import profileEditorEn from "../../src/i18n/messages/features/profile-editor.en.json" with { type: "json" };
import { demoSignIn, en, expectConfirmation, format, requestForm, withdrawOpenTestRequests } from "./support";

const v = voiceEn.voice;
const c = coordinatorEn.coordinator;
const account = profileEditorEn.profileEditor.account;
const FORM_URL = "/en/municipalities/lviv/request";

test.beforeEach(async ({ baseURL }) => {
  await withdrawOpenTestRequests(new URL(FORM_URL, baseURL).toString());
});

// Each person in a context of their own (axe needs pages made from a context).
const pageFor = async (browser: Browser) => (await browser.newContext()).newPage();
/** The municipalities listed on /eu-municipalities. */
const results = (page: Page) => page.locator("section[aria-labelledby=results] > ul > li");

test("the hromada's editor answers “interested” to a request addressed to it, and the coordinators see the answer", async ({ browser }) => {
  test.setTimeout(120_000);
  // The demo staff of Sindelfingen send a request to Lviv.
  const staff = await pageFor(browser);
  await demoSignIn(staff, "euStaff");
  await staff.goto(FORM_URL);
  const form = requestForm(staff);
  await form.fillValid();
  await form.send();
  const reference = await expectConfirmation(staff);
  await staff.close();

  // Lviv's editor sees it on their account page as it arrived, and answers.
  const editor = await pageFor(browser);
  await demoSignIn(editor, "editor");
  const item = editor.getByRole("listitem").filter({ has: editor.getByRole("heading", { level: 4, name: new RegExp(`^${reference} `) }) });
  await expect(item).toBeVisible();
  await expect(item.getByText(v.answer.changeable)).toBeVisible();
  // "Not now" needs a reason: said at the field, nothing stored.
  await item.getByRole("radio", { name: v.answer.choices.NOT_NOW }).check();
  await item.getByRole("button", { name: v.answer.submit }).click();
  await expect(item.getByText(format(v.answer.errors.noteTooShort, { min: 10 }))).toBeVisible();
  await item.getByRole("radio", { name: v.answer.choices.INTERESTED }).check();
  await item.getByRole("button", { name: v.answer.submit }).click();
  await expect(item.getByRole("status").filter({ hasText: v.answer.saved })).toBeVisible();
  await expectNoViolations(editor);
  await editor.reload();
  const answered = editor.getByRole("listitem").filter({ has: editor.getByRole("heading", { level: 4, name: new RegExp(`^${reference} `) }) });
  await expect(answered.getByText(new RegExp(`^Answered: ${v.answer.choices.INTERESTED}, on `))).toBeVisible();
  await expect(answered.getByRole("button", { name: v.answer.change })).toBeVisible();
  await editor.close();

  // The coordinator sees it on the review page, with its line in the history.
  const coordinator = await pageFor(browser);
  await demoSignIn(coordinator, "coordinator");
  await coordinator.goto(`/en/coordinator/requests/${reference}`);
  const section = coordinator.getByRole("region", { name: v.review.title });
  await expect(section).toContainText(new RegExp(`^${v.review.title}${v.answer.choices.INTERESTED}, answered on `));
  const history = coordinator.getByRole("table").filter({ has: coordinator.locator("caption", { hasText: c.request.historyCaption }) });
  await expect(history).toContainText(v.history.answered);
  await expectNoViolations(coordinator);
  await coordinator.close();
});

test("a hromada's editor finds an EU municipality by its filters and proposes a partnership; the coordinator sees it in the queue", async ({ page }) => {
  test.setTimeout(120_000);
  await demoSignIn(page, "editor");
  await page.getByRole("link", { name: v.browse.findPartner }).click();
  await expect(page.getByRole("heading", { level: 1, name: v.browse.title })).toBeVisible();
  await expectNoViolations(page);
  await page.getByLabel(v.browse.country).selectOption({ label: "Sweden" });
  await page.getByRole("button", { name: v.browse.apply }).click();
  await expect(page).toHaveURL(/country=SE/);
  const first = results(page).first();
  const name = (await first.getByRole("heading", { level: 3 }).getByRole("link").textContent())!.trim();
  await expect(first).toContainText("Sweden");
  await first.getByRole("link", { name: format(v.browse.propose, { name }) }).click();

  await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^${format(v.propose.title, { name })}`) })).toBeVisible();
  const form = requestForm(page);
  await form.fillValid({ language: "en" });
  // A proposal is sent at once: its form has no check-your-answers step yet.
  await form.submit.click();
  const reference = await expectConfirmation(page);

  // The editor follows it as their own request.
  await page.goto("/en/account");
  await expect(page.getByRole("row").filter({ hasText: reference })).toContainText(name);

  await page.context().clearCookies();
  await demoSignIn(page, "coordinator");
  await page.goto("/en/coordinator/requests?status=SUBMITTED");
  const last = page.getByText(/^Page 1 of (\d+)$/);
  const pages = (await last.count()) > 0 ? Number(/of (\d+)$/.exec((await last.textContent())!)![1]) : 1;
  if (pages > 1) await page.goto(`/en/coordinator/requests?status=SUBMITTED&page=${pages}`);
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: reference }) });
  await expect(row).toContainText(v.queue.proposed);
  await expect(row).toContainText(name);
  await row.getByRole("link", { name: reference }).click();
  await expect(page.getByRole("region", { name: v.review.title })).toContainText(format(v.review.proposed, { hromada: "Lviv" }));
});

test("proposing is for a hromada's editors: the staff of an EU municipality are told who may", async ({ page }) => {
  await demoSignIn(page, "euStaff");
  await page.goto("/en/eu-municipalities?country=SE");
  await expect(page.getByRole("link", { name: /^Propose a partnership/ })).toHaveCount(0);
  const href = await results(page).first().getByRole("heading", { level: 3 }).getByRole("link").getAttribute("href");
  await page.goto(`${href}/propose`);
  await expect(page.getByRole("status")).toContainText("Only a hromada's editors can propose a partnership");
  await expect(page.getByRole("button", { name: en.requestForm.submit })).toHaveCount(0);
});

test("Sindelfingen's staff read the hromadas' proposals to it on their account page, with the proposer's profile and no answer to give", async ({ page }) => {
  await demoSignIn(page, "euStaff");
  const own = page.getByRole("region", { name: format(account.eu.title, { name: "Sindelfingen" }) });
  await expect(own.getByRole("heading", { level: 3, name: account.eu.requests })).toBeVisible();
  // The demo seed's proposal (prisma/seed/dataset.ts, buildProposal): the proposing hromada is linked to its public profile.
  const item = own
    .getByRole("listitem")
    .filter({ hasText: /C4C-[A-Z0-9]{6}/ })
    .first();
  const proposer = item.getByRole("heading", { level: 4 }).getByRole("link");
  await expect(proposer).toHaveAttribute("href", /^\/en\/municipalities\/[a-z0-9-]+$/);
  const name = (await proposer.textContent())!.trim();
  await expect(item.getByText(account.status, { exact: true })).toBeVisible();
  // The hromada's answer is the hromada's: no form, no answer shown.
  await expect(item.getByRole("radio")).toHaveCount(0);
  await expect(item.getByRole("heading", { name: v.answer.title })).toHaveCount(0);
  // Finding a partner to propose to is a hromada's tool.
  await expect(page.getByRole("link", { name: v.browse.findPartner })).toHaveCount(0);
  // The link leads to the proposer's profile.
  await proposer.click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
});
