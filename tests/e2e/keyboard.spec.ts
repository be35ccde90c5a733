// Keyboard-only use: the skip link, and the request form's error summary.
import { expect, test } from "@playwright/test";
import { demoSignIn, en, requestForm, uk } from "./support";

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
