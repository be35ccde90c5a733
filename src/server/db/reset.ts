import type { PrismaClient } from "@/generated/prisma/client";

/**
 * Deletes every municipality, partnership and request (for `db:seed --reset` and the tests);
 * the reference data that migrations own (regions, cooperation areas) stays.
 */
export async function deletePortalData(client: PrismaClient): Promise<void> {
  await client.$executeRawUnsafe(
    `TRUNCATE partnership_request_area, partnership_request, partnership_area, partnership, municipality_area, municipality, seed_run RESTART IDENTITY CASCADE`,
  );
}
