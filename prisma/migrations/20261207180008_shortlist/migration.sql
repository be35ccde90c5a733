-- CreateTable
CREATE TABLE "shortlist_entry" (
    "user_id" TEXT NOT NULL,
    "municipality_id" INTEGER NOT NULL,
    "added_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "shortlist_entry_pkey" PRIMARY KEY ("user_id","municipality_id")
);

-- CreateIndex
CREATE INDEX "shortlist_entry_municipality_id_idx" ON "shortlist_entry"("municipality_id");

-- AddForeignKey
ALTER TABLE "shortlist_entry" ADD CONSTRAINT "shortlist_entry_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shortlist_entry" ADD CONSTRAINT "shortlist_entry_municipality_id_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

