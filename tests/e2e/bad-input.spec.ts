import { expect, test } from "@playwright/test";
import { en, format, templatePattern, uk } from "./support";

const noResults = format(en.catalogue.resultCount, { count: 0, formatted: "0" });

test.describe("bad input and missing pages", () => {
  test("hostile URLs get a 4xx, never a 500; hostile query strings are ignored on a page that answers", async ({ request }) => {
    for (const [path, status] of [
      ["/en/%E0%A4%A", 400],
      ["/%E0%A4%A", 400],
      ["/en/municipalities/%00", 400],
      ["/en/municipalities/no-such-place%0A", 400],
      ["/en/match?for=%27", 404],
    ] as const) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(status);
    }
    for (const path of ["/en/municipalities?q=%00%01&page=1e99&sort=%00", "/en/map?view=%27"]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(200);
    }
  });

  test("a post that no portal page sent is refused with a 4xx before any action runs", async ({ page, request, baseURL }) => {
    const { actionIdsOfBuild } = await import("./matrix/endpoints");
    const id = actionIdsOfBuild()["/[locale]/sign-in#requestSignInLinkAction"];
    expect(id).toBeTruthy();
    const email = `origin.${Date.now()}@example.org`;
    // The sign-in form exactly as a browser without JavaScript would post it.
    await page.goto("/en/sign-in");
    const fields = await page
      .locator("form")
      .filter({ has: page.locator("input[type=email]") })
      .first()
      .evaluate((f) => [...new FormData(f as HTMLFormElement).entries()].map(([k, v]) => [k, String(v)] as [string, string]));
    const noJsForm = () => Object.fromEntries(fields.map(([k, v]) => [k, k === "email" ? email : v]));
    const mails = async () => (await (await request.get("/en/dev/mailbox")).text()).split(email).length - 1;
    // A form posted without JavaScript: no Origin and no Referer, then another site's.
    expect((await request.post("/en/sign-in", { multipart: noJsForm(), maxRedirects: 0 })).status()).toBe(403);
    expect((await request.post("/en/sign-in", { multipart: noJsForm(), headers: { origin: "https://evil.example" }, maxRedirects: 0 })).status()).toBe(403);
    expect(
      (await request.post("/en/sign-in", { multipart: noJsForm(), headers: { referer: "https://evil.example/en/sign-in" }, maxRedirects: 0 })).status(),
    ).toBe(403);
    // A server action called by script (Next-Action): without Origin, from another site, and with a garbage body.
    const reply = JSON.stringify(["$undefined", { email }]);
    const action = { "next-action": id!, "content-type": "text/plain;charset=UTF-8" };
    expect((await request.post("/en/sign-in", { data: reply, headers: action, maxRedirects: 0 })).status()).toBe(403);
    expect((await request.post("/en/sign-in", { data: reply, headers: { ...action, origin: "https://evil.example" }, maxRedirects: 0 })).status()).toBe(403);
    expect((await request.post("/en/sign-in", { data: "garbage", headers: { ...action, origin: baseURL! }, maxRedirects: 0 })).status()).toBe(400);
    expect(
      (await request.post("/en/sign-in", { data: reply, headers: { ...action, "next-action": "not-an-id", origin: baseURL! }, maxRedirects: 0 })).status(),
    ).toBe(400);
    expect(await mails()).toBe(0);
    // The portal's own page, by Referer alone (a browser that sends no Origin), still works.
    const own = await request.post("/en/sign-in", { multipart: noJsForm(), headers: { referer: `${baseURL}/en/sign-in` }, maxRedirects: 0 });
    expect(own.status()).toBeLessThan(400);
    expect(await mails()).toBeGreaterThan(0);
  });

  test("an unknown area and a page far out of range: a notice, and results", async ({ page }) => {
    const response = await page.goto("/en/municipalities?area=nonsense&page=99999");
    expect(response?.status()).toBe(200);

    const notice = page.getByRole("status").filter({ hasText: en.catalogue.ignored.title });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(format(en.catalogue.ignored.area, { value: "nonsense" }));

    const results = page.locator("section[aria-labelledby=results-heading]");
    await expect(results.getByRole("heading", { level: 3 }).first()).toBeVisible();
    expect(await results.getByRole("heading", { level: 3 }).count()).toBeGreaterThan(0);
    await expect(page.getByText(en.catalogue.empty.title)).toHaveCount(0);
    // The last page is shown, and says so.
    const pagination = page.getByRole("navigation", { name: en.pagination.label });
    const status = (await pagination.getByText(templatePattern(en.pagination.status)).innerText()).trim();
    const [, current, last] = status.match(templatePattern(en.pagination.status))!;
    expect(Number(current)).toBeGreaterThan(1);
    expect(current).toBe(last);
  });

  test("a search that matches nothing shows the empty state with a way back", async ({ page }) => {
    const response = await page.goto("/en/municipalities?q=zzzzzz");
    expect(response?.status()).toBe(200);
    await expect(page.locator("#results-heading")).toHaveText(noResults);
    await expect(page.getByText(en.catalogue.empty.title)).toBeVisible();
    await expect(page.getByText(en.catalogue.empty.body)).toBeVisible();
    const clear = page.getByRole("link", { name: en.catalogue.clearFilters });
    await expect(clear.first()).toBeVisible();
    for (const link of await clear.all()) await expect(link).toHaveAttribute("href", "/en/municipalities");
    await clear.last().click();
    await expect(page).toHaveURL(/\/en\/municipalities$/);
    await expect(page.locator("#results-heading")).not.toHaveText(noResults);
    await expect(page.locator("#results-heading")).toHaveText(/\d/);
  });

  test("an unknown municipality is a 404 with the not-found page", async ({ page }) => {
    const response = await page.goto("/en/municipalities/no-such-place");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: en.notFound.title })).toBeVisible();
    await expect(page.getByText(en.notFound.body)).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    // Still there once the page is hydrated and idle.
    await page.waitForLoadState("networkidle");
    await expect(page.getByRole("heading", { level: 1, name: en.notFound.title })).toBeVisible();
    await page.getByRole("link", { name: en.notFound.catalogue }).click();
    await expect(page).toHaveURL(/\/en\/municipalities$/);
  });

  test("not-found pages in Ukrainian, for an unknown profile, request form and path", async ({ page }) => {
    for (const path of ["/uk/municipalities/no-such-place", "/uk/municipalities/no-such-place/request", "/uk/no/such/page"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: uk.notFound.title }), path).toBeVisible();
      await expect(page.locator("html"), path).toHaveAttribute("lang", "uk");
    }
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    // KNOWN UPSTREAM LIMITATION (Next.js, not fixed here): every 404 page (unknown profile, unknown request form, unknown path, in both
    // languages) is served as an empty document, <html id="__next_error__"> with a blank <body>,
    // no lang attribute and only the site name as title; the not-found page exists only in the
    // React Server Components payload and appears once JavaScript renders it. Without JavaScript
    // (or before it runs, or for a crawler) a visitor sees a blank page. Cause: Next.js 16.3+ no
    // longer server-renders the not-found boundary after notFound() (vercel/next.js#62228,
    // reported there as a 16.3.0 regression); the portal runs 16.4.6.
    test("the not-found page is rendered on the server", async ({ page }) => {
      test.fail(true, "portal bug: 404 pages are an empty __next_error__ document without JavaScript (Next.js 16.3+)");
      const response = await page.goto("/en/municipalities/no-such-place");
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: en.notFound.title })).toBeVisible({ timeout: 2000 });
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
    });

    test("the catalogue's notices and empty state need no JavaScript", async ({ page }) => {
      await page.goto("/en/municipalities?area=nonsense");
      await expect(page.getByRole("status").filter({ hasText: format(en.catalogue.ignored.area, { value: "nonsense" }) })).toBeVisible();
      await page.goto("/en/municipalities?q=zzzzzz");
      await expect(page.getByText(en.catalogue.empty.title)).toBeVisible();
    });
  });

  test("the partnerships register lists Lviv and Sindelfingen", async ({ page }) => {
    const response = await page.goto("/en/partnerships");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: en.registry.title })).toBeVisible();
    const table = page.getByRole("table", { name: en.registry.caption });
    await expect(table.getByRole("columnheader")).toHaveText(Object.values(en.registry.columns));
    const row = table
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: /^Lviv\b/ }) })
      .filter({ hasText: "Sindelfingen" });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(en.stage.AGREEMENT_SIGNED);
    await row.getByRole("link", { name: "Lviv" }).click();
    await expect(page).toHaveURL(/\/en\/municipalities\/lviv$/);
  });
});
