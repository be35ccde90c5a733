import { describe, expect, it } from "vitest";
import { isSameOriginPost, ownHosts } from "@/lib/same-origin";

const headers = (h: Record<string, string>) => new Headers(h);
const PORTAL = ["portal.example.org"];

describe("isSameOriginPost", () => {
  it("accepts the portal's own Origin, or failing that its own Referer", () => {
    expect(isSameOriginPost(headers({ origin: "https://portal.example.org" }), PORTAL)).toBe(true);
    expect(isSameOriginPost(headers({ referer: "https://portal.example.org/en/account" }), PORTAL)).toBe(true);
    expect(isSameOriginPost(headers({ origin: "null", referer: "https://portal.example.org/en" }), PORTAL)).toBe(true);
  });

  it("refuses a foreign Origin even with the portal's Referer, a missing pair, and what is not a web address", () => {
    expect(isSameOriginPost(headers({ origin: "https://evil.example", referer: "https://portal.example.org/en" }), PORTAL)).toBe(false);
    expect(isSameOriginPost(headers({}), PORTAL)).toBe(false);
    expect(isSameOriginPost(headers({ origin: "null" }), PORTAL)).toBe(false);
    expect(isSameOriginPost(headers({ referer: "https://portal.example.org.evil.example/en" }), PORTAL)).toBe(false);
    expect(isSameOriginPost(headers({ origin: "not a url" }), PORTAL)).toBe(false);
    expect(isSameOriginPost(headers({ origin: "javascript://portal.example.org" }), PORTAL)).toBe(false);
  });

  it("knows the portal by its Host, a forwarded host and AUTH_URL", () => {
    expect(ownHosts(headers({ host: "10.0.0.5:3000", "x-forwarded-host": "portal.example.org, x" }), "https://partners.example.org")).toEqual([
      "10.0.0.5:3000",
      "portal.example.org",
      "partners.example.org",
    ]);
  });
});
