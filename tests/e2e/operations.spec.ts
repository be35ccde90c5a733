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
    }
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
    expect(violations).toEqual([]);
  });
});
