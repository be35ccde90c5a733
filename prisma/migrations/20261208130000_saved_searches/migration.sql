-- CreateTable
CREATE TABLE "saved_search" (
    "id" SERIAL NOT NULL,
    "user_id" TEXT NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "query" VARCHAR(2000) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "next_check_at" TIMESTAMPTZ(3) NOT NULL,
    "new_since" TIMESTAMPTZ(3) NOT NULL,
    "last_mailed_at" TIMESTAMPTZ(3),
    "mailed_ids" INTEGER[] DEFAULT ARRAY[]::INTEGER[],

    CONSTRAINT "saved_search_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "saved_search_user_id_idx" ON "saved_search"("user_id");

-- CreateIndex
CREATE INDEX "saved_search_next_check_at_idx" ON "saved_search"("next_check_at");

-- CreateIndex
CREATE INDEX "municipality_updated_at_idx" ON "municipality"("updated_at");

-- AddForeignKey
ALTER TABLE "saved_search" ADD CONSTRAINT "saved_search_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

