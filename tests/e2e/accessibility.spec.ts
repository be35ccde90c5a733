import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import accountsEn from "../../src/i18n/messages/features/accounts.en.json" with { type: "json" };
import accountsUk from "../../src/i18n/messages/features/accounts.uk.json" with { type: "json" };
import coordinatorEn from "../../src/i18n/messages/features/coordinator.en.json" with { type: "json" };
import auditEn from "../../src/i18n/messages/features/audit.en.json" with { type: "json" };
import auditUk from "../../src/i18n/messages/features/audit.uk.json" with { type: "json" };
import privacyEn from "../../src/i18n/messages/features/privacy.en.json" with { type: "json" };
import privacyUk from "../../src/i18n/messages/features/privacy.uk.json" with { type: "json" };
import { demoSignIn, en, expectConfirmation, format, requestForm, requestsMessages, uk } from "./support";

const accounts = { en: accountsEn.accounts, uk: accountsUk.accounts };

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Runs axe on the page as it is now; fails listing each violation with where to fix it. */
async function expectNoViolations(page: Page, what: string) {
  const { violations, passes } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(passes.length, "axe ran its rules on the page").toBeGreaterThan(0);
  const report = violations
    .map((v) =>
      [
        `• ${v.id} (${v.impact ?? "unknown impact"}): ${v.help}`,
        `  ${v.helpUrl}`,
        ...v.nodes.map((n) => `  - ${n.target.join(" ")}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, "\n      ")}` : ""}`),
      ].join("\n"),
    )
    .join("\n");
  if (violations.length > 0) console.log(`axe violations on ${what} (${page.url()}):\n${report}`);
  expect(violations.map((v) => v.id), `axe violations on ${what} (${page.url()}):\n${report}`).toEqual([]);
}

/** Pages reached by their address alone, with what to wait for before the check. */
const pages: { name: string; path: string; status?: number; heading: string | RegExp }[] = [
  { name: "home (en)", path: "/en", heading: en.home.title },
  { name: "home (uk)", path: "/uk", heading: uk.home.title },
  { name: "catalogue (en)", path: "/en/municipalities", heading: en.catalogue.title },
  { name: "catalogue (uk)", path: "/uk/municipalities", heading: uk.catalogue.title },
  { name: "catalogue filtered by energy and water", path: "/en/municipalities?area=energy&area=water", heading: en.catalogue.title },
  { name: "catalogue, no results", path: "/en/municipalities?q=zzzzzz", heading: en.catalogue.title },
  { name: "catalogue, ignored filters", path: "/en/municipalities?area=nonsense&page=99999", heading: en.catalogue.title },
  { name: "profile of Lviv (en)", path: "/en/municipalities/lviv", heading: /^Lviv/ },
  { name: "profile of Lviv (uk)", path: "/uk/municipalities/lviv", heading: "Львів" },
  { name: "partnerships (en)", path: "/en/partnerships", heading: en.registry.title },
  { name: "partnerships (uk)", path: "/uk/partnerships", heading: uk.registry.title },
  { name: "sign-in (en)", path: "/en/sign-in", heading: accounts.en.signIn.title },
  { name: "sign-in (uk)", path: "/uk/sign-in", heading: accounts.uk.signIn.title },
  { name: "sign-in, link no longer valid", path: "/en/sign-in?error=Verification", heading: accounts.en.signIn.title },
  { name: "check your e-mail", path: "/en/sign-in/check-email", heading: accounts.en.checkEmail.title },
  { name: "account deleted", path: "/en/account-deleted", heading: privacyEn.privacy.delete.done.title },
  { name: "development mailbox (demo mode)", path: "/en/dev/mailbox", heading: accounts.en.mailbox.title },
  { name: "not found (en)", path: "/en/municipalities/no-such-place", status: 404, heading: en.notFound.title },
  { name: "not found (uk)", path: "/uk/no-such-page", status: 404, heading: uk.notFound.title },
];

test.describe("accessibility (axe, WCAG 2.1 A and AA)", () => {
  for (const { name, path, status, heading } of pages) {
    test(name, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(status ?? 200);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await page.waitForLoadState("networkidle");
      await expectNoViolations(page, name);
    });
  }

  test("account page of the demo editor (uk)", async ({ page }) => {
    const t = accounts.uk;
    await page.goto("/uk/sign-in");
    await page.getByRole("button", { name: format(t.signIn.demo.as, { role: t.signIn.demo.roles.editor }) }).click();
    await expect(page.getByRole("heading", { level: 1, name: t.account.title })).toBeVisible();
    await page.waitForLoadState("networkidle");
    await expectNoViolations(page, "account page");
  });

  test("delete-account page (uk), and its error", async ({ page }) => {
    const t = accounts.uk;
    await page.goto("/uk/sign-in");
    await page.getByRole("button", { name: format(t.signIn.demo.as, { role: t.signIn.demo.roles.euStaff }) }).click();
    await expect(page.getByRole("heading", { level: 1, name: t.account.title })).toBeVisible();
    await page.goto("/uk/account/delete");
    await expect(page.getByRole("heading", { level: 1, name: privacyUk.privacy.delete.title })).toBeVisible();
    await expectNoViolations(page, "delete-account page");
    await page.getByRole("button", { name: privacyUk.privacy.delete.submit }).click();
    await expect(page.getByText(privacyUk.privacy.delete.errors.confirmation)).toBeVisible();
    await expectNoViolations(page, "delete-account page with its error");
  });

  test("profile of Lviv with its contact person, as staff of its partner Sindelfingen", async ({ page }) => {
    const t = accounts.en;
    await page.goto("/en/sign-in");
    await page.getByRole("button", { name: format(t.signIn.demo.as, { role: t.signIn.demo.roles.euStaff }) }).click();
    await expect(page.getByRole("heading", { level: 1, name: t.account.title })).toBeVisible();
    await page.goto("/en/municipalities/lviv");
    await expect(page.getByRole("region", { name: privacyEn.privacy.contact.title }).getByRole("link", { name: /@/ })).toBeVisible();
    await expectNoViolations(page, "profile with contact person");
  });

  test("contact erasure page (coordinator)", async ({ page }) => {
    const t = accounts.en;
    await page.goto("/en/sign-in");
    await page.getByRole("button", { name: format(t.signIn.demo.as, { role: t.signIn.demo.roles.coordinator }) }).click();
    await expect(page.getByRole("heading", { level: 1, name: t.account.title })).toBeVisible();
    await page.goto("/en/coordinator/municipalities/lviv/contact");
    await expect(page.getByRole("heading", { level: 1, name: /Lviv/ })).toBeVisible();
    await expectNoViolations(page, "contact erasure page");
  });

  test("coordinator workspace", async ({ page }) => {
    const t = accounts.en;
    await page.goto("/en/sign-in");
    await page.getByRole("button", { name: format(t.signIn.demo.as, { role: t.signIn.demo.roles.coordinator }) }).click();
    await page.goto("/en/coordinator");
    await expect(page.getByRole("heading", { level: 1, name: coordinatorEn.coordinator.queue.title })).toBeVisible();
    await expectNoViolations(page, "coordinator workspace");
  });

  for (const locale of ["en", "uk"] as const) {
    test(`partnership page of Lviv and Sindelfingen (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}/partnerships`);
      const row = page.getByRole("row").filter({ hasText: "Sindelfingen" }).filter({ hasText: locale === "en" ? "Lviv" : "Львів" });
      await row.getByRole("link").last().click();
      await expect(page).toHaveURL(/\/partnerships\/\d+$/);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Sindelfingen");
      await page.waitForLoadState("networkidle");
      await expectNoViolations(page, `partnership page (${locale})`);
    });

    test(`audit log (${locale})`, async ({ page }) => {
      const t = accounts[locale];
      const audit = locale === "en" ? auditEn.audit : auditUk.audit;
      await page.goto(`/${locale}/sign-in`);
      await page.getByRole("button", { name: format(t.signIn.demo.as, { role: t.signIn.demo.roles.coordinator }) }).click();
      await expect(page.getByRole("heading", { level: 1, name: t.account.title })).toBeVisible();
      await page.goto(`/${locale}/coordinator/audit?outcome=nonsense`);
      await expect(page.getByRole("heading", { level: 1, name: audit.title })).toBeVisible();
      await expect(page.getByRole("status").filter({ hasText: audit.ignored.outcome })).toBeVisible();
      await expectNoViolations(page, `audit log (${locale})`);
    });
  }

  test("sign-in form with an invalid address", async ({ page }) => {
    const t = accounts.en.signIn;
    await page.goto("/en/sign-in");
    await page.getByLabel(t.emailLabel).fill("nonsense");
    await page.getByRole("button", { name: t.submit }).click();
    await expect(page.getByText(t.invalidEmail)).toBeVisible();
    await expectNoViolations(page, "sign-in form with an error");
  });

  for (const locale of ["en", "uk"] as const) {
    test(`request form, empty, as EU staff (${locale})`, async ({ page }) => {
      await demoSignIn(page, "euStaff", locale);
      await page.goto(`/${locale}/municipalities/lviv/request`);
      await expect(page.getByRole("heading", { level: 1, name: locale === "en" ? /Lviv/ : /Львів/ })).toBeVisible();
      await page.waitForLoadState("networkidle");
      await expectNoViolations(page, `request form (${locale})`);
    });
  }

  test("request form page for a signed-in person who is not EU staff", async ({ page }) => {
    await demoSignIn(page, "editor");
    await page.goto("/en/municipalities/lviv/request");
    await expect(page.getByRole("heading", { level: 2, name: requestsMessages.en.noMembership.title })).toBeVisible();
    await expectNoViolations(page, "request form page without an EU membership");
  });

  test("request form with validation errors", async ({ page }) => {
    await demoSignIn(page, "euStaff");
    await page.goto("/en/municipalities/lviv/request");
    const f = requestForm(page);
    await f.field("message").fill("Too short");
    await f.field("requesterRole").fill("X");
    await f.submit.click();
    await expect(page.getByRole("alert").filter({ has: page.locator("#error-summary-title") })).toBeFocused();
    await expectNoViolations(page, "request form with errors");
  });

  test("request confirmation, my requests and one request's page", async ({ page }) => {
    await demoSignIn(page, "euStaff");
    await page.goto("/en/municipalities/lviv/request");
    const f = requestForm(page);
    await f.fillValid();
    await f.submit.click();
    const reference = await expectConfirmation(page);
    await expectNoViolations(page, "request confirmation");
    await page.goto("/en/account");
    await expect(page.getByRole("heading", { level: 2, name: requestsMessages.en.mine.title })).toBeVisible();
    await expectNoViolations(page, "account page with my requests");
    await page.goto(`/uk/account/requests/${reference}`);
    await expect(page.getByRole("heading", { level: 1, name: format(requestsMessages.uk.detail.title, { reference }) })).toBeVisible();
    await expectNoViolations(page, "my request's page (uk)");
  });
});

test.describe("keyboard", () => {
  for (const locale of ["en", "uk"] as const) {
    test(`the skip link is the first Tab stop and moves focus to main (${locale})`, async ({ page }) => {
      const skip = locale === "en" ? en.site.skipToContent : uk.site.skipToContent;
      await page.goto(`/${locale}/municipalities`);
      await page.waitForLoadState("networkidle");
      await page.keyboard.press("Tab");
      const link = page.getByRole("link", { name: skip });
      await expect(link).toBeFocused();
      await expect(link).toHaveAttribute("href", "#main");
      // Visible when focused, so that sighted keyboard users see where they are.
      await expect(link).toBeInViewport();
      await page.keyboard.press("Enter");
      await expect(page.locator("main#main")).toBeFocused();
      // The next Tab stop is inside main, not back in the header.
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.closest("main")?.id ?? null)).toBe("main");
    });
  }

  test("the request form can be filled and sent with the keyboard alone", async ({ page }) => {
    await demoSignIn(page, "euStaff");
    await page.goto("/en/municipalities/lviv/request");
    const f = requestForm(page);
    await f.submit.focus();
    await page.keyboard.press("Enter");
    const summary = page.getByRole("alert").filter({ has: page.locator("#error-summary-title") });
    await expect(summary).toBeFocused();
    // From the summary, a link takes the focus to the field in error.
    await summary.getByRole("link", { name: en.requestForm.fields.consent }).focus();
    await page.keyboard.press("Enter");
    await expect(f.field("consent")).toBeFocused();
    await page.keyboard.press("Space");
    await expect(f.field("consent")).toBeChecked();
  });
});
