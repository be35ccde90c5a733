import { expect, test } from "@playwright/test";
import accountsEn from "../../src/i18n/messages/features/accounts.en.json" with { type: "json" };

test.describe("operations", () => {
  test("liveness and readiness probes answer", async ({ request }) => {
    const live = await request.get("/healthz");
    expect(live.status()).toBe(200);
    expect(await live.json()).toEqual({ status: "ok" });
    const ready = await request.get("/readyz");
    expect(ready.status()).toBe(200);
    expect(await ready.json()).toEqual({ status: "ok" });
  });

  test("a page sends the browser only the messages its own forms use, not the whole catalogue", async ({ request }) => {
    // "invalidEmail" is shown only by the sign-in form in the browser, after a wrong address.
    const onlyInTheSignInForm = accountsEn.accounts.signIn.invalidEmail;
    const catalogue = await (await request.get("/en/municipalities")).text();
    expect(catalogue).not.toContain(onlyInTheSignInForm);
    const signIn = await (await request.get("/en/sign-in")).text();
    expect(signIn).toContain(onlyInTheSignInForm);
  });

  test("every page carries the security headers", async ({ request }) => {
    for (const path of ["/en", "/en/municipalities", "/healthz"]) {
      const response = await request.get(path);
      const headers = response.headers();
      expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
      expect(headers["content-security-policy"], path).toContain("object-src 'none'");
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
      expect(headers["strict-transport-security"], path).toContain("max-age=");
      expect(headers["x-powered-by"], path).toBeUndefined();
      expect(headers["cross-origin-opener-policy"], path).toBe("same-origin");
      expect(headers["reporting-endpoints"], path).toBe('csp="/api/csp-report"');
    }
    const page = (await request.get("/en")).headers()["content-security-policy"];
    expect(page).toContain("report-uri /api/csp-report");
    expect(page).toContain("report-to csp");
  });

  test("the policy's report endpoint logs reports, refuses what is not one, and is rate-limited", async ({ request }) => {
    const report = {
      "csp-report": { "document-uri": "http://localhost/en?q=secret", "violated-directive": "script-src-elem", "blocked-uri": "https://evil.example/x.js" },
    };
    const first = await request.post("/api/csp-report", { data: JSON.stringify(report), headers: { "content-type": "application/csp-report" } });
    expect(first.status()).toBe(204);
    const reportingApi = [{ type: "csp-violation", body: { documentURL: "http://localhost/en", effectiveDirective: "style-src-attr", blockedURL: "inline" } }];
    expect(
      (await request.post("/api/csp-report", { data: JSON.stringify(reportingApi), headers: { "content-type": "application/reports+json" } })).status(),
    ).toBe(204);
    expect((await request.post("/api/csp-report", { data: "not json", headers: { "content-type": "application/csp-report" } })).status()).toBe(400);
    expect((await request.post("/api/csp-report", { data: "x".repeat(20_000), headers: { "content-type": "application/csp-report" } })).status()).toBe(413);
    // Twenty a minute per client: the rest of the minute is refused. The client is the address
    // that connected: an X-Forwarded-For of its own choosing, new each time, buys it nothing
    // (no proxy is trusted here, TRUSTED_PROXY_HOPS=0).
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) {
      const headers = { "content-type": "application/csp-report", "x-forwarded-for": `198.51.100.${i}`, "x-real-ip": `203.0.113.${i}` };
      statuses.push((await request.post("/api/csp-report", { data: JSON.stringify(report), headers })).status());
    }
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s === 204).length).toBeLessThanOrEqual(20);
  });

  test("pages allow only their own nonce'd scripts, and the portal still works under that policy", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const first = await page.goto("/en/municipalities?q=Lviv");
    const policies = (await first!.allHeaders())["content-security-policy"] ?? "";
    const nonce = policies.match(/script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'/)?.[1];
    expect(nonce, policies).toBeTruthy();
    expect(policies).not.toContain("unsafe-inline' 'strict");
    expect(policies).not.toMatch(/script-src[^;]*unsafe-inline/);
    // Next's inline scripts carry this response's nonce; a second response gets another.
    expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0);
    const second = await page.request.get("/en/municipalities?q=Lviv");
    expect(second.headers()["content-security-policy"]).not.toContain(nonce!);
    // Next's client router runs: following a link keeps the document (a marker set on it survives).
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await page.locator('a[href="/en/municipalities/lviv"]').first().click();
    await expect(page).toHaveURL(/\/en\/municipalities\/lviv$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Lviv");
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    // No inline style is allowed either, and the page with data-coloured swatches needs none.
    expect(policies).toMatch(/style-src 'self'(;|$)/);
    await page.goto("/en/map");
    await expect(page.locator("#map-legend-title")).toBeVisible();
    // None in what the server sends (styles React sets later go through the CSSOM, which the policy allows).
    expect(await (await page.request.get("/en/map")).text()).not.toMatch(/\sstyle="/);
    expect(violations).toEqual([]);
  });
});
