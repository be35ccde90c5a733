import "server-only";
import { db } from "@/server/db";
import type { Principal } from "@/server/auth/principal";

/** The EU municipalities the person may send requests for: those of their approved staff memberships. */
export async function listOwnEuMunicipalities(principal: Principal) {
  const ids = principal.memberships.filter((m) => m.kind === "EU_STAFF").map((m) => m.municipalityId);
  if (ids.length === 0) return [];
  return db().municipality.findMany({
    where: { id: { in: ids } },
    select: { slug: true, nameEn: true, nameLocal: true, country: true },
    orderBy: { nameEn: "asc" },
  });
}

/** The name the person has given their account, for prefilling the request form. */
export async function accountName(principal: Principal): Promise<string | null> {
  const user = await db().user.findUnique({ where: { id: principal.userId }, select: { name: true } });
  return user?.name ?? null;
}

/** The hromadas the person may propose partnerships for: those they are an approved editor of. */
export async function listOwnHromadas(principal: Principal) {
  const ids = principal.memberships.filter((m) => m.kind === "MUNICIPALITY_EDITOR").map((m) => m.municipalityId);
  if (ids.length === 0) return [];
  return db().municipality.findMany({ where: { id: { in: ids } }, select: { slug: true, nameEn: true, nameUk: true }, orderBy: { nameEn: "asc" } });
}
