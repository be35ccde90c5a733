import { expect, test } from "@playwright/test";
import { expectNoViolations } from "./a11y/axe";

type Figures = {
  partnershipsByCountry: { country: string; partnerships: number }[];
  seekingByOblast: { oblast: string; nameEn: string; seeking: number }[];
  areas: { area: string; needed: number; offered: number }[];
};

test.describe("statistics and open data", () => {
  test("each chart is an image named by its heading and described by its table, which holds the API's figures", async ({ page, request }) => {
    await page.goto("/en");
    await page.getByRole("contentinfo").getByRole("link", { name: "Statistics and open data" }).click();
    await expect(page).toHaveURL(/\/en\/statistics$/);
    await expect(page.getByRole("heading", { level: 1, name: "Statistics and open data" })).toBeVisible();

    const charts = page.getByRole("img");
    for (const name of [
      "Partnerships per country",
      "Partnerships per year",
      "Areas needed and offered",
      "Requests per month",
      "Time to a decision",
      "Hromadas seeking partners per oblast",
    ]) {
      const chart = charts.filter({ has: page.locator("title", { hasText: name }) });
      await expect(chart).toHaveCount(1);
      await expect(chart).toHaveAccessibleName(`${name} Bar chart. The same figures are in the table “${await captionNear(page, name)}”.`);
    }

    const figures = ((await (await request.get("/api/v1/figures")).json()) as { data: Figures }).data;
    const byCountry = page.getByRole("table", { name: "Active partnerships by the partner's country" });
    await expect(byCountry.locator("tbody tr")).toHaveCount(figures.partnershipsByCountry.length);
    const germany = figures.partnershipsByCountry.find((r) => r.country === "DE")!;
    await expect(byCountry.getByRole("row", { name: /^Germany/ }).getByRole("cell")).toHaveText([String(germany.partnerships)]);

    const seeking = page.getByRole("table", { name: /seeking partners, per oblast/ });
    await expect(seeking.locator("tbody tr")).toHaveCount(27);
    const lviv = figures.seekingByOblast.find((r) => r.oblast === "lviv")!;
    await expect(seeking.getByRole("row", { name: /^Lviv Oblast/ }).getByRole("cell")).toHaveText([String(lviv.seeking)]);

    const areas = page.getByRole("table", { name: /needing and offering/ });
    const energy = figures.areas.find((r) => r.area === "energy")!;
    await expect(areas.getByRole("row", { name: /^Energy/ }).getByRole("cell")).toHaveText([String(energy.needed), String(energy.offered)]);
    // The two series differ by pattern, not only by colour, and the legend says which is which.
    await expect(page.getByRole("list", { name: "Legend" }).first().getByRole("listitem")).toHaveText(["Needed", "Offered"]);
    await expectNoViolations(page);
  });

  test("the catalogue's results download with its filters applied", async ({ page, request }) => {
    await page.goto("/en/municipalities?area=energy&area=water&oblast=lviv");
    const count = Number((await page.locator("#results-heading").textContent())!.match(/[\d,]+/)![0].replace(/,/g, ""));
    const href = (await page.getByRole("link", { name: "Results as JSON" }).getAttribute("href"))!;
    expect(href).toBe("/api/v1/municipalities?area=energy&area=water&oblast=lviv&download=json");
    const file = (await (await request.get(href)).json()) as { data: { oblast: { slug: string }; needs: string[]; offers: string[] }[]; total: number };
    expect(file.total).toBe(count);
    for (const m of file.data) expect(m.oblast.slug).toBe("lviv");
    const csv = await request.get((await page.getByRole("link", { name: "Results as CSV" }).getAttribute("href"))!);
    expect((await csv.body()).toString("utf8").split("\r\n")).toHaveLength(count + 2);
  });

  test("fits a 320 px screen without scrolling sideways, in the longest languages", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    for (const locale of ["uk", "de", "ro"]) {
      await page.goto(`/${locale}/statistics`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, locale).toBeLessThanOrEqual(0);
    }
  });

  test("every download link answers with a file: CSV with a byte order mark, JSON with the licence", async ({ page, request }) => {
    await page.goto("/uk/statistics");
    const links = await page.locator("main a[download]").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    expect(links.length).toBe(12 + 8);
    for (const href of links) {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      expect(response.headers()["content-disposition"], href).toMatch(/^attachment; filename="cities4cities-[\w-]+\.(csv|json)"$/);
      const body = await response.body();
      if (href.includes("download=csv")) {
        expect([...body.subarray(0, 3)], href).toEqual([0xef, 0xbb, 0xbf]);
        expect(body.toString("utf8"), href).toMatch(/\r\n$/);
      } else {
        expect(JSON.parse(body.toString("utf8")).meta.licence.id, href).toBe("CC-BY-4.0");
      }
    }
    const feed = await request.get((await page.locator('a[type="application/atom+xml"]').getAttribute("href"))!);
    expect(feed.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    expect(await feed.text()).toContain('xml:lang="uk"');
  });
});

/** The caption of the table in the same section as the chart headed `heading`. */
async function captionNear(page: import("@playwright/test").Page, heading: string): Promise<string> {
  const section = page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: heading, exact: true }) });
  return (await section.locator("caption").textContent())!.trim();
}
