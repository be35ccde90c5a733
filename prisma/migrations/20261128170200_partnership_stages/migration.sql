-- AlterTable
ALTER TABLE "audit_event" ADD COLUMN     "by_account" BOOLEAN NOT NULL DEFAULT false;

-- Rows written before this column: an actor still linked was signed in. (Rows whose actor was
-- already deleted cannot be told from anonymous ones any more.)
UPDATE "audit_event" SET "by_account" = true WHERE "actor_user_id" IS NOT NULL;

-- CreateTable
CREATE TABLE "partnership_stage_event" (
    "id" SERIAL NOT NULL,
    "partnership_id" INTEGER NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_user_id" TEXT,
    "from_stage" "PartnershipStage" NOT NULL,
    "to_stage" "PartnershipStage" NOT NULL,
    "note" VARCHAR(1000),

    CONSTRAINT "partnership_stage_event_pkey" PRIMARY KEY ("id"),
    -- Added by hand (Prisma cannot express it): a move goes somewhere.
    CONSTRAINT "partnership_stage_event_moves" CHECK ("from_stage" <> "to_stage")
);

-- CreateIndex
CREATE INDEX "partnership_stage_event_partnership_id_at_idx" ON "partnership_stage_event"("partnership_id", "at");

-- CreateIndex
CREATE INDEX "audit_event_action_at_idx" ON "audit_event"("action", "at");

-- AddForeignKey
ALTER TABLE "partnership_stage_event" ADD CONSTRAINT "partnership_stage_event_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partnership_stage_event" ADD CONSTRAINT "partnership_stage_event_actor_user_id_fkey" FOREIGN KEY ("actor_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

