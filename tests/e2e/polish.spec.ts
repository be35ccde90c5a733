// Friction and polish (issue 19): what people noticed when they tried the portal as its users.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { en, format, uk } from "./support";
import { expectNoViolations } from "./a11y/axe";
import mapEn from "../../src/i18n/messages/features/map.en.json" with { type: "json" };

const catalogueResults = (page: Page) => page.locator('section[aria-labelledby="results-heading"] > ul > li');

test.describe("finding and choosing", () => {
  test("the home page's area chips open the catalogue of those seeking partners", async ({ page }) => {
    await page.goto("/en");
    const water = page.getByRole("link", { name: en.areas.water, exact: true });
    await expect(water).toHaveAttribute("href", "/en/municipalities?area=water&seeking=1");
    await water.click();
    await expect(catalogueResults(page).first()).toContainText(en.catalogue.seeksPartners);
    await expect(page.getByText(en.catalogue.notSeeking)).toHaveCount(0);
  });

  test("without a chosen order, those seeking partners come first", async ({ page }) => {
    await page.goto("/en/municipalities");
    const seeking = await catalogueResults(page).evaluateAll(
      (items, label) => items.map((li) => li.textContent!.includes(label as string)),
      en.catalogue.seeksPartners,
    );
    expect(seeking[0]).toBe(true);
    // every seeking result before every other
    expect(seeking).toEqual([...seeking].sort((a, b) => Number(b) - Number(a)));
  });

  for (const javaScriptEnabled of [true, false]) {
    test(`applying filters leaves no empty parameters in the address (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto("/en/municipalities");
      const form = page.getByRole("search", { name: en.catalogue.filters.label });
      await form.getByRole("checkbox", { name: new RegExp(`^${en.areas.water}`) }).check();
      await form.getByRole("button", { name: en.catalogue.filters.apply }).click();
      await expect(page).toHaveURL(/\/en\/municipalities\?area=water$/);
      await expect(page.getByRole("heading", { level: 2, name: /^\d+ municipalit/ })).toBeVisible();
      await context.close();
    });
  }

  test("a link with empty parameters is redirected to the clean address, keeping what was chosen", async ({ page }) => {
    const response = await page.goto("/en/municipalities?q=&area=energy&direction=&type=&sort=");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(/\/en\/municipalities\?area=energy$/);
    await page.goto("/en/funding?area=&country=SE&oblast=");
    await expect(page).toHaveURL(/\/en\/funding\?country=SE$/);
  });

  test("on a desktop the Show results button is on screen without scrolling, and works", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto("/en/municipalities");
    const apply = page.getByRole("button", { name: en.catalogue.filters.apply });
    await expect(apply).toBeInViewport();
    await page.getByRole("checkbox", { name: new RegExp(`^${en.areas.energy}`) }).check();
    await apply.click();
    await expect(page).toHaveURL(/\?area=energy$/);
    await context.close();
  });

  test("regions are named in the reader's language", async ({ page }) => {
    await page.goto("/sv/municipalities/lviv");
    await expect(
      page
        .locator("header")
        .filter({ has: page.locator("h1") })
        .getByText("Lviv oblast"),
    ).toBeVisible();
    await page.goto("/de/municipalities?oblast=lviv");
    // Oblasts are ticked in a list now (several at once).
    await expect(page.locator('label:has(input[name="oblast"]:checked)')).toContainText("Oblast Lwiw");
    await expect(catalogueResults(page).first()).toContainText("Oblast Lwiw");
    await page.goto("/pl/map");
    await expect(page.getByRole("link", { name: /^obwód lwowski: / })).toHaveCount(1);
  });

  test("the map shows where one area is needed, with round bands in its legend", async ({ page }) => {
    const m = mapEn.map;
    await page.goto("/en/map");
    await page.getByLabel(m.area.label).selectOption("water");
    await page.getByRole("button", { name: m.area.show }).click();
    await expect(page).toHaveURL(/\/en\/map\?area=water$/);
    const legendTitle = format(m.area.legendTitle, { area: en.areas.water });
    await expect(page.getByText(legendTitle, { exact: true })).toBeVisible();
    const lviv = page.locator('figure svg a[data-region="lviv"]');
    await expect(lviv).toHaveAttribute("href", "/en/municipalities?oblast=lviv&area=water&direction=need");
    const count = Number((await lviv.getAttribute("aria-label"))!.match(/: (\d+) municipalit/)![1]);
    await lviv.click();
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^${count} municipalit`) })).toBeVisible();
    // Round bounds: every range in the legend starts at 0, 1, 5, 10, 20, 50, …
    await page.goto("/en/map?area=water");
    const labels = await page.getByRole("list", { name: legendTitle }).getByRole("listitem").allTextContents();
    const starts = labels
      .map((l) => l.match(/^(\d+)/)?.[1])
      .filter(Boolean)
      .map(Number);
    expect(starts.length).toBeGreaterThan(1);
    for (const start of starts) expect([0, 1, 5, 10, 20, 50, 100, 200, 500]).toContain(start);
    await expectNoViolations(page);
  });

  test("'Shown in English' appears once on a profile, above the first text not in the reader's language", async ({ page }) => {
    const t = JSON.parse(readFileSync(new URL("../../src/i18n/messages/features/profile-languages.sv.json", import.meta.url), "utf8")).profileLanguages;
    await page.goto("/sv/municipalities/lviv");
    await expect(page.getByText(t.noTextYet.sv)).toHaveCount(1);
    // Lviv has German texts: on the German page the description is German, so the notice, if
    // any, is not in its section.
    const de = JSON.parse(readFileSync(new URL("../../src/i18n/messages/features/profile-languages.de.json", import.meta.url), "utf8")).profileLanguages;
    await page.goto("/de/municipalities/lviv");
    expect(await page.getByText(de.noTextYet.de).count()).toBeLessThanOrEqual(1);
    await expect(page.locator('section[aria-labelledby="about"]').getByText(de.noTextYet.de)).toHaveCount(0);
  });
});

