// Keeps the search columns of municipalities current. Call it in the same transaction as any
// write of a municipality's names, places, descriptions or needs and offers (the demo seed does;
// the profile editor must). No "server-only" guard: the seed script runs outside Next.
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { STEMMED_LANGUAGES, type StemmedLanguage, searchDocument } from "@/lib/search/document";
import type { CooperationAreaSlug } from "@/lib/cooperation-areas";

type Client = PrismaClient | Prisma.TransactionClient;

/** Municipalities read and written per round: bounds one statement's parameters (Postgres takes
 * 32,767; reading a batch's areas and their translations binds one per row). */
const BATCH = 500;

/**
 * Recomputes the search keys and text of the given municipalities (all of them when `ids` is
 * omitted): every spelling of the names, the places, and the text of descriptions and details.
 */
export async function refreshSearchIndex(client: Client, ids?: number[]): Promise<number> {
  const all = ids ?? (await client.municipality.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((m) => m.id);
  for (let i = 0; i < all.length; i += BATCH) await refreshBatch(client, all.slice(i, i + BATCH));
  return all.length;
}

async function refreshBatch(client: Client, ids: number[]): Promise<void> {
  const rows = await client.municipality.findMany({
    where: { id: { in: ids } },
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
      areas: {
        select: {
          detailEn: true,
          detailUk: true,
          direction: true,
          area: { select: { slug: true } },
          translations: { select: { language: true, detail: true } },
        },
      },
      translations: { select: { language: true, description: true } },
    },
    orderBy: { id: "asc" },
  });
  const batch = rows.map((m) => ({
    id: m.id,
    ...searchDocument({
      ...m,
      details: m.areas.flatMap((a) => [a.detailEn, a.detailUk, a.area.slug.replaceAll("-", " ")]),
      englishDetails: m.areas.map((a) => a.detailEn),
      translations: [
        ...m.translations.map((t) => ({ language: t.language, text: t.description })),
        ...m.areas.flatMap((a) => a.translations.map((t) => ({ language: t.language, text: t.detail }))),
      ],
      areas: m.areas.map((a) => ({ area: a.area.slug as CooperationAreaSlug, direction: a.direction })),
    }),
  }));
  // The words as they are, plus each stemmed language's texts in its own configuration, weighted
  // B; the areas needed A and offered C: in ts_rank a hromada that needs what a query names
  // comes before one whose texts only mention it, and a need before an offer.
  const languages = Object.keys(STEMMED_LANGUAGES) as StemmedLanguage[];
  const stemmedVectors = Prisma.join(
    languages.map((l) => Prisma.sql`to_tsvector(${Prisma.raw(`'${STEMMED_LANGUAGES[l]}'`)}::regconfig, v.${Prisma.raw(l)})`),
    " || ",
  );
  const stemmedArrays = Prisma.join(
    languages.map((l) => Prisma.sql`${batch.map((b) => b.stemmed[l])}::text[]`),
    ", ",
  );
  await client.$executeRaw`
    UPDATE municipality m
       SET search_names = v.names, search_places = v.places,
           search_body = setweight(to_tsvector('simple', v.body) || ${stemmedVectors}, 'B')
                      || setweight(to_tsvector('simple', v.needs), 'A') || setweight(to_tsvector('simple', v.offers), 'C')
      FROM unnest(${batch.map((b) => b.id)}::int[], ${batch.map((b) => b.names)}::text[],
                  ${batch.map((b) => b.places)}::text[], ${batch.map((b) => b.body)}::text[],
                  ${batch.map((b) => b.needs)}::text[], ${batch.map((b) => b.offers)}::text[], ${stemmedArrays})
           AS v(id, names, places, body, needs, offers, ${Prisma.raw(languages.join(", "))})
     WHERE m.id = v.id`;
}

/**
 * What the search columns hold changes with this code (the multilingual index of 2026-12: texts in
 * every language, stemmed, and the areas' words): a database indexed by an older portal is
 * indexed again once, at start-up after its migrations. The format is noted on the column.
 */
export const SEARCH_INDEX_FORMAT = "search index 2: texts in every profile language, stemmed where Postgres can; areas as coopneed*/coopoffer*";

/** Re-indexes every municipality if the database's index was written in another format; true if it did. */
export async function refreshStaleSearchIndex(client: PrismaClient): Promise<boolean> {
  const [{ format }] = await client.$queryRaw<{ format: string | null }[]>`
    SELECT col_description('municipality'::regclass, a.attnum) AS format
      FROM pg_attribute a WHERE a.attrelid = 'municipality'::regclass AND a.attname = 'search_body'`;
  if (format === SEARCH_INDEX_FORMAT) return false;
  await client.$transaction(
    async (tx) => {
      await refreshSearchIndex(tx);
      await tx.$executeRawUnsafe(`COMMENT ON COLUMN municipality.search_body IS '${SEARCH_INDEX_FORMAT.replaceAll("'", "''")}'`);
    },
    { timeout: 600_000 },
  );
  return true;
}
