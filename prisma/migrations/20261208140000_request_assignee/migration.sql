-- AlterTable
ALTER TABLE "partnership_request" ADD COLUMN     "assignee_id" TEXT;

-- CreateIndex
CREATE INDEX "partnership_request_assignee_id_idx" ON "partnership_request"("assignee_id");

-- AddForeignKey
ALTER TABLE "partnership_request" ADD CONSTRAINT "partnership_request_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

