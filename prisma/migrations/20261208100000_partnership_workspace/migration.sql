-- CreateEnum
CREATE TYPE "WorkspaceDocumentKind" AS ENUM ('LETTER_OF_INTENT', 'AGREEMENT', 'MINUTES', 'OTHER');

-- CreateEnum
CREATE TYPE "JointProjectStatus" AS ENUM ('IDEA', 'PREPARING', 'SUBMITTED', 'GRANTED', 'REJECTED', 'CLOSED');

-- CreateTable
CREATE TABLE "workspace_document" (
    "id" SERIAL NOT NULL,
    "partnership_id" INTEGER NOT NULL,
    "kind" "WorkspaceDocumentKind" NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "workspace_document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "workspace_document_version" (
    "id" SERIAL NOT NULL,
    "document_id" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "uploader_user_id" TEXT,
    "file_name" VARCHAR(200) NOT NULL,
    "content_type" VARCHAR(100) NOT NULL,
    "size" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "workspace_document_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "joint_project" (
    "id" SERIAL NOT NULL,
    "partnership_id" INTEGER NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "areas" TEXT[],
    "funding_programme_id" INTEGER,
    "status" "JointProjectStatus" NOT NULL DEFAULT 'IDEA',
    "deadline" DATE,
    "amount_asked" INTEGER,
    "amount_granted" INTEGER,
    "public" BOOLEAN NOT NULL DEFAULT false,
    "recorded_by_user_id" TEXT,
    "updated_by_user_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "joint_project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "joint_project_institution" (
    "id" SERIAL NOT NULL,
    "project_id" INTEGER NOT NULL,
    "side" VARCHAR(10) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "type" VARCHAR(30) NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "joint_project_institution_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "workspace_document_partnership_id_idx" ON "workspace_document"("partnership_id");

-- CreateIndex
CREATE INDEX "workspace_document_version_uploader_user_id_idx" ON "workspace_document_version"("uploader_user_id");

-- CreateIndex
CREATE UNIQUE INDEX "workspace_document_version_document_id_number_key" ON "workspace_document_version"("document_id", "number");

-- CreateIndex
CREATE INDEX "joint_project_partnership_id_idx" ON "joint_project"("partnership_id");

-- CreateIndex
CREATE INDEX "joint_project_recorded_by_user_id_idx" ON "joint_project"("recorded_by_user_id");

-- CreateIndex
CREATE INDEX "joint_project_updated_by_user_id_idx" ON "joint_project"("updated_by_user_id");

-- CreateIndex
CREATE INDEX "joint_project_institution_project_id_idx" ON "joint_project_institution"("project_id");

-- AddForeignKey
ALTER TABLE "workspace_document" ADD CONSTRAINT "workspace_document_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "workspace_document_version" ADD CONSTRAINT "workspace_document_version_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "workspace_document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "workspace_document_version" ADD CONSTRAINT "workspace_document_version_uploader_user_id_fkey" FOREIGN KEY ("uploader_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "joint_project" ADD CONSTRAINT "joint_project_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "joint_project" ADD CONSTRAINT "joint_project_funding_programme_id_fkey" FOREIGN KEY ("funding_programme_id") REFERENCES "funding_programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "joint_project" ADD CONSTRAINT "joint_project_recorded_by_user_id_fkey" FOREIGN KEY ("recorded_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "joint_project" ADD CONSTRAINT "joint_project_updated_by_user_id_fkey" FOREIGN KEY ("updated_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "joint_project_institution" ADD CONSTRAINT "joint_project_institution_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "joint_project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Whole euros, never negative; an institution belongs to one of the two sides.
ALTER TABLE "joint_project" ADD CONSTRAINT "joint_project_amounts_check" CHECK ((amount_asked IS NULL OR amount_asked >= 0) AND (amount_granted IS NULL OR amount_granted >= 0));
ALTER TABLE "joint_project_institution" ADD CONSTRAINT "joint_project_institution_side_check" CHECK (side IN ('UKRAINIAN', 'EU'));
