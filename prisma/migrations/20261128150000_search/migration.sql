-- Search: trigram indexes over Latin-letter search keys, and a `simple` text-search vector.
-- pg_trgm ships with Postgres (postgresql-contrib) and with PGlite; Prisma no longer declares
-- extensions in the schema, so the migration creates it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterTable
ALTER TABLE "municipality" ADD COLUMN     "search_body" tsvector,
ADD COLUMN     "search_names" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "search_places" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "municipality_search_names_trgm_idx" ON "municipality" USING GIN ("search_names" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "municipality_search_places_trgm_idx" ON "municipality" USING GIN ("search_places" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "municipality_search_body_idx" ON "municipality" USING GIN ("search_body");


-- Rows written before this migration: a first approximation of the keys (names and places as
-- they are, lower-cased). refreshSearchIndex (src/server/municipalities/search-index.ts) replaces
-- them with every spelling, transliterated, whenever a profile is written or the demo is seeded.
UPDATE "municipality" m SET
  "search_names" = '|' || concat_ws('|', lower(m."name_en"), lower(m."name_uk"), lower(m."name_local")) || '|',
  "search_places" = '|' || concat_ws('|', lower(m."admin_centre_en"), lower(m."admin_centre_uk"), lower(m."raion_en"), lower(m."raion_uk"), lower(m."region_name"),
    (SELECT lower(r."name_en") || '|' || lower(r."name_uk") FROM "region" r WHERE r."id" = m."region_id")) || '|',
  "search_body" = to_tsvector('simple', concat_ws(' ', m."description_en", m."description_uk"));
