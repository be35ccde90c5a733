import { beforeEach, describe, expect, it } from "vitest";
import { addressSubject, consume, purgeRateLimitHits } from "@/server/abuse/rate-limit";
import { signInLinkLimited } from "@/server/auth/sign-in-limits";
import { db, resetDatabase } from "../support/database";
import { raceIt } from "../support/race";

const rule = { name: "test", limit: 3, windowMs: 60_000 };
const at = (iso: string) => new Date(iso);

beforeEach(resetDatabase);

describe("rate limits kept in Postgres", () => {
  it("allows `limit` hits per window, then refuses with the seconds left, and opens again in the next window", async () => {
    const now = at("2026-11-28T10:00:15Z");
    for (let i = 0; i < 3; i++) expect(await consume(rule, "a", { now })).toEqual({ allowed: true });
    expect(await consume(rule, "a", { now })).toEqual({ allowed: false, retryAfterSeconds: 45 });
    // Another subject has its own count.
    expect(await consume(rule, "b", { now })).toEqual({ allowed: true });
    expect(await consume(rule, "a", { now: at("2026-11-28T10:01:00Z") })).toEqual({ allowed: true });
  });

  raceIt("counts concurrent hits exactly: of ten at once, three pass", async () => {
    const now = at("2026-11-28T11:00:00Z");
    const decisions = await Promise.all(Array.from({ length: 10 }, () => consume(rule, "burst", { now })));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(3);
    expect((await db().rateLimitHit.findFirstOrThrow({ where: { key: "test:burst" } })).count).toBe(10);
  });

  it("stores no e-mail address, and old windows can be purged", async () => {
    await consume(rule, addressSubject("Olena@Hromada.example"), { now: at("2026-11-28T09:00:00Z") });
    await consume(rule, addressSubject("olena@hromada.example"), { now: at("2026-11-28T12:00:00Z") });
    const keys = (await db().rateLimitHit.findMany()).map((r) => r.key);
    expect(keys.join(" ")).not.toMatch(/olena|hromada/i);
    expect(new Set(keys).size).toBe(1);
    expect(await purgeRateLimitHits(at("2026-11-28T11:00:00Z"))).toBe(1);
    expect(await db().rateLimitHit.count()).toBe(1);
  });
});

describe("the sign-in link limit per address", () => {
  it("allows five links for one address in a quarter hour, not a sixth, audited without the address", async () => {
    const email = "Olena@Hromada.example";
    // Near a quarter hour's end the five could straddle two windows: start inside one.
    const left = 15 * 60_000 - (Date.now() % (15 * 60_000));
    if (left < 5_000) await new Promise((resolve) => setTimeout(resolve, left + 100));
    for (let i = 0; i < 5; i++) expect(await signInLinkLimited(email, null)).toBeNull();
    // The sixth: refused, with the rest of the quarter hour to wait (what the form then says).
    const wait = await signInLinkLimited(email.toLowerCase(), null);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(15 * 60);
    expect(await db().verificationToken.count()).toBe(0);
    expect(await db().outboxMessage.count()).toBe(0);
    const refusal = await db().auditEvent.findFirstOrThrow({ where: { action: "auth.requestLink" }, select: { outcome: true, detail: true } });
    expect(refusal).toEqual({ outcome: "REFUSED", detail: { reason: "rateLimited", rule: "sign-in:address" } });
    expect(JSON.stringify(refusal).toLowerCase()).not.toContain("olena");
  });
});
