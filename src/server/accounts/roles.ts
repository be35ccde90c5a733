import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import { recordAudit } from "@/server/audit/record";
import { DomainError } from "@/server/errors";

export const GRANTABLE_ROLES = ["COORDINATOR", "ADMINISTRATOR"] as const;
export type GrantableRole = (typeof GRANTABLE_ROLES)[number];
export type RoleErrorCode = "email" | "role" | "lastAdministrator";

const emailSchema = z.email().max(254);

/**
 * Gives a person a network role (or, with `null`, takes it back), creating their account when
 * they have none yet, so that their first sign-in finds the role waiting. One transaction with
 * its audit line. Taking the role from the network's last administrator is refused: a network
 * without one could never grant a role again (but by the command line).
 *
 * `actorUserId` is the administrator who did it, or null for `npm run admin:grant`. Who may call
 * this from the portal is checked by the caller (role.grant), before.
 */
export async function setNetworkRole(
  client: PrismaClient,
  rawEmail: string,
  role: GrantableRole | null,
  actorUserId: string | null,
): Promise<{ userId: string; created: boolean; previous: GrantableRole | null }> {
  const parsed = emailSchema.safeParse(rawEmail.trim().toLowerCase());
  if (!parsed.success) throw new DomainError<RoleErrorCode>("email", "email");
  if (role !== null && !GRANTABLE_ROLES.includes(role)) throw new DomainError<RoleErrorCode>("role", "role");
  const email = parsed.data;
  return client.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true, role: true } });
    if (existing?.role === "ADMINISTRATOR" && role !== "ADMINISTRATOR") {
      // Locks every administrator: two taking each other's role at once run one after the other.
      const admins = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM app_user WHERE role = 'ADMINISTRATOR' ORDER BY id FOR UPDATE`;
      if (admins.length <= 1) throw new DomainError<RoleErrorCode>("lastAdministrator");
    }
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: { role }, select: { id: true } })
      : await tx.user.create({ data: { email, role }, select: { id: true } });
    await recordAudit(tx, {
      actorUserId,
      action: role === null ? "role.revoke" : "role.grant",
      objectType: "user",
      objectId: user.id,
      outcome: "ALLOWED",
      // The role, never the address: the log is kept after an erasure.
      detail: { role: role ?? existing?.role ?? null, previous: existing?.role ?? null, via: actorUserId ? "portal" : "command line" },
    });
    return { userId: user.id, created: !existing, previous: existing?.role ?? null };
  });
}
