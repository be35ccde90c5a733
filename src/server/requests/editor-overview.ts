import "server-only";
import { db } from "@/server/db";
import type { Principal } from "@/server/auth/principal";
import { listRequestsAddressedTo } from "./addressed";

/** For each Ukrainian municipality the person edits: its name and the requests addressed to it. */
export async function getEditorOverviews(principal: Principal, locale: string) {
  const ids = principal.memberships.filter((m) => m.kind === "MUNICIPALITY_EDITOR").map((m) => m.municipalityId);
  if (ids.length === 0) return [];
  const municipalities = await db().municipality.findMany({
    where: { id: { in: ids } },
    select: { id: true, slug: true, nameEn: true, nameUk: true },
    orderBy: { nameEn: "asc" },
  });
  return Promise.all(
    municipalities.map(async (m) => ({
      municipality: { slug: m.slug, name: locale === "uk" ? (m.nameUk ?? m.nameEn) : m.nameEn },
      requests: await listRequestsAddressedTo(principal, m.id),
    })),
  );
}
