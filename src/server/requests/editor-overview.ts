import "server-only";
import { db } from "@/server/db";
import type { Principal } from "@/server/auth/principal";
import { listRequestsAddressedTo } from "./addressed";

/**
 * For each municipality the person acts for (a hromada they edit, an EU municipality they are staff
 * of): its name and the requests addressed to it (the side follows its country: ./addressed.ts).
 */
export async function getEditorOverviews(principal: Principal, locale: string) {
  const ids = principal.memberships.map((m) => m.municipalityId);
  if (ids.length === 0) return [];
  const municipalities = await db().municipality.findMany({
    where: { id: { in: ids } },
    select: { id: true, slug: true, country: true, nameEn: true, nameUk: true, nameLocal: true },
    orderBy: { nameEn: "asc" },
  });
  return Promise.all(
    municipalities.map(async (m) => ({
      side: m.country === "UA" ? ("HROMADA" as const) : ("EU" as const),
      municipality: {
        slug: m.slug,
        name: m.country === "UA" ? (locale === "uk" ? (m.nameUk ?? m.nameEn) : m.nameEn) : (m.nameLocal ?? m.nameEn),
      },
      requests: await listRequestsAddressedTo(principal, m.id),
    })),
  );
}
