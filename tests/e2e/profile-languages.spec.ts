// Profile texts in several languages (issue #5, item 2): the visitor's language where the profile
// has it, else English, else Ukrainian; marked with its language and, when it is not the page's,
// announced; machine translations labelled. The demo seeds Lviv in German and Polish and Kyiv in
// German (marked machine-translated) and Polish (prisma/seed/translations.ts).
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { format } from "./support";

type Catalogue = { in: Record<string, string>; noTextYet: Record<string, string>; fallback: string; machineTranslated: string };

/** This feature's messages in one interface locale. */
function messagesOf(locale: string): Catalogue {
  const file = new URL(`../../src/i18n/messages/features/profile-languages.${locale}.json`, import.meta.url);
  return JSON.parse(readFileSync(file, "utf8")).profileLanguages;
}

const about = (page: Page) => page.locator('section[aria-labelledby="about"]');
const GERMAN_LVIV = "Lwiw ist das Verwaltungszentrum der Oblast Lwiw";
const GERMAN_KYIV = "Kyjiw, die Hauptstadt der Ukraine";

test("in English and Ukrainian, the profile shows its own text in each, marked with its language and no notice", async ({ page }) => {
  for (const locale of ["en", "uk"] as const) {
    const t = messagesOf(locale);
    await page.goto(`/${locale}/municipalities/kyiv`);
    await expect(about(page).locator(`p[lang="${locale}"]`)).toHaveCount(1);
    await expect(page.locator("#needs ~ ul [lang]").first()).toHaveAttribute("lang", locale);
    await expect(about(page).getByText(t.machineTranslated)).toHaveCount(0);
    await expect(page.getByText(format(t.fallback, { in: t.in.en, noTextYet: t.noTextYet[locale] }))).toHaveCount(0);
  }
});

test("a German visitor reads the German description, in the page's language, and a machine translation is labelled", async ({ page }) => {
  const t = messagesOf("de");
  await page.goto("/de/municipalities/lviv");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  const text = about(page).getByText(GERMAN_LVIV);
  await expect(text).toBeVisible();
  // lang absent (inherits the page's) or matching.
  expect(await text.evaluate((el) => el.closest("[lang]")?.getAttribute("lang"))).toBe("de");
  await expect(about(page).getByText(t.machineTranslated, { exact: true })).toHaveCount(0);
  // A German need detail is German; Lviv has one for energy.
  await expect(page.getByText("Modulare Heizhäuser, damit die Fernwärme weiterläuft")).toHaveAttribute("lang", "de");

  await page.goto("/de/municipalities/kyiv");
  await expect(about(page).getByText(GERMAN_KYIV)).toBeVisible();
  await expect(about(page).getByText(t.machineTranslated, { exact: true })).toBeVisible();
});

test("a Swedish visitor reads the English description, marked lang=en, and is told there is no Swedish text yet", async ({ page }) => {
  const t = messagesOf("sv");
  await page.goto("/sv/municipalities/lviv");
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  const description = about(page).locator('p[lang="en"]');
  await expect(description).toHaveCount(1);
  await expect(description).toContainText(/\w{3,}/);
  await expect(about(page).getByText(format(t.fallback, { in: t.in.en, noTextYet: t.noTextYet.sv }))).toBeVisible();
  await expect(about(page).getByText(GERMAN_LVIV)).toHaveCount(0);
  // Kyiv's English is not machine-translated (only its German is): no label.
  await page.goto("/sv/municipalities/kyiv");
  await expect(about(page).locator('p[lang="en"]')).toHaveCount(1);
  await expect(about(page).getByText(t.machineTranslated, { exact: true })).toHaveCount(0);
});
