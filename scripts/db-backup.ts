// `npm run db:backup [-- FILE]`: a backup of DATABASE_URL (pg_dump custom format) in FILE, by
// default backups/c4c-<UTC time>.dump, mode 0600, without sessions and sign-in links (everybody
// signs in again after a restore). Restore it with `npm run db:restore -- FILE`.
import { mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { env } from "../src/server/env";
import { backupDatabase, rowCounts } from "../src/server/db/backup";

async function main() {
  if (!env.DATABASE_URL) {
    throw new Error("db:backup needs DATABASE_URL (a real Postgres). The embedded demo database is a directory: stop the portal and copy DATA_DIR.");
  }
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*$/, "").replace("T", "-");
  const file = path.resolve(process.argv[2] ?? path.join("backups", `c4c-${stamp}.dump`));
  // The directory too is its owner's only: the backups in it hold everyone's personal data.
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  await backupDatabase(env.DATABASE_URL, file);
  const counts = await rowCounts(env.DATABASE_URL);
  const rows = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(
    `backup written: ${file} (${(statSync(file).size / 1024).toFixed(0)} KiB; ${Object.keys(counts).length} tables, ${rows} rows at the time of the dump)`,
  );
}

main().catch((error) => {
  console.error(`db:backup: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
