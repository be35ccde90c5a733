import { expect, test } from "@playwright/test";
import { demoSignIn } from "./support";

// Coordinators keep the funding programmes; the public funding page reads what they keep.
test.describe("a coordinator keeps the funding programmes", () => {
  test.use({ javaScriptEnabled: false });

  test("edits a programme's last-checked date, retires one and brings it back, and /funding shows each", async ({ page }) => {
    await demoSignIn(page, "coordinator");
    await page.getByRole("link", { name: "Funding programmes", exact: true }).click();
    await expect(page).toHaveURL(/\/en\/coordinator\/funding$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Funding programmes");

    await page.getByRole("link", { name: "EU4Health", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edit EU4Health");
    await page.getByLabel("Last checked against the source").fill("2026-12-01");
    await page.getByRole("button", { name: "Save the programme" }).click();
    await expect(page.getByRole("status")).toHaveText("Your changes to EU4Health were saved.");
    await expect(page.locator("tr#eu4health")).toContainText("Dec 1, 2026");

    await page.goto("/en/funding");
    await expect(page.locator("article#eu4health")).toContainText("December 1, 2026");
    await expect(page.locator("article#bridges-of-trust")).toHaveCount(1);

    await page.goto("/en/coordinator/funding");
    await page.getByRole("button", { name: "Retire Bridges of Trust (CEMR and PLATFORMA)" }).click();
    await expect(page.getByRole("status")).toContainText("Bridges of Trust (CEMR and PLATFORMA) was retired");
    await expect(page.locator("tr#bridges-of-trust")).toContainText("Retired");
    await page.goto("/en/funding");
    await expect(page.locator("article#bridges-of-trust")).toHaveCount(0);
    await expect(page.locator("article#eu4health")).toHaveCount(1);

    // Brought back, for the other specs and as a coordinator would after retiring by mistake.
    await page.goto("/en/coordinator/funding");
    await page.getByRole("button", { name: "Bring back Bridges of Trust (CEMR and PLATFORMA)" }).click();
    await expect(page.getByRole("status")).toContainText("shows again on the funding page");
    await page.goto("/en/funding");
    await expect(page.locator("article#bridges-of-trust")).toHaveCount(1);
  });

  test("a programme with mistakes is refused field by field, and nothing is saved", async ({ page }) => {
    await demoSignIn(page, "coordinator");
    await page.goto("/en/coordinator/funding/eu4health");
    await page.getByLabel("Name in English").fill("");
    await page.getByLabel("Organisations a project needs at least").fill("2");
    await page.getByLabel("From at least this many countries").fill("5");
    await page.getByLabel("Regions that limit a country").fill("Podkarpackie");
    await page.getByRole("button", { name: "Save the programme" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "fields need correcting" });
    await expect(summary).toContainText("3 fields need correcting");
    await expect(page.getByLabel("Name in English")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Write a whole number from 1 to 100, not above the number of organisations.")).toBeVisible();
    await expect(page.getByText("Write one line per country")).toBeVisible();
    // What was typed stays, to be corrected.
    await expect(page.getByLabel("Regions that limit a country")).toHaveValue("Podkarpackie");
    await page.goto("/en/funding");
    await expect(page.getByRole("heading", { name: /^EU4Health/ })).toBeVisible();
  });

  test("EU staff and editors find no such page", async ({ page }) => {
    await demoSignIn(page, "euStaff");
    expect((await page.goto("/en/coordinator/funding"))?.status()).toBe(404);
    expect((await page.goto("/en/coordinator/funding/eu4health"))?.status()).toBe(404);
  });
});