test.describe("print", () => {
  test("a profile prints on at most two A4 pages, with its name and needs on the first", async ({ page }) => {
    await page.goto("/en/municipalities/lviv");
    const name = (await page.locator("h1").innerText()).trim();
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);

    // What the print shows: the page as Chromium lays it out for print, at an A4 page's width
    // (210 mm less the stylesheet's 2 × 14 mm margins, at 96 px an inch).
    const mm = 96 / 25.4;
    await page.setViewportSize({ width: Math.floor((210 - 28) * mm), height: Math.floor((297 - 30) * mm) });
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: en.site.mainNav })).toBeHidden();
    await expect(page.locator("body > footer")).toBeHidden();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    const needs = page.locator("#needs");
    await expect(needs).toBeVisible();
    const firstPage = (297 - 30) * mm;
    const needsEnd = await page.locator('section[aria-labelledby="needs"]').evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
    expect(needsEnd, "the needs end on the first page").toBeLessThan(firstPage);
    await expect(page.getByRole("link", { name: en.profile.requestCta })).toBeHidden();
  });

  test("a partnership prints on at most two A4 pages", async ({ page }) => {
    await page.goto("/en/partnerships");
    await page
      .getByRole("table")
      .getByRole("row")
      .nth(1)
      .getByRole("link", { name: new RegExp(Object.values(en.stage).join("|")) })
      .click();
    await expect(page).toHaveURL(/\/en\/partnerships\/\d+$/);
    const pdf = await page.pdf({ format: "A4" });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });
});

test.describe("phones", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the header's links are behind a menu button that opens without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/uk");
    const nav = page.getByRole("navigation", { name: uk.site.mainNav });
    const map = nav.getByRole("link", { name: "Мапа" });
    await expect(map).toBeHidden();
    await nav.getByText(uk.site.menu, { exact: true }).click();
    await expect(map).toBeVisible();
    await map.click();
    await expect(page).toHaveURL(/\/uk\/map$/);
    await context.close();
  });

  test("the menu button is reached and opened with the keyboard, with a visible focus", async ({ page }) => {
    await page.goto("/en");
    const summary = page.getByRole("navigation", { name: en.site.mainNav }).locator("summary");
    await summary.focus();
    await expect(summary).toBeFocused();
    const outline = await summary.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe("none");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("navigation", { name: en.site.mainNav }).getByRole("link", { name: en.site.nav.partnerships })).toBeVisible();
    await expectNoViolations(page);
  });

  test("the registry's link to each partnership is on screen at 390 px", async ({ page }) => {
    await page.goto("/en/partnerships");
    const link = page
      .getByRole("table")
      .getByRole("row")
      .nth(1)
      .getByRole("link", { name: new RegExp(Object.values(en.stage).join("|")) });
    await expect(link).toBeInViewport();
  });
});
