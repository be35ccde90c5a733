import "server-only";
import { createHash } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/server/db";

export type RateLimit = { name: string; limit: number; windowMs: number };

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts one hit on `key` in the current fixed window and says whether it is within the limit.
 * The counter is one row per key and window in Postgres, incremented atomically, so every portal
 * instance shares it. Refused hits count too: hammering does not open the window sooner.
 * `client` may be a transaction: the hit then counts only if the transaction commits.
 */
export async function consume(rule: RateLimit, subject: string, options: { now?: Date; client?: Pick<PrismaClient, "$queryRaw"> } = {}): Promise<RateDecision> {
  const now = options.now ?? new Date();
  const windowStart = new Date(Math.floor(now.getTime() / rule.windowMs) * rule.windowMs);
  const key = `${rule.name}:${subject}`;
  const [row] = await (options.client ?? db()).$queryRaw<{ count: number }[]>`
    INSERT INTO rate_limit_hit (key, window_start, count) VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_hit.count + 1
    RETURNING count`;
  if (row.count <= rule.limit) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.ceil((windowStart.getTime() + rule.windowMs - now.getTime()) / 1000) };
}

/** An e-mail address as a rate-limit subject: hashed, so that erasing a person leaves no address here. */
export function addressSubject(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("hex").slice(0, 32);
}

/** Deletes the counters of windows that ended before `before`. */
export async function purgeRateLimitHits(before: Date, client: PrismaClient = db()): Promise<number> {
  const { count } = await client.rateLimitHit.deleteMany({ where: { windowStart: { lt: before } } });
  return count;
}
