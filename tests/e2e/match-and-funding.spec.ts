import { expect, test } from "@playwright/test";
import { expectNoViolations } from "./a11y/axe";
import { demoSignIn } from "./support";

test.describe("partner suggestions", () => {
  test("Sindelfingen sees explained suggestions, each saying whether the hromada has a partner yet", async ({ page }) => {
    await page.goto("/en/match?for=sindelfingen");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Partner suggestions for Sindelfingen");
    const items = page.locator("main ol > li");
    expect(await items.count()).toBeGreaterThan(0);
    const first = items.first();
    await expect(first).toContainText(/\d+ shared areas?: /);
    await expect(first).toContainText(/no partner yet|already has a partner/);
    await first.getByText(/Programmes this pair may qualify for \(\d+\)/).click();
    expect(await first.locator("details a[href*='/funding#']").count()).toBeGreaterThan(0);
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    await expectNoViolations(page);
  });

  test("an unknown or Ukrainian municipality is a 404", async ({ page }) => {
    expect((await page.goto("/en/match?for=no-such-town"))?.status()).toBe(404);
    expect((await page.goto("/en/match?for=lviv"))?.status()).toBe(404);
    expect((await page.goto("/en/match?for=%3Cscript%3E"))?.status()).toBe(404);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the chooser is a plain form that puts the choice in the URL", async ({ page }) => {
      await page.goto("/en/match");
      await page.getByLabel("Your municipality").selectOption("sindelfingen");
      await page.getByRole("button", { name: "Show suggestions" }).click();
      await expect(page).toHaveURL(/\/en\/match\?for=sindelfingen$/);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Sindelfingen");
    });
  });
});

test.describe("funding programmes", () => {
  test.use({ javaScriptEnabled: false });

  test("filter by area and partner country through the URL", async ({ page }) => {
    await page.goto("/en/funding");
    await page.getByLabel("Cooperation area").selectOption("healthcare");
    await page.getByLabel("Country of the partner municipality").selectOption("PL");
    await page.getByRole("button", { name: "Show programmes" }).click();
    await expect(page).toHaveURL(/area=healthcare&country=PL/);
    await expect(page.getByRole("heading", { name: "Interreg NEXT Poland–Ukraine 2021–2027" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "ICLD Municipal Partnership Programme" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: /pl-ua\.eu/ })).toBeVisible();
  });

  test("tells open calls from closed ones: a passed deadline says so, and open calls come first", async ({ page }) => {
    await page.goto("/en/funding");
    const cerv = page.locator("article#cerv-town-twinning");
    await expect(cerv.getByRole("heading", { level: 3 })).toContainText("Deadline passed");
    await expect(cerv).toContainText(/The last deadline we know of, (19 September|September 19,) 2024, has passed/);
    await expect(page.getByText(/programmes? (is|are) open or ha(s|ve) recurring calls; \d+ ha(s|ve) no open call now\./)).toBeVisible();
    const statuses = await page.locator("article h3 span:last-child").allTextContents();
    const rank = (s: string) => ["Open call", "Recurring calls", "Deadline passed", "No open call"].indexOf(s.trim());
    expect(statuses.map(rank)).toEqual([...statuses.map(rank)].sort((x, y) => x - y));
    expect(statuses.map(rank)).not.toContain(-1);
  });

  test("bad parameters are reported, not an error", async ({ page }) => {
    const response = await page.goto("/en/funding?area=%3Cb%3Ex%3C%2Fb%3E&country=XX");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("status")).toContainText("“<b>x</b>” is not a cooperation area.");
  });

  test("descriptions are in Ukrainian on Ukrainian pages", async ({ page }) => {
    await page.goto("/uk/funding?country=SE");
    await expect(page.getByRole("heading", { name: "Програма муніципальних партнерств ICLD" })).toBeVisible();
    await expect(page.getByText("Трирічні партнерства шведської комуни")).toBeVisible();
  });

  test("the profile and the request form list programmes with their reasons", async ({ page }) => {
    await page.goto("/en/municipalities/lviv");
    await expect(page.getByText(/Programmes this pair may qualify for \(\d+\)/).first()).toBeVisible();
    // The request form is for signed-in EU staff.
    await demoSignIn(page, "euStaff");
    await page.goto("/en/municipalities/lviv/request");
    await expect(page.getByRole("heading", { name: "Programmes Lviv may qualify for" })).toBeVisible();
    // The requester's own municipality (Sindelfingen, Germany) is the partner side: a cross-border
    // programme of Poland and Ukraine is not offered to it.
    await expect(page.getByText(/partner in Germany/).first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Interreg NEXT Poland–Ukraine 2021–2027" })).toHaveCount(0);
  });
});
