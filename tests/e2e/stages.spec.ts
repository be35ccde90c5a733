import { expect, type Page, test } from "@playwright/test";
import { expectNoViolations } from "./a11y/axe";
import accountsEn from "../../src/i18n/messages/features/accounts.en.json" with { type: "json" };
import accountsUk from "../../src/i18n/messages/features/accounts.uk.json" with { type: "json" };
import partnershipsEn from "../../src/i18n/messages/features/partnerships.en.json" with { type: "json" };
import partnershipsUk from "../../src/i18n/messages/features/partnerships.uk.json" with { type: "json" };
import auditEn from "../../src/i18n/messages/features/audit.en.json" with { type: "json" };
import auditUk from "../../src/i18n/messages/features/audit.uk.json" with { type: "json" };
import stageProposalsEn from "../../src/i18n/messages/features/stage-proposals.en.json" with { type: "json" };
import stageProposalsUk from "../../src/i18n/messages/features/stage-proposals.uk.json" with { type: "json" };
import { en, format, uk } from "./support";

// Runs against a server in demo mode with the demo data (Lviv and Sindelfingen are partners).
const text = {
  en: { accounts: accountsEn.accounts, p: partnershipsEn.partnerships, audit: auditEn.audit, sp: stageProposalsEn.stageProposals, core: en, lviv: "Lviv" },
  uk: { accounts: accountsUk.accounts, p: partnershipsUk.partnerships, audit: auditUk.audit, sp: stageProposalsUk.stageProposals, core: uk, lviv: "Львів" },
} as const;
const ORDER = ["INTRODUCED", "IN_CONTACT", "LETTER_OF_INTENT", "AGREEMENT_SIGNED", "JOINT_PROJECT", "FUNDED"] as const;
type Stage = (typeof ORDER)[number];

