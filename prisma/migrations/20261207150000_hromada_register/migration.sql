-- The register of Ukrainian hromadas (KATOTTG codifier), occupied and front-line status as data
-- on the hromada, and the record of codifier imports. The register's rows are written after the
-- migrations by src/server/register/import.ts (the bundled edition in prisma/register/, once).

-- AlterTable
ALTER TABLE "municipality" ADD COLUMN     "conflict_status_set_at" TIMESTAMPTZ(3),
ADD COLUMN     "conflict_status_set_by_id" TEXT,
ADD COLUMN     "frontline_since" DATE,
ADD COLUMN     "left_register_at" TIMESTAMPTZ(3),
ADD COLUMN     "occupied_since" DATE,
ADD COLUMN     "official_name_uk" VARCHAR(200);

-- CreateTable
CREATE TABLE "register_import" (
    "id" SERIAL NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "source" VARCHAR(300) NOT NULL,
    "imported_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "summary" JSONB NOT NULL,

    CONSTRAINT "register_import_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "register_import_sha256_key" ON "register_import"("sha256");

-- AddForeignKey
ALTER TABLE "municipality" ADD CONSTRAINT "municipality_conflict_status_set_by_id_fkey" FOREIGN KEY ("conflict_status_set_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

