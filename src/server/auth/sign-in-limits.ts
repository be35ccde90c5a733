import "server-only";
import { db } from "@/server/db";
import { addressSubject, consume, type RateLimit } from "@/server/abuse/rate-limit";
import { recordAudit } from "@/server/audit/record";

/** Links asked for one address, and from one client address, per 15 minutes. */
export const SIGN_IN_PER_ADDRESS: RateLimit = { name: "sign-in:address", limit: 5, windowMs: 15 * 60_000 };
export const SIGN_IN_PER_CLIENT: RateLimit = { name: "sign-in:client", limit: 30, windowMs: 15 * 60_000 };

/**
 * Counts one link asked for `email` from `clientAddress` against both limits (shared by every
 * instance through Postgres); null when within them, else the seconds to wait. A refusal is
 * audited, without the address. An unknown client address is not limited per client: one
 * counter for every visitor would let one of them lock everybody out.
 */
export async function signInLinkLimited(email: string, clientAddress: string | null): Promise<number | null> {
  const rules: [RateLimit, string][] = [[SIGN_IN_PER_ADDRESS, addressSubject(email)]];
  if (clientAddress) rules.unshift([SIGN_IN_PER_CLIENT, clientAddress]);
  for (const [rule, subject] of rules) {
    const decision = await consume(rule, subject);
    if (!decision.allowed) {
      await recordAudit(db(), { actorUserId: null, action: "auth.requestLink", outcome: "REFUSED", detail: { reason: "rateLimited", rule: rule.name } });
      return decision.retryAfterSeconds;
    }
  }
  return null;
}
