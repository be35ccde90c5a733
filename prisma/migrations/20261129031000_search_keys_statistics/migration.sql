-- Added by hand: a search's condition is a dozen LIKE '%…%' tests on the search keys
-- (src/server/municipalities/search-sql.ts), and the planner estimates each by running the
-- pattern over the column's statistics (its most common values and histogram, 100 entries by
-- default). That took 1.6 ms of a 10 ms search at 50,000 profiles; with 10 entries it takes
-- 0.8 ms. The estimates were poor with 100 too: the keys are nearly all distinct, and a search
-- word is a small part of a key, so they are mostly the planner's default guess either way. One
-- search at a time, page SQL: Lviv 8.8 → 8.0 ms, Sumy 12.4 → 10.1 ms (it no longer starts parallel
-- workers for 2,000 rows), the keyword searches unchanged.
ALTER TABLE "municipality"
  ALTER COLUMN "search_names" SET STATISTICS 10,
  ALTER COLUMN "search_places" SET STATISTICS 10;

ANALYZE "municipality" ("search_names", "search_places");
