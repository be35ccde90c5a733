import { expect, test } from "@playwright/test";
import { expectNoViolations } from "./a11y/axe";
import accountsEn from "../../src/i18n/messages/features/accounts.en.json" with { type: "json" };
import editorEn from "../../src/i18n/messages/features/profile-editor.en.json" with { type: "json" };
import { format } from "./support";

const a = accountsEn.accounts;
const t = editorEn.profileEditor;

// Runs against a server in demo mode (the embedded database, or DEMO_MODE=1), with the demo data.
test.describe("the editor of Lviv keeps the profile current", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/en/sign-in");
    await page.getByRole("button", { name: format(a.signIn.demo.as, { role: a.signIn.demo.roles.editor }) }).click();
    await expect(page).toHaveURL(/\/en\/account$/);
  });

  test("sees the requests addressed to Lviv, fixes a refused save and saves a change the public profile shows", async ({ page }) => {
    await expect(page.getByRole("heading", { level: 2, name: format(t.account.title, { name: "Lviv" }) })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: t.account.requests })).toBeVisible();
    await expectNoViolations(page);
    await page.getByRole("link", { name: t.account.edit }).click();
    await expect(page).toHaveURL(/\/en\/municipalities\/lviv\/edit$/);

    // A Cyrillic name in the English field is refused at the field, and nothing else is lost.
    const nameEn = page.getByLabel(t.fields.nameEn, { exact: true });
    await nameEn.fill("Львів");
    const description = page.getByLabel(t.fields.descriptionEn, { exact: true });
    const original = await description.inputValue();
    const text = `Lviv keeps its profile current: checked on ${Date.now()}.`;
    await description.fill(text);
    await page.getByRole("button", { name: t.save }).click();
    await expect(page.getByRole("alert").filter({ has: page.getByRole("link", { name: t.fields.nameEn }) })).toBeVisible();
    await expect(nameEn).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText(t.errors.latin)).toBeVisible();
    await expect(description).toHaveValue(text);
    await expectNoViolations(page);

    await nameEn.fill("Lviv");
    await page.getByRole("button", { name: t.save }).click();
    await expect(page.getByRole("status").filter({ hasText: t.saved })).toBeVisible();

    await page.getByRole("button", { name: t.confirmation.confirm }).click();
    await expect(page.getByText(t.confirmation.done)).toBeVisible();

    await page.goto("/en/municipalities/lviv");
    await expect(page.getByText(text)).toBeVisible();

    // Leave the demo profile as it was for the other specs.
    await page.getByRole("link", { name: t.account.edit }).click();
    await description.fill(original);
    await page.getByRole("button", { name: t.save }).click();
    await expect(page.getByRole("status").filter({ hasText: t.saved })).toBeVisible();
  });

  test("the account and editor pages in Ukrainian pass axe", async ({ page }) => {
    await page.goto("/uk/account");
    await expect(page.getByRole("heading", { level: 2, name: /Львів/ })).toBeVisible();
    await expectNoViolations(page);
    await page.goto("/uk/municipalities/lviv/edit");
    await expect(page.getByRole("heading", { level: 1, name: /Львів/ })).toBeVisible();
    await expectNoViolations(page);
  });

  test("cannot open another municipality's profile for editing", async ({ page }) => {
    await page.goto("/en/municipalities/stryi");
    await expect(page.getByRole("heading", { level: 1, name: /^Stryi/ })).toBeVisible();
    await expect(page.getByRole("link", { name: t.account.edit })).toHaveCount(0);
    const refused = await page.goto("/en/municipalities/stryi/edit");
    expect(refused?.status()).toBe(404);
    await expect(page.getByRole("button", { name: t.save })).toHaveCount(0);
  });
});
