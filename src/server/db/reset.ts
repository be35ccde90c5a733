import type { PrismaClient } from "@/generated/prisma/client";

/**
 * Whether the database holds anything beyond the register of hromadas and the reference data:
 * a published profile, an EU municipality or an account. The demo seed fills only such an empty one.
 */
export async function holdsPortalData(client: PrismaClient): Promise<boolean> {
  const [row] = await client.$queryRaw<{ holds: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM municipality WHERE country <> 'UA' OR status = 'PUBLISHED')
        OR EXISTS (SELECT 1 FROM app_user) AS holds`;
  return row.holds;
}

/**
 * Deletes every municipality, partnership and request, every account with its sessions and
 * memberships, the audit log, the mail outbox and the rate-limit counters (for `db:seed --reset`
 * and the tests); the reference data that migrations own (regions, cooperation areas) stays. The
 * register of hromadas goes with the municipalities, and the record of its imports with it, so
 * that `importBundledRegister` brings it back.
 */
export async function deletePortalData(client: PrismaClient): Promise<void> {
  await client.$executeRawUnsafe(
    `TRUNCATE partnership_request_area, partnership_request, partnership_area, partnership, municipality_area, municipality, seed_run, register_import, request_event, membership, audit_event, outbox_message, rate_limit_hit, verification_token, session, account, app_user, job_run, reminder_sent RESTART IDENTITY CASCADE`,
  );
}
