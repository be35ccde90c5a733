// Keeps the search columns of municipalities current. Call it in the same transaction as any
// write of a municipality's names, places, descriptions or needs and offers (the demo seed does;
// the profile editor must). No "server-only" guard: the seed script runs outside Next.
import type { PrismaClient, Prisma } from "@/generated/prisma/client";
import { searchDocument } from "@/lib/search/document";

type Client = PrismaClient | Prisma.TransactionClient;

/** Rows per UPDATE statement: bounds the size of one statement's parameters. */
const BATCH = 500;

/**
 * Recomputes the search keys and text of the given municipalities (all of them when `ids` is
 * omitted): every spelling of the names, the places, and the text of descriptions and details.
 */
export async function refreshSearchIndex(client: Client, ids?: number[]): Promise<number> {
  const rows = await client.municipality.findMany({
    where: ids ? { id: { in: ids } } : undefined,
    select: {
      id: true,
      nameEn: true,
      nameUk: true,
      nameLocal: true,
      adminCentreEn: true,
      adminCentreUk: true,
      raionEn: true,
      raionUk: true,
      regionName: true,
      descriptionEn: true,
      descriptionUk: true,
      region: { select: { slug: true, nameEn: true, nameUk: true } },
      areas: { select: { detailEn: true, detailUk: true, area: { select: { slug: true } } } },
    },
    orderBy: { id: "asc" },
  });
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH).map((m) => ({
      id: m.id,
      ...searchDocument({
        ...m,
        details: m.areas.flatMap((a) => [a.detailEn, a.detailUk, a.area.slug.replaceAll("-", " ")]),
      }),
    }));
    await client.$executeRaw`
      UPDATE municipality m
         SET search_names = v.names, search_places = v.places, search_body = to_tsvector('simple', v.body)
        FROM unnest(${batch.map((b) => b.id)}::int[], ${batch.map((b) => b.names)}::text[],
                    ${batch.map((b) => b.places)}::text[], ${batch.map((b) => b.body)}::text[]) AS v(id, names, places, body)
       WHERE m.id = v.id`;
  }
  return rows.length;
}
