import { expect, test } from "@playwright/test";

test.describe("operations", () => {
  test("liveness and readiness probes answer", async ({ request }) => {
    const live = await request.get("/healthz");
    expect(live.status()).toBe(200);
    expect(await live.json()).toEqual({ status: "ok" });
    const ready = await request.get("/readyz");
    expect(ready.status()).toBe(200);
    expect(await ready.json()).toEqual({ status: "ok" });
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
});