async function signInAs(page: Page, locale: "en" | "uk", role: "editor" | "euStaff" | "coordinator") {
  const t = text[locale].accounts;
  await page.goto(`/${locale}/sign-in`);
  await page.getByRole("button", { name: format(t.signIn.demo.as, { role: t.signIn.demo.roles[role] }) }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/${role === "coordinator" ? "coordinator" : "account"}$`));
}

/**
 * Opens the Lviv–Sindelfingen partnership from Lviv's profile, which links each partnership's
 * stage to its page (the registry lists the newest first, so other specs' approvals can move
 * this old partnership to its second page).
 */
async function openLvivSindelfingen(page: Page, locale: "en" | "uk") {
  await page.goto(`/${locale}/municipalities/lviv`);
  const item = page.locator('section[aria-labelledby="partnerships"] li').filter({ hasText: "Sindelfingen" });
  await expect(item).toHaveCount(1);
  await item.getByRole("link").first().click();
}

for (const locale of ["en", "uk"] as const) {
  const { p, audit, core, sp } = text[locale];
  const stageName = (s: Stage) => core.stage[s];

  test(`the editor of Lviv proposes Lviv–Sindelfingen's next stage, Sindelfingen's staff confirm it; the coordinator finds it in the audit log (${locale})`, async ({
    page,
    browser,
  }) => {
    await signInAs(page, locale, "editor");
    await openLvivSindelfingen(page, locale);
    await expect(page).toHaveURL(new RegExp(`/${locale}/partnerships/\\d+$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(text[locale].lviv);

    const current = page.getByRole("list", { name: p.steps.label }).locator('[aria-current="step"]');
    await expect(current).toHaveCount(1);
    const shown = ((await current.textContent()) ?? "").trim();
    const from = ORDER.find((s) => shown === stageName(s) || shown.startsWith(`${stageName(s)} (`));
    expect(from, "the current stage is an active one").toBeDefined();
    const to = ORDER[ORDER.indexOf(from!) + 1];
    expect(to, "there is a stage after the current one").toBeDefined();
    await expectNoViolations(page);

    const note = `Moved on in the ${locale} test ${Date.now()}`;
    await page.getByLabel(p.form.stage).selectOption({ label: stageName(to) });
    await page.getByLabel(p.form.note).fill(note);
    await page.getByRole("button", { name: sp.form.submit }).click();
    await expect(page.getByRole("status").filter({ hasText: format(sp.done.proposed, { stage: stageName(to), other: "Sindelfingen" }) })).toBeVisible();
    // Nothing moves until the other side confirms.
    await expect(current).toContainText(stageName(from!));
    const partnershipUrl = page.url().replace(/[?#].*$/, "");

    const staffContext = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    const staff = await staffContext.newPage();
    await signInAs(staff, locale, "euStaff");
    await staff.goto(partnershipUrl);
    await staff.getByRole("button", { name: sp.open.confirm }).click();
    await expect(staff.getByRole("status").filter({ hasText: format(p.page.moved, { stage: stageName(to) }) })).toBeVisible();
    await staffContext.close();

    await page.goto(partnershipUrl);
    await expect(current).toContainText(stageName(to));
    const history = page.getByRole("table").filter({ has: page.locator("caption", { hasText: p.history.captionDetailed }) });
    await expect(history.getByRole("row").filter({ hasText: note })).toContainText(format(p.history.move, { from: stageName(from!), to: stageName(to) }));
    const id = partnershipUrl.split("/").pop()!;

    // Lviv's public profile shows the new stage, linked to the partnership's page.
    await page.goto(`/${locale}/municipalities/lviv`);
    await expect(page.locator('section[aria-labelledby="partnerships"] li').filter({ hasText: "Sindelfingen" }).getByRole("link").first()).toHaveText(
      stageName(to),
    );

    // The coordinator, in another browser session, finds the move in the audit log.
    const coordinatorContext = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    const coordinator = await coordinatorContext.newPage();
    await signInAs(coordinator, locale, "coordinator");
    await coordinator.goto(`/${locale}/coordinator`);
    await coordinator.getByRole("link", { name: audit.link }).click();
    await expect(coordinator.getByRole("heading", { level: 1, name: audit.title })).toBeVisible();
    await coordinator.getByLabel(audit.actionLabel).selectOption({ label: audit.actions.partnership.decideStage });
    await coordinator.getByRole("button", { name: audit.apply }).click();
    await expect(coordinator).toHaveURL(/action=partnership\.decideStage/);
    const newest = coordinator.getByRole("table").getByRole("row").nth(1);
    await expect(newest).toContainText("Anna Berg");
    await expect(newest).toContainText(audit.actions.partnership.decideStage);
    await expect(newest).toContainText(audit.outcomes.ALLOWED);
    // The partnership is named by its pair, linked to its page.
    const pair = newest.getByRole("link", { name: `${locale === "uk" ? "Львів" : "Lviv"} – Sindelfingen` });
    await expect(pair).toHaveAttribute("href", new RegExp(`/partnerships/${id}$`));
    await expectNoViolations(coordinator);

    // The coordinator puts it back at once (their move needs no confirmation), leaving the demo data as it was.
    await coordinator.goto(partnershipUrl);
    await coordinator.getByLabel(p.form.stage).selectOption({ label: stageName(from!) });
    await coordinator.getByRole("button", { name: p.form.submit }).click();
    await expect(coordinator.getByRole("status").filter({ hasText: format(p.page.moved, { stage: stageName(from!) }) })).toBeVisible();
    await coordinatorContext.close();
  });
}

test("an anonymous visitor sees the stage and its history but no form and no notes; the audit log sends them to sign in", async ({ page }) => {
  const p = text.en.p;
  await openLvivSindelfingen(page, "en");
  await expect(page.getByRole("list", { name: p.steps.label }).locator('[aria-current="step"]')).toHaveCount(1);
  await expect(page.getByRole("button", { name: p.form.submit })).toHaveCount(0);
  await expect(page.getByRole("columnheader", { name: p.history.columns.note })).toHaveCount(0);
  expect((await page.goto("/en/partnerships/999999999"))?.status()).toBe(404);
  await page.goto("/en/coordinator/audit");
  await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Fen%2Fcoordinator%2Faudit$/);
});

test("the audit log is a 404 for the editor, and says which filters it ignored to a coordinator", async ({ page }) => {
  await signInAs(page, "en", "editor");
  expect((await page.goto("/en/coordinator/audit"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: auditEn.audit.title })).toHaveCount(0);
  await page.context().clearCookies();
  await signInAs(page, "en", "coordinator");
  const response = await page.goto("/en/coordinator/audit?outcome=MAYBE&from=2026-13-45&page=-1");
  expect(response?.status()).toBe(200);
  const notice = page.getByRole("status").filter({ hasText: auditEn.audit.ignored.title });
  await expect(notice).toContainText(auditEn.audit.ignored.outcome);
  await expect(notice).toContainText(auditEn.audit.ignored.from);
  await expect(notice).toContainText(auditEn.audit.ignored.page);
  await expect(page.locator("#main").getByRole("link", { name: auditEn.audit.back })).toHaveAttribute("href", "/en/coordinator");
});
