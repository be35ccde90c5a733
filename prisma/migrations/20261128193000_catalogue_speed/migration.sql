-- CreateTable
CREATE TABLE "catalogue_generation" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "value" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "catalogue_generation_pkey" PRIMARY KEY ("id"),
    -- Added by hand (Prisma cannot express it): one row.
    CONSTRAINT "catalogue_generation_one_row" CHECK ("id" = 1)
);

-- Added by hand: the generation is the id of the last transaction that wrote a table the facet
-- counts read. Transaction ids only grow, so a generation never comes back, even after the table
-- is emptied; the upsert recreates the row if it was. Statement-level: one update per statement,
-- however many rows it changed.
INSERT INTO "catalogue_generation" ("id", "value") VALUES (1, pg_current_xact_id()::text::bigint);

CREATE FUNCTION "bump_catalogue_generation"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO catalogue_generation (id, value) VALUES (1, pg_current_xact_id()::text::bigint)
    ON CONFLICT (id) DO UPDATE SET value = EXCLUDED.value;
  RETURN NULL;
END
$$;

CREATE TRIGGER "municipality_catalogue_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "municipality"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalogue_generation"();
CREATE TRIGGER "municipality_area_catalogue_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "municipality_area"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalogue_generation"();
CREATE TRIGGER "region_catalogue_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "region"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalogue_generation"();
CREATE TRIGGER "cooperation_area_catalogue_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "cooperation_area"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalogue_generation"();

-- CreateIndex
CREATE INDEX "municipality_name_en_id_idx" ON "municipality"("name_en", "id");
