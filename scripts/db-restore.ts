// `npm run db:restore -- FILE`: restores a backup made by `npm run db:backup` into DATABASE_URL,
// which must be an empty database (create one first: `createdb c4c_restored`). All or nothing:
// pg_restore runs in one transaction and stops at the first error.
import { env } from "../src/server/env";
import { restoreDatabase, rowCounts } from "../src/server/db/backup";

async function main() {
  const file = process.argv[2];
  if (!file) throw new Error("usage: npm run db:restore -- FILE");
  if (!env.DATABASE_URL) throw new Error("db:restore needs DATABASE_URL: the empty Postgres database to restore into");
  await restoreDatabase(env.DATABASE_URL, file);
  const counts = await rowCounts(env.DATABASE_URL);
  for (const [table, n] of Object.entries(counts)) console.log(`  ${table.padEnd(28)} ${n}`);
  console.log(`restored ${file}: ${Object.keys(counts).length} tables, ${Object.values(counts).reduce((a, b) => a + b, 0)} rows`);
}

main().catch((error) => {
  console.error(`db:restore: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
