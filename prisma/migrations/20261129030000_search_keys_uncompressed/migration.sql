-- Added by hand: the search keys are read by several LIKE and strpos tests per row on every
-- search (src/server/municipalities/search-sql.ts). Stored compressed (the default, EXTENDED,
-- compresses them whenever a row is long, which at 50,000 profiles was half the rows), each test
-- decompressed the value again. They are short (about 70 and 200 bytes): kept uncompressed, a
-- search of "Lviv" at 50,000 profiles spends 4.8 ms instead of 5.9 ms in its heap scan.
-- EXTERNAL, not PLAIN: a very long value may still be moved out of the row rather than fail.
ALTER TABLE "municipality"
  ALTER COLUMN "search_names" SET STORAGE EXTERNAL,
  ALTER COLUMN "search_places" SET STORAGE EXTERNAL;

-- Rows written before keep their compressed values until rewritten. This holds the table's lock
-- while it runs: milliseconds for the network's 1,469 hromadas, seconds at 50,000 profiles.
UPDATE "municipality" SET "search_names" = "search_names" || '', "search_places" = "search_places" || ''
 WHERE pg_column_compression("search_names") IS NOT NULL OR pg_column_compression("search_places") IS NOT NULL;
