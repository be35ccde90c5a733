import { expect, test, type Page } from "@playwright/test";
import { routing } from "../../src/i18n/routing";
import { catalogueFor, chooseLanguage, en, startsWith, uk } from "./support";

/** Where the portal's root sends a visitor with these request headers (the first redirect). */
async function landing(page: Page, headers: Record<string, string>): Promise<string> {
  const response = await page.request.get("/", { headers, maxRedirects: 0 });
  expect(response.status()).toBeGreaterThanOrEqual(300);
  expect(response.status()).toBeLessThan(400);
  return new URL(response.headers()["location"], "http://portal.invalid").pathname;
}

const catalogueOf = (locale: string) => catalogueFor(locale).catalogue;
const filterForm = (page: Page, locale: string) => page.getByRole("search", { name: catalogueOf(locale).filters.label });

test.describe("choosing the language", () => {
  test("the path first, then the remembered choice, then Accept-Language, then English", async ({ page }) => {
    expect(await landing(page, { "accept-language": "de-CH,de;q=0.9,en;q=0.5" })).toBe("/de");
    expect(await landing(page, { "accept-language": "ro-MD" })).toBe("/ro");
    expect(await landing(page, { "accept-language": "ja,zh;q=0.8" })).toBe("/en");
    expect(await landing(page, {})).toBe("/en");

    // Opening a page in Polish remembers Polish, over the browser's German.
    const polish = await page.request.get("/pl/municipalities", { headers: { "accept-language": "de" } });
    expect(polish.status()).toBe(200);
    const cookie = polish.headers()["set-cookie"] ?? "";
    expect(cookie).toMatch(/NEXT_LOCALE=pl/);
    expect(cookie).toMatch(/Max-Age=31536000/i);
    expect(await landing(page, { "accept-language": "de", cookie: "NEXT_LOCALE=pl" })).toBe("/pl");
    // A path in another language still wins over the remembered one.
    const swedish = await page.request.get("/sv/municipalities", { headers: { cookie: "NEXT_LOCALE=pl" } });
    expect(swedish.status()).toBe(200);
    expect(await swedish.text()).toContain('<html lang="sv"');
  });

  test("every page names its other languages, with English as the default", async ({ page }) => {
    await page.goto("/fr/municipalities/lviv");
    const alternates = await page
      .locator('head link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((l) => [l.getAttribute("hreflang"), new URL(l.getAttribute("href")!).pathname]));
    expect(alternates).toEqual([...routing.locales.map((l) => [l, `/${l}/municipalities/lviv`]), ["x-default", "/en/municipalities/lviv"]]);
  });

  for (const locale of routing.locales) {
    test(`the home page in ${locale} is marked as ${locale} and titled in it`, async ({ page }) => {
      await page.goto(`/${locale}`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      const home = catalogueFor(locale).home;
      await expect(page.getByRole("heading", { level: 1, name: home.title })).toBeVisible();
    });
  }
});

test.describe("the language menu", () => {
  test("names every language in itself and keeps the page and its filters", async ({ page }) => {
    await page.goto("/en/municipalities?area=energy&seeking=1");
    const menu = page.getByRole("banner").locator("details:has(a[hreflang])");
    await menu.locator("summary").click();
    for (const locale of routing.locales) {
      const link = menu.locator(`a[hreflang="${locale}"]`);
      await expect(link).toHaveAttribute("lang", locale);
      await expect(link).toHaveText(en.site.languageSwitcher.names[locale]);
    }
    await expect(menu.locator('a[aria-current="true"]')).toHaveAttribute("hreflang", "en");
    await menu.getByRole("link", { name: "Deutsch", exact: true }).click();

    await expect(page).toHaveURL(/\/de\/municipalities\?/);
    const url = new URL(page.url());
    expect(url.searchParams.getAll("area")).toEqual(["energy"]);
    expect(url.searchParams.get("seeking")).toBe("1");
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    const de = catalogueFor("de");
    await expect(filterForm(page, "de").getByRole("checkbox", { name: startsWith(de.areas.energy) })).toBeChecked();
    await expect(filterForm(page, "de").getByRole("checkbox", { name: de.catalogue.filters.seeking })).toBeChecked();
  });

  test("keeps repeated parameters and a Cyrillic search, and closes with Escape", async ({ page }) => {
    await page.goto("/uk/municipalities?q=%D0%9B%D1%8C%D0%B2%D1%96%D0%B2&area=energy&area=water");
    const menu = page.getByRole("banner").locator("details:has(a[hreflang])");
    await menu.locator("summary").focus();
    await page.keyboard.press("Enter");
    await expect(menu).toHaveAttribute("open", "");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Escape");
    await expect(menu).not.toHaveAttribute("open", "");
    await expect(menu.locator("summary")).toBeFocused();

    await chooseLanguage(page, "English");
    await expect(page).toHaveURL(/\/en\/municipalities\?/);
    const url = new URL(page.url());
    expect(url.pathname).toBe("/en/municipalities");
    expect(url.searchParams.get("q")).toBe("Львів");
    expect(url.searchParams.getAll("area").sort()).toEqual(["energy", "water"]);
    await expect(page.locator("section[aria-labelledby=results-heading]").getByRole("link", { name: /^Lviv\b/ })).toBeVisible();
  });

  test("keeps a profile page", async ({ page }) => {
    await page.goto("/en/municipalities/lviv");
    await chooseLanguage(page, "Українська");
    await expect(page).toHaveURL(/\/uk\/municipalities\/lviv$/);
    await expect(page.getByRole("heading", { level: 1, name: "Львів", exact: true })).toBeVisible();
  });
});

test.describe("Ukrainian names and local formats on other languages' pages", () => {
  test("a Polish profile marks the Ukrainian name as Ukrainian, and numbers and dates follow Polish", async ({ page }) => {
    await page.goto("/pl/municipalities/lviv");
    const heading = page.getByRole("heading", { level: 1 });
    await expect(heading).toContainText("Lviv");
    await expect(heading.locator('[lang="uk"]')).toHaveText(/Львів/);
    // Polish groups thousands with a no-break space: 717 273, never 717,273.
    const pl = catalogueFor("pl");
    const population = page.locator("dt", { hasText: pl.profile.facts.population }).locator("+ dd");
    await expect(population).toHaveText(/^\d{3}[\u00a0\u202f]\d{3}$/);
  });

  test("Ukrainian counts take their own plural forms; German ones theirs", async ({ page }) => {
    await page.goto("/uk/municipalities?q=zzzzzz");
    await expect(page.locator("#results-heading")).toHaveText(uk.catalogue.resultCount.match(/=0 \{([^}]*)\}/)![1]);
    await page.goto("/de/municipalities?q=Lviv");
    const de = catalogueFor("de");
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.locator("#results-heading")).not.toHaveText(/municipalit/i);
    expect(de.catalogue.resultCount).not.toBe(en.catalogue.resultCount);
  });
});
