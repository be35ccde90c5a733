-- Added by hand: the home page's and the map's figures count partnerships, and are kept per
-- process under the catalogue generation like the catalogue's filter counts
-- (src/server/generation-cache.ts). A partnership made, moved to another stage or ended moves
-- the generation too.
CREATE TRIGGER "partnership_catalogue_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "partnership"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalogue_generation"();
