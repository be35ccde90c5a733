-- EU municipalities telling the network they would like to partner with a hromada not yet on the portal.
-- CreateTable
CREATE TABLE "partner_interest" (
    "id" SERIAL NOT NULL,
    "ukrainian_municipality_id" INTEGER NOT NULL,
    "eu_municipality_id" INTEGER NOT NULL,
    "user_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "partner_interest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "partner_interest_eu_municipality_id_idx" ON "partner_interest"("eu_municipality_id");

-- CreateIndex
CREATE UNIQUE INDEX "partner_interest_ukrainian_municipality_id_eu_municipality__key" ON "partner_interest"("ukrainian_municipality_id", "eu_municipality_id");

-- AddForeignKey
ALTER TABLE "partner_interest" ADD CONSTRAINT "partner_interest_ukrainian_municipality_id_fkey" FOREIGN KEY ("ukrainian_municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partner_interest" ADD CONSTRAINT "partner_interest_eu_municipality_id_fkey" FOREIGN KEY ("eu_municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partner_interest" ADD CONSTRAINT "partner_interest_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

