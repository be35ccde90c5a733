import type { Prisma } from "../../src/generated/prisma/client";
import { DEMO_ACCOUNTS } from "../../src/lib/demo-accounts";

/** The demo accounts (one per role) with their approved memberships; the same rows on every run. */
export async function seedDemoAccounts(tx: Prisma.TransactionClient, municipalityId: (slug: string) => number, at: Date): Promise<number> {
  await tx.user.createMany({
    data: DEMO_ACCOUNTS.map((a) => ({ id: a.id, email: a.email, name: a.name, role: a.role, emailVerified: at, createdAt: at, updatedAt: at })),
  });
  const members = DEMO_ACCOUNTS.filter((a) => a.municipalitySlug !== null);
  await tx.membership.createMany({
    data: members.map((a) => ({
      userId: a.id,
      municipalityId: municipalityId(a.municipalitySlug!),
      status: "APPROVED" as const,
      requestedAt: at,
      decidedAt: at,
      decidedById: "demo-coordinator",
    })),
  });
  return DEMO_ACCOUNTS.length;
}
