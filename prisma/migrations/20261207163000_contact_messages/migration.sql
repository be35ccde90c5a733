-- AlterEnum
ALTER TYPE "RequestEventKind" ADD VALUE 'INFO_PROVIDED';

-- AlterEnum
ALTER TYPE "RequestStatus" ADD VALUE 'INFORMATION_REQUESTED';

-- AlterTable
ALTER TABLE "outbox_message" ADD COLUMN     "reply_to" VARCHAR(254);

-- CreateTable
CREATE TABLE "contact_message" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "organisation" VARCHAR(200),
    "subject" VARCHAR(200) NOT NULL,
    "message" VARCHAR(5000) NOT NULL,
    "locale" VARCHAR(5) NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answer" VARCHAR(5000),
    "answered_at" TIMESTAMPTZ(3),
    "answered_by_id" TEXT,

    CONSTRAINT "contact_message_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "contact_message_answered_at_received_at_idx" ON "contact_message"("answered_at", "received_at");

-- AddForeignKey
ALTER TABLE "contact_message" ADD CONSTRAINT "contact_message_answered_by_id_fkey" FOREIGN KEY ("answered_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

