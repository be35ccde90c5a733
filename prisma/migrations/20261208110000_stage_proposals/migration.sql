-- CreateEnum
CREATE TYPE "StageProposalStatus" AS ENUM ('OPEN', 'CONFIRMED', 'DECLINED', 'WITHDRAWN', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "PartnershipSide" AS ENUM ('UKRAINIAN', 'EU');

-- AlterTable
ALTER TABLE "partnership_stage_event" ADD COLUMN     "proposal_id" INTEGER;

-- CreateTable
CREATE TABLE "stage_proposal" (
    "id" SERIAL NOT NULL,
    "partnership_id" INTEGER NOT NULL,
    "side" "PartnershipSide" NOT NULL,
    "from_stage" "PartnershipStage" NOT NULL,
    "to_stage" "PartnershipStage" NOT NULL,
    "note" VARCHAR(1000),
    "status" "StageProposalStatus" NOT NULL DEFAULT 'OPEN',
    "open_partnership_id" INTEGER,
    "proposed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "proposer_user_id" TEXT,
    "decided_at" TIMESTAMPTZ(3),
    "decider_user_id" TEXT,
    "reason" VARCHAR(1000),

    CONSTRAINT "stage_proposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "stage_proposal_open_partnership_id_key" ON "stage_proposal"("open_partnership_id");

-- CreateIndex
CREATE INDEX "stage_proposal_partnership_id_proposed_at_idx" ON "stage_proposal"("partnership_id", "proposed_at");

-- CreateIndex
CREATE INDEX "stage_proposal_proposer_user_id_idx" ON "stage_proposal"("proposer_user_id");

-- CreateIndex
CREATE INDEX "stage_proposal_decider_user_id_idx" ON "stage_proposal"("decider_user_id");

-- AddForeignKey
ALTER TABLE "partnership_stage_event" ADD CONSTRAINT "partnership_stage_event_proposal_id_fkey" FOREIGN KEY ("proposal_id") REFERENCES "stage_proposal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stage_proposal" ADD CONSTRAINT "stage_proposal_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stage_proposal" ADD CONSTRAINT "stage_proposal_proposer_user_id_fkey" FOREIGN KEY ("proposer_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stage_proposal" ADD CONSTRAINT "stage_proposal_decider_user_id_fkey" FOREIGN KEY ("decider_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- The open slot holds the partnership's id exactly while the proposal is open.
ALTER TABLE "stage_proposal" ADD CONSTRAINT "stage_proposal_open_slot" CHECK (("status" = 'OPEN') = ("open_partnership_id" IS NOT NULL) AND ("open_partnership_id" IS NULL OR "open_partnership_id" = "partnership_id"));
