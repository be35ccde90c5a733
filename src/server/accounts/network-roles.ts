import "server-only";
import { db } from "@/server/db";
import { authorize, type Principal } from "@/server/auth/principal";
import { DomainError } from "@/server/errors";
import { setNetworkRole, type GrantableRole } from "./roles";

export type RoleHolder = { id: string; email: string; name: string | null; jobTitle: string | null; role: GrantableRole; since: Date | null };

/** Who holds a network role, administrators first; for administrators only (role.grant). */
export async function listNetworkRoles(principal: Principal | null): Promise<RoleHolder[]> {
  await authorize(principal, "role.grant");
  const users = await db().user.findMany({
    where: { role: { not: null } },
    select: { id: true, email: true, name: true, jobTitle: true, role: true },
    orderBy: [{ role: "desc" }, { email: "asc" }],
  });
  // When the role was last given, from the audit log (the command line's grants included).
  const grants = await db().auditEvent.groupBy({
    by: ["objectId"],
    where: { action: "role.grant", objectType: "user", outcome: "ALLOWED", objectId: { in: users.map((u) => u.id) } },
    _max: { at: true },
  });
  const since = new Map(grants.map((g) => [g.objectId, g._max.at]));
  return users.map((u) => ({ ...u, role: u.role!, since: since.get(u.id) ?? null }));
}

/**
 * An administrator gives a network role to the person with `email` (their account is created
 * when they have none, so that their first sign-in finds the role). Authorized here, then
 * setNetworkRole, which `npm run admin:grant` calls without a principal, does it and audits it.
 */
export async function grantNetworkRole(principal: Principal | null, email: string, role: GrantableRole) {
  const actor = await authorize(principal, "role.grant");
  return setNetworkRole(db(), email, role, actor.userId);
}

/** The person who holds the role on the roles page, for its confirmation. */
export async function getRoleHolder(principal: Principal | null, userId: string): Promise<RoleHolder> {
  const holders = await listNetworkRoles(principal);
  const holder = holders.find((h) => h.id === userId);
  if (!holder) throw new DomainError("notFound");
  return holder;
}

/** An administrator takes a network role back; the network's last administrator keeps theirs ("lastAdministrator"). */
export async function revokeNetworkRole(principal: Principal | null, userId: string) {
  const actor = await authorize(principal, "role.grant", typeof userId === "string" && userId.length <= 60 ? { type: "user", id: userId } : undefined);
  const user = await db().user.findUnique({ where: { id: userId }, select: { email: true, role: true } });
  if (!user?.role) throw new DomainError("notFound");
  return setNetworkRole(db(), user.email, null, actor.userId);
}
