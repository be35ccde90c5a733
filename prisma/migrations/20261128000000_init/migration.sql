-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "RegionKind" AS ENUM ('OBLAST', 'CITY_WITH_SPECIAL_STATUS', 'AUTONOMOUS_REPUBLIC');

-- CreateEnum
CREATE TYPE "HromadaType" AS ENUM ('URBAN', 'SETTLEMENT', 'RURAL');

-- CreateEnum
CREATE TYPE "ProfileStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "AreaDirection" AS ENUM ('NEED', 'OFFER');

-- CreateEnum
CREATE TYPE "PartnershipStage" AS ENUM ('INTRODUCED', 'IN_CONTACT', 'LETTER_OF_INTENT', 'AGREEMENT_SIGNED', 'JOINT_PROJECT', 'FUNDED', 'ENDED');

-- CreateEnum
CREATE TYPE "RequestStatus" AS ENUM ('SUBMITTED', 'UNDER_REVIEW', 'APPROVED', 'DECLINED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "region" (
    "id" SERIAL NOT NULL,
    "katottg_prefix" CHAR(2) NOT NULL,
    "slug" VARCHAR(40) NOT NULL,
    "name_en" VARCHAR(80) NOT NULL,
    "name_uk" VARCHAR(80) NOT NULL,
    "kind" "RegionKind" NOT NULL,
    "occupied" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "municipality" (
    "id" SERIAL NOT NULL,
    "slug" VARCHAR(120) NOT NULL,
    "country" CHAR(2) NOT NULL,
    "katottg" VARCHAR(19),
    "name_en" VARCHAR(120) NOT NULL,
    "name_uk" VARCHAR(120),
    "name_local" VARCHAR(120),
    "region_id" INTEGER,
    "region_name" VARCHAR(120),
    "raion_en" VARCHAR(120),
    "raion_uk" VARCHAR(120),
    "hromada_type" "HromadaType",
    "population" INTEGER,
    "area_km2" DECIMAL(10,2),
    "latitude" DECIMAL(9,6),
    "longitude" DECIMAL(9,6),
    "admin_centre_en" VARCHAR(120),
    "admin_centre_uk" VARCHAR(120),
    "description_en" VARCHAR(4000),
    "description_uk" VARCHAR(4000),
    "languages" VARCHAR(3)[],
    "needs_interpretation" BOOLEAN NOT NULL DEFAULT false,
    "website" VARCHAR(300),
    "contact_name" VARCHAR(120),
    "contact_role" VARCHAR(120),
    "contact_email" VARCHAR(254),
    "contact_phone" VARCHAR(40),
    "status" "ProfileStatus" NOT NULL DEFAULT 'DRAFT',
    "seeks_partners" BOOLEAN NOT NULL DEFAULT false,
    "profile_confirmed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "municipality_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cooperation_area" (
    "id" SERIAL NOT NULL,
    "slug" VARCHAR(40) NOT NULL,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "cooperation_area_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "municipality_area" (
    "municipality_id" INTEGER NOT NULL,
    "area_id" INTEGER NOT NULL,
    "direction" "AreaDirection" NOT NULL,
    "detail_en" VARCHAR(300),
    "detail_uk" VARCHAR(300),

    CONSTRAINT "municipality_area_pkey" PRIMARY KEY ("municipality_id","area_id","direction")
);

-- CreateTable
CREATE TABLE "partnership" (
    "id" SERIAL NOT NULL,
    "ukrainian_municipality_id" INTEGER NOT NULL,
    "eu_municipality_id" INTEGER NOT NULL,
    "since" DATE NOT NULL,
    "stage" "PartnershipStage" NOT NULL DEFAULT 'INTRODUCED',
    "request_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "partnership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "partnership_area" (
    "partnership_id" INTEGER NOT NULL,
    "area_id" INTEGER NOT NULL,

    CONSTRAINT "partnership_area_pkey" PRIMARY KEY ("partnership_id","area_id")
);

-- CreateTable
CREATE TABLE "partnership_request" (
    "id" SERIAL NOT NULL,
    "reference" VARCHAR(16) NOT NULL,
    "submission_token" UUID NOT NULL,
    "ukrainian_municipality_id" INTEGER NOT NULL,
    "eu_municipality_id" INTEGER,
    "proposed_municipality_name" VARCHAR(120),
    "proposed_country" CHAR(2),
    "proposed_region" VARCHAR(120),
    "message" VARCHAR(4000) NOT NULL,
    "requester_name" VARCHAR(120) NOT NULL,
    "requester_role" VARCHAR(120) NOT NULL,
    "requester_email" VARCHAR(254) NOT NULL,
    "interpretation_needed" BOOLEAN NOT NULL DEFAULT false,
    "languages" VARCHAR(3)[],
    "locale" VARCHAR(5) NOT NULL,
    "status" "RequestStatus" NOT NULL DEFAULT 'SUBMITTED',
    "decision_note" VARCHAR(2000),
    "submitted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "decided_at" TIMESTAMPTZ(3),

    CONSTRAINT "partnership_request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "partnership_request_area" (
    "request_id" INTEGER NOT NULL,
    "area_id" INTEGER NOT NULL,

    CONSTRAINT "partnership_request_area_pkey" PRIMARY KEY ("request_id","area_id")
);

-- CreateTable
CREATE TABLE "seed_run" (
    "id" SERIAL NOT NULL,
    "dataset" VARCHAR(40) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "seed_run_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "region_katottg_prefix_key" ON "region"("katottg_prefix");

-- CreateIndex
CREATE UNIQUE INDEX "region_slug_key" ON "region"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "municipality_slug_key" ON "municipality"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "municipality_katottg_key" ON "municipality"("katottg");

-- CreateIndex
CREATE INDEX "municipality_country_status_seeks_partners_idx" ON "municipality"("country", "status", "seeks_partners");

-- CreateIndex
CREATE INDEX "municipality_region_id_idx" ON "municipality"("region_id");

-- CreateIndex
CREATE UNIQUE INDEX "cooperation_area_slug_key" ON "cooperation_area"("slug");

-- CreateIndex
CREATE INDEX "municipality_area_area_id_direction_idx" ON "municipality_area"("area_id", "direction");

-- CreateIndex
CREATE UNIQUE INDEX "partnership_request_id_key" ON "partnership"("request_id");

-- CreateIndex
CREATE INDEX "partnership_eu_municipality_id_idx" ON "partnership"("eu_municipality_id");

-- CreateIndex
CREATE UNIQUE INDEX "partnership_ukrainian_municipality_id_eu_municipality_id_key" ON "partnership"("ukrainian_municipality_id", "eu_municipality_id");

-- CreateIndex
CREATE UNIQUE INDEX "partnership_request_reference_key" ON "partnership_request"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "partnership_request_submission_token_key" ON "partnership_request"("submission_token");

-- CreateIndex
CREATE INDEX "partnership_request_status_submitted_at_idx" ON "partnership_request"("status", "submitted_at");

-- CreateIndex
CREATE INDEX "partnership_request_ukrainian_municipality_id_idx" ON "partnership_request"("ukrainian_municipality_id");

-- AddForeignKey
ALTER TABLE "municipality" ADD CONSTRAINT "municipality_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "municipality_area" ADD CONSTRAINT "municipality_area_municipality_id_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "municipality_area" ADD CONSTRAINT "municipality_area_area_id_fkey" FOREIGN KEY ("area_id") REFERENCES "cooperation_area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partnership" ADD CONSTRAINT "partnership_ukrainian_municipality_id_fkey" FOREIGN KEY ("ukrainian_municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partnership" ADD CONSTRAINT "partnership_eu_municipality_id_fkey" FOREIGN KEY ("eu_municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partnership" ADD CONSTRAINT "partnership_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "partnership_request"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partnership_area" ADD CONSTRAINT "partnership_area_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partnership_area" ADD CONSTRAINT "partnership_area_area_id_fkey" FOREIGN KEY ("area_id") REFERENCES "cooperation_area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partnership_request" ADD CONSTRAINT "partnership_request_ukrainian_municipality_id_fkey" FOREIGN KEY ("ukrainian_municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partnership_request" ADD CONSTRAINT "partnership_request_eu_municipality_id_fkey" FOREIGN KEY ("eu_municipality_id") REFERENCES "municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partnership_request_area" ADD CONSTRAINT "partnership_request_area_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "partnership_request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partnership_request_area" ADD CONSTRAINT "partnership_request_area_area_id_fkey" FOREIGN KEY ("area_id") REFERENCES "cooperation_area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Checks Prisma cannot express
ALTER TABLE "municipality" ADD CONSTRAINT "municipality_katottg_check" CHECK ("katottg" IS NULL OR "katottg" ~ '^UA[0-9]{17}$');
ALTER TABLE "municipality" ADD CONSTRAINT "municipality_country_check" CHECK ("country" ~ '^[A-Z]{2}$');
ALTER TABLE "municipality" ADD CONSTRAINT "municipality_katottg_iff_ukraine_check" CHECK (("country" = 'UA') = ("katottg" IS NOT NULL));
ALTER TABLE "municipality" ADD CONSTRAINT "municipality_population_check" CHECK ("population" IS NULL OR "population" >= 0);
ALTER TABLE "municipality" ADD CONSTRAINT "municipality_area_km2_check" CHECK ("area_km2" IS NULL OR "area_km2" > 0);
ALTER TABLE "partnership" ADD CONSTRAINT "partnership_distinct_sides_check" CHECK ("ukrainian_municipality_id" <> "eu_municipality_id");
