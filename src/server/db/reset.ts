import type { PrismaClient } from "@/generated/prisma/client";

/**
 * Deletes every municipality, partnership and request, every account with its sessions and
 * memberships, the audit log, the mail outbox and the rate-limit counters (for `db:seed --reset`
 * and the tests); the reference data that migrations own (regions, cooperation areas) stays.
 */
export async function deletePortalData(client: PrismaClient): Promise<void> {
  await client.$executeRawUnsafe(
    `TRUNCATE partnership_request_area, partnership_request, partnership_area, partnership, municipality_area, municipality, seed_run, request_event, membership, audit_event, outbox_message, rate_limit_hit, verification_token, session, account, app_user RESTART IDENTITY CASCADE`,
  );
}
