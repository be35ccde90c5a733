-- AlterTable
ALTER TABLE "municipality" ADD COLUMN     "published_at" TIMESTAMPTZ(3);

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

-- CreateIndex
CREATE INDEX "municipality_published_at_idx" ON "municipality"("published_at");

-- AddForeignKey
ALTER TABLE "saved_search" ADD CONSTRAINT "saved_search_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- When a profile goes into the catalogue, whichever way (the editor's Publish, which leaves
-- updated_at alone on purpose, a coordinator's back office, a join proposal accepted, the seed):
-- the saved searches' weekly check lists it as new (src/server/saved-searches/weekly.ts).
CREATE FUNCTION municipality_set_published_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = 'PUBLISHED' AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM 'PUBLISHED') THEN
    NEW.published_at := now();
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER municipality_published_at
  BEFORE INSERT OR UPDATE OF status ON "municipality"
  FOR EACH ROW EXECUTE FUNCTION municipality_set_published_at();
