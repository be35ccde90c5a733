-- Any municipality can join: proposals of municipalities not in the portal (/{locale}/join), and
-- what an EU profile says of the Ukrainian community living there. An EU municipality's "wants
-- to learn" lines are municipality_area rows with direction NEED (no new table).

-- CreateEnum
CREATE TYPE "JoinProposalStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- AlterTable
ALTER TABLE "municipality" ADD COLUMN     "geonames_id" INTEGER,
ADD COLUMN     "ukrainian_community" INTEGER,
ADD COLUMN     "ukrainian_community_regions" VARCHAR(40)[] DEFAULT ARRAY[]::VARCHAR(40)[];

-- CreateTable
CREATE TABLE "join_proposal" (
    "id" SERIAL NOT NULL,
    "place_key" VARCHAR(200) NOT NULL,
    "geonames_id" INTEGER,
    "name" VARCHAR(120) NOT NULL,
    "country" CHAR(2) NOT NULL,
    "region_name" VARCHAR(120),
    "population" INTEGER,
    "latitude" DECIMAL(9,6),
    "longitude" DECIMAL(9,6),
    "status" "JoinProposalStatus" NOT NULL DEFAULT 'PENDING',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_at" TIMESTAMPTZ(3),
    "decided_by" TEXT,
    "reason" VARCHAR(1000),
    "municipality_id" INTEGER,

    CONSTRAINT "join_proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "join_proposer" (
    "proposal_id" INTEGER NOT NULL,
    "user_id" TEXT NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "role" VARCHAR(120) NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "locale" VARCHAR(5) NOT NULL,
    "proposed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "join_proposer_pkey" PRIMARY KEY ("proposal_id","user_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "join_proposal_place_key_key" ON "join_proposal"("place_key");

-- CreateIndex
CREATE INDEX "join_proposal_status_created_at_idx" ON "join_proposal"("status", "created_at");

-- CreateIndex
CREATE INDEX "join_proposer_user_id_idx" ON "join_proposer"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "municipality_geonames_id_key" ON "municipality"("geonames_id");

-- AddForeignKey
ALTER TABLE "join_proposal" ADD CONSTRAINT "join_proposal_decided_by_fkey" FOREIGN KEY ("decided_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "join_proposal" ADD CONSTRAINT "join_proposal_municipality_id_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "join_proposer" ADD CONSTRAINT "join_proposer_proposal_id_fkey" FOREIGN KEY ("proposal_id") REFERENCES "join_proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "join_proposer" ADD CONSTRAINT "join_proposer_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Added by hand: counts are never negative.
ALTER TABLE "municipality" ADD CONSTRAINT "municipality_ukrainian_community_check" CHECK ("ukrainian_community" IS NULL OR "ukrainian_community" >= 0);
