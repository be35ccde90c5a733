import "server-only";
import { db } from "@/server/db";
import type { Principal } from "@/server/auth/principal";

/** What the account page shows a person about themselves: only their own row and memberships. */
export async function getOwnAccount(principal: Principal) {
  const user = await db().user.findUnique({
    where: { id: principal.userId },
    select: {
      name: true,
      jobTitle: true,
      email: true,
      role: true,
      locale: true,
      memberships: {
        select: {
          status: true,
          requestedAt: true,
          municipality: { select: { slug: true, country: true, nameEn: true, nameUk: true, nameLocal: true } },
        },
        orderBy: { requestedAt: "asc" },
      },
    },
  });
  if (!user) return null;
  return {
    ...user,
    memberships: user.memberships.map((m) => ({
      ...m,
      kind: m.municipality.country === "UA" ? ("MUNICIPALITY_EDITOR" as const) : ("EU_STAFF" as const),
    })),
  };
}
