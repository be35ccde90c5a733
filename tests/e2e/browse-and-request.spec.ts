import { expect, test, type Page } from "@playwright/test";
import {
  demoSignIn,
  en,
  enSearch,
  expectConfirmation,
  format,
  requestForm,
  startsWith,
  templatePattern,
  chooseLanguage,
  withdrawOpenTestRequests,
} from "./support";

const filterForm = (page: Page) => page.getByRole("search", { name: en.catalogue.filters.label });
const resultHeading = (page: Page) => page.locator("#results-heading");

test.describe("browse the catalogue and request a partnership (English)", () => {
  test("home → catalogue → filter by Energy → Lviv → request → confirmation", async ({ page }) => {
    await page.goto("/en");
    await expect(page.getByRole("heading", { level: 1, name: en.home.title })).toBeVisible();

    // The catalogue, from the main navigation.
    await page.getByRole("navigation", { name: en.site.mainNav }).getByRole("link", { name: en.site.nav.municipalities, exact: true }).click();
    await expect(page).toHaveURL(/\/en\/municipalities$/);
    await expect(page.getByRole("heading", { level: 1, name: en.catalogue.title })).toBeVisible();
    const allCount = (await resultHeading(page).innerText()).trim();
    expect(allCount).toMatch(/\d/);

    // Tick "Energy" and submit the filter form.
    const form = filterForm(page);
    const energy = form.getByRole("checkbox", { name: startsWith(en.areas.energy) });
    await energy.check();
    await form.getByRole("button", { name: en.catalogue.filters.apply }).click();
    await expect(page).toHaveURL(/[?&]area=energy(&|$)/);
    await expect(resultHeading(page)).not.toHaveText(allCount);
    await expect(filterForm(page).getByRole("checkbox", { name: startsWith(en.areas.energy) })).toBeChecked();
    const energyCount = (await resultHeading(page).innerText()).trim();
    expect(parseInt(energyCount.replace(/\D/g, ""), 10)).toBeLessThan(parseInt(allCount.replace(/\D/g, ""), 10));

    // Search Lviv by its name.
    await filterForm(page).getByRole("searchbox", { name: enSearch.search.filters.search, exact: true }).fill("Lviv");
    await filterForm(page).getByRole("button", { name: en.catalogue.filters.apply }).click();
    await expect(page).toHaveURL(/[?&]q=Lviv(&|$)/);
    await expect(page).toHaveURL(/[?&]area=energy(&|$)/);
    const results = page.locator("section[aria-labelledby=results-heading]");
    await results
      .getByRole("link", { name: /^Lviv\b/ })
      .first()
      .click();

    // The profile: what Lviv needs, and its partnership with Sindelfingen.
    await expect(page).toHaveURL(/\/en\/municipalities\/lviv$/);
    await expect(page.getByRole("heading", { level: 1, name: /^Lviv/ })).toBeVisible();
    const needs = page.getByRole("region", { name: en.profile.needs });
    await expect(needs.getByText(en.areas.energy, { exact: true })).toBeVisible();
    await expect(needs.getByText(en.areas.water, { exact: true })).toBeVisible();
    const partnerships = page.getByRole("region", { name: en.profile.partnerships, exact: true });
    await expect(partnerships.getByRole("listitem").filter({ hasText: "Sindelfingen" })).toBeVisible();

    // Requests are sent by signed-in staff: the visitor signs in (demo: Anna Berg of Sindelfingen) and comes back.
    await page.getByRole("link", { name: en.profile.requestCta }).click();
    await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Fen%2Fmunicipalities%2Flviv%2Frequest$/);
    // One open request per pair: an earlier spec's request to Lviv is withdrawn before the form is shown.
    await withdrawOpenTestRequests(new URL("/en/municipalities/lviv/request", page.url()).toString());
    await demoSignIn(page, "euStaff", "en", { fromCurrentPage: true });
    await expect(page).toHaveURL(/\/en\/municipalities\/lviv\/request$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Lviv");

    const f = requestForm(page);
    // Lviv's needs are marked in the form.
    await expect(f.area("energy")).toHaveAccessibleName(`${en.areas.energy} — ${en.requestForm.neededByThem}`);
    await expect(f.field("requesterName")).toHaveValue("Anna Berg");
    await f.area("energy").check();
    await f.area("water").check();
    await f.field("message").fill("Sindelfingen's public utility would like to share its experience with modular boiler houses.");
    await f.field("requesterRole").fill("Head of International Relations");
    await f.language("de").check();
    await f.language("en").check();
    await f.field("consent").check();
    await f.send();

    await expect(f.confirmation).toBeVisible();
    const reference = await expectConfirmation(page);
    expect(reference).toMatch(/^C4C-[A-Z0-9]{6}$/);
    await expect(page.getByText(en.requestForm.sent.next)).toBeVisible();
    // The form is gone: it cannot be sent again from this page.
    await expect(f.submit).toHaveCount(0);
  });

  test("the back button after filtering returns to the unfiltered view", async ({ page }) => {
    await page.goto("/en/municipalities");
    const allCount = (await resultHeading(page).innerText()).trim();

    await filterForm(page)
      .getByRole("checkbox", { name: startsWith(en.areas.energy) })
      .check();
    await filterForm(page).getByRole("button", { name: en.catalogue.filters.apply }).click();
    await expect(page).toHaveURL(/[?&]area=energy(&|$)/);
    await expect(resultHeading(page)).not.toHaveText(allCount);

    await page.goBack();
    await expect(page).toHaveURL(/\/en\/municipalities$/);
    await expect(resultHeading(page)).toHaveText(allCount);
    await expect(page.getByRole("link", { name: en.catalogue.clearFilters })).toHaveCount(0);

    // And forward again to the filtered view: the URL alone carries the filters.
    await page.goForward();
    await expect(page).toHaveURL(/[?&]area=energy(&|$)/);
    await expect(resultHeading(page)).not.toHaveText(allCount);
  });

  // The browser restores a form's state on history navigation unless the form says autoComplete="off".
  test("after Back, the filter form shows the filters of the view it returned to", async ({ page }) => {
    await page.goto("/en/municipalities");
    await filterForm(page)
      .getByRole("checkbox", { name: startsWith(en.areas.energy) })
      .check();
    await filterForm(page).getByRole("searchbox", { name: enSearch.search.filters.search, exact: true }).fill("Lviv");
    await filterForm(page).getByRole("button", { name: en.catalogue.filters.apply }).click();
    await expect(page).toHaveURL(/[?&]area=energy(&|$)/);

    await page.goBack();
    await expect(page).toHaveURL(/\/en\/municipalities$/);
    await expect(filterForm(page).getByRole("checkbox", { name: startsWith(en.areas.energy) })).not.toBeChecked({ timeout: 2000 });
    await expect(filterForm(page).getByRole("searchbox", { name: enSearch.search.filters.search, exact: true })).toHaveValue("");
  });

  test("a filtered view can be shared: opening its URL shows the same filters and results", async ({ page }) => {
    await page.goto("/en/municipalities?q=Lviv&area=energy&area=water&seeking=1");
    const form = filterForm(page);
    await expect(form.getByRole("searchbox", { name: enSearch.search.filters.search, exact: true })).toHaveValue("Lviv");
    await expect(form.getByRole("checkbox", { name: startsWith(en.areas.energy) })).toBeChecked();
    await expect(form.getByRole("checkbox", { name: startsWith(en.areas.water) })).toBeChecked();
    await expect(form.getByRole("checkbox", { name: en.catalogue.filters.seeking })).toBeChecked();
    await expect(page.locator("section[aria-labelledby=results-heading]").getByRole("link", { name: /^Lviv\b/ })).toBeVisible();
  });

  test("the counts agree: home figures, filter counts, results and the register", async ({ page }) => {
    const digits = (text: string) => Number(text.replace(/\D/g, ""));
    await page.goto("/en");
    // A figure's label as for any count above one.
    const figure = async (message: string) =>
      digits(
        await page
          .locator("dl > div")
          .filter({ has: page.getByText(format(message, { count: 2 }), { exact: true }) })
          .locator("dd")
          .innerText(),
      );
    const seeking = await figure(en.home.figures.seeking);
    const partnerships = await figure(en.home.figures.partnerships);
    expect(seeking).toBeGreaterThan(0);
    expect(partnerships).toBeGreaterThan(0);

    // The call to action opens the catalogue of those seeking partners: as many as the figure says.
    await page.getByRole("link", { name: en.home.cta }).click();
    await expect(page).toHaveURL(/[?&]seeking=1(&|$)/);
    expect(digits(await resultHeading(page).innerText())).toBe(seeking);

    // The count next to an area is the number of results once it is ticked, alone or with another.
    await page.goto("/en/municipalities");
    const countNextTo = async (area: string) =>
      digits(
        await filterForm(page)
          .locator("label")
          .filter({ has: page.getByRole("checkbox", { name: startsWith(area) }) })
          .innerText(),
      );
    const energyCount = await countNextTo(en.areas.energy);
    await page.goto("/en/municipalities?area=energy");
    expect(digits(await resultHeading(page).innerText())).toBe(energyCount);
    const bothCount = await countNextTo(en.areas.water);
    await page.goto("/en/municipalities?area=energy&area=water");
    expect(digits(await resultHeading(page).innerText())).toBe(bothCount);

    // The register lists every active partnership the home page counts.
    await page.goto("/en/partnerships");
    await expect(page.getByText(new RegExp(`^${partnerships}\\b`))).toBeVisible();
    await expect(page.getByRole("table").locator("tbody > tr")).toHaveCount(Math.min(partnerships, 50));
  });

  test("pages of a filtered view keep the filters", async ({ page }) => {
    await page.goto("/en/municipalities?area=energy");
    const pages = page.getByRole("navigation", { name: en.pagination.label });
    await expect(pages.getByText(templatePattern(en.pagination.status))).toHaveText(/1/);
    await pages.getByRole("link", { name: en.pagination.next }).click();
    await expect(page).toHaveURL(/[?&]page=2(&|$)/);
    await expect(page).toHaveURL(/[?&]area=energy(&|$)/);
    await expect(filterForm(page).getByRole("checkbox", { name: startsWith(en.areas.energy) })).toBeChecked();
    const status = await pages.getByText(templatePattern(en.pagination.status)).innerText();
    expect(status.match(templatePattern(en.pagination.status))![1]).toBe("2");
    await pages.getByRole("link", { name: en.pagination.previous }).click();
    await expect(page).not.toHaveURL(/[?&]page=/);
    await expect(page).toHaveURL(/[?&]area=energy(&|$)/);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the filter form and the language switcher work", async ({ page }) => {
      await page.goto("/en/municipalities");
      const allCount = (await resultHeading(page).innerText()).trim();
      await filterForm(page)
        .getByRole("checkbox", { name: startsWith(en.areas.energy) })
        .check();
      await filterForm(page).getByRole("checkbox", { name: en.catalogue.filters.seeking }).check();
      await filterForm(page).getByRole("button", { name: en.catalogue.filters.apply }).click();
      await expect(page).toHaveURL(/[?&]area=energy(&|$)/);
      await expect(page).toHaveURL(/[?&]seeking=1(&|$)/);
      await expect(resultHeading(page)).not.toHaveText(allCount);
      await chooseLanguage(page, "Українська");
      await expect(page).toHaveURL(/\/uk\/municipalities\?/);
      const url = new URL(page.url());
      expect(url.searchParams.getAll("area")).toEqual(["energy"]);
      expect(url.searchParams.get("seeking")).toBe("1");
    });
  });
});
