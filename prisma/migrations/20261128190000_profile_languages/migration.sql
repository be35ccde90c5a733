-- Profile texts in several languages (issue #5, item 2): English and Ukrainian stay columns of
-- municipality and municipality_area (search indexes them); the seven other profile languages
-- of src/lib/profile-languages.ts get a row each.

-- AlterTable
ALTER TABLE "municipality" ADD COLUMN     "machine_translated" VARCHAR(5)[] DEFAULT ARRAY[]::VARCHAR(5)[];

-- CreateTable
CREATE TABLE "municipality_translation" (
    "municipality_id" INTEGER NOT NULL,
    "language" VARCHAR(5) NOT NULL,
    "description" VARCHAR(4000) NOT NULL,

    CONSTRAINT "municipality_translation_pkey" PRIMARY KEY ("municipality_id","language")
);

-- CreateTable
CREATE TABLE "municipality_area_translation" (
    "municipality_id" INTEGER NOT NULL,
    "area_id" INTEGER NOT NULL,
    "direction" "AreaDirection" NOT NULL,
    "language" VARCHAR(5) NOT NULL,
    "detail" VARCHAR(300) NOT NULL,

    CONSTRAINT "municipality_area_translation_pkey" PRIMARY KEY ("municipality_id","area_id","direction","language")
);

-- AddForeignKey
ALTER TABLE "municipality_translation" ADD CONSTRAINT "municipality_translation_municipality_id_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "municipality_area_translation" ADD CONSTRAINT "municipality_area_translation_municipality_id_area_id_dire_fkey" FOREIGN KEY ("municipality_id", "area_id", "direction") REFERENCES "municipality_area"("municipality_id", "area_id", "direction") ON DELETE CASCADE ON UPDATE CASCADE;

-- Added by hand (Prisma cannot express them): the languages are the profile languages, English
-- and Ukrainian only as columns; a stored text is never empty.
ALTER TABLE "municipality_translation" ADD CONSTRAINT "municipality_translation_language_check" CHECK ("language" IN ('de', 'sv', 'pl', 'fr', 'it', 'nl', 'ro'));
ALTER TABLE "municipality_translation" ADD CONSTRAINT "municipality_translation_description_check" CHECK (btrim("description") <> '');
ALTER TABLE "municipality_area_translation" ADD CONSTRAINT "municipality_area_translation_language_check" CHECK ("language" IN ('de', 'sv', 'pl', 'fr', 'it', 'nl', 'ro'));
ALTER TABLE "municipality_area_translation" ADD CONSTRAINT "municipality_area_translation_detail_check" CHECK (btrim("detail") <> '');
ALTER TABLE "municipality" ADD CONSTRAINT "municipality_machine_translated_check" CHECK ("machine_translated" <@ ARRAY['uk', 'en', 'de', 'sv', 'pl', 'fr', 'it', 'nl', 'ro']::VARCHAR(5)[]);
