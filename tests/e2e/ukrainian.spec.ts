import { expect, test, type Page } from "@playwright/test";
import { demoSignIn, en, expectConfirmation, requestForm, startsWith, uk, ukSearch } from "./support";

const filterForm = (page: Page) => page.getByRole("search", { name: uk.catalogue.filters.label });

test.describe("the portal in Ukrainian", () => {
  test("home → catalogue → filter → Львів → request → Ukrainian confirmation", async ({ page }) => {
    await page.goto("/uk");
    await expect(page.locator("html")).toHaveAttribute("lang", "uk");
    await expect(page.getByRole("heading", { level: 1, name: uk.home.title })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: uk.home.figures.title })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: uk.home.areasTitle })).toBeVisible();

    await page.getByRole("navigation", { name: uk.site.mainNav }).getByRole("link", { name: uk.site.nav.municipalities, exact: true }).click();
    await expect(page).toHaveURL(/\/uk\/municipalities$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "uk");
    await expect(page.getByRole("heading", { level: 1, name: uk.catalogue.title })).toBeVisible();
    const allCount = (await page.locator("#results-heading").innerText()).trim();

    await filterForm(page)
      .getByRole("checkbox", { name: startsWith(uk.areas.water) })
      .check();
    await filterForm(page).getByRole("searchbox", { name: ukSearch.search.filters.search, exact: true }).fill("Львів");
    await filterForm(page).getByRole("button", { name: uk.catalogue.filters.apply }).click();
    await expect(page).toHaveURL(/[?&]area=water(&|$)/);
    await expect(page.locator("#results-heading")).not.toHaveText(allCount);
    await page.locator("section[aria-labelledby=results-heading]").getByRole("link", { name: "Львів", exact: true }).click();

    await expect(page).toHaveURL(/\/uk\/municipalities\/lviv$/);
    await expect(page.getByRole("heading", { level: 1, name: "Львів", exact: true })).toBeVisible();
    const needs = page.getByRole("region", { name: uk.profile.needs });
    await expect(needs.getByText(uk.areas.energy, { exact: true })).toBeVisible();
    await expect(needs.getByText(uk.areas.water, { exact: true })).toBeVisible();
    await expect(page.getByRole("region", { name: uk.profile.partnerships, exact: true })).toContainText("Sindelfingen");

    await page.getByRole("link", { name: uk.profile.requestCta }).click();
    await expect(page).toHaveURL(/\/uk\/sign-in\?callbackUrl=/);
    await demoSignIn(page, "euStaff", "uk", { fromCurrentPage: true });
    await expect(page).toHaveURL(/\/uk\/municipalities\/lviv\/request$/);
    const f = requestForm(page, "uk");
    await expect(f.area("energy")).toHaveAccessibleName(`${uk.areas.energy} — ${uk.requestForm.neededByThem}`);
    await f.fillValid({ language: "uk" });
    await f.send();

    await expect(page.getByRole("heading", { name: uk.requestForm.sent.title })).toBeVisible();
    await expectConfirmation(page, "uk");
    await expect(page.getByText(uk.requestForm.sent.next)).toBeVisible();
    await expect(page.getByText(en.requestForm.sent.title)).toHaveCount(0);
  });

  test("validation messages are in Ukrainian", async ({ page }) => {
    await demoSignIn(page, "euStaff", "uk");
    await page.goto("/uk/municipalities/lviv/request");
    const f = requestForm(page, "uk");
    await f.submit.click();
    await expect(page.locator("#error-summary-title")).toBeVisible();
    await expect(f.field("consent")).toHaveAccessibleDescription(uk.requestForm.errors.consent);
    await expect(page.locator("#areas-error")).toHaveText(uk.requestForm.errors.areasMin);
  });
});
