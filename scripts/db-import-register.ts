// `npm run db:import-register -- FILE`: brings the register of hromadas in line with a newer
// edition of the KATOTTG codifier (the columns of prisma/register/README.md). Idempotent, keyed on
// the code; prints what it added, renamed, moved and what is no longer in the codifier. A hromada
// that holds a profile, a request, a membership or a partnership is never deleted: it is marked.
import path from "node:path";
import { env } from "../src/server/env";
import { startEmbeddedDatabase } from "../src/server/db/embedded";
import { importRegisterFile } from "../src/server/register/bundled";
import { printRegisterReport } from "./lib/register-report";

async function main() {
  const file = process.argv[2];
  if (!file) throw new Error("Usage: npm run db:import-register -- FILE (a KATOTTG codifier CSV; see prisma/register/README.md)");
  const embedded = env.DATABASE_URL ? null : await startEmbeddedDatabase(env.DATA_DIR, env.EMBEDDED_DB_PORT);
  try {
    const report = await importRegisterFile(env.DATABASE_URL ?? embedded!.url, path.resolve(file), path.basename(file));
    if (report.alreadyImported) console.log(`${file} was imported before: nothing changed.`);
    else printRegisterReport(report, `register of hromadas from ${file}`);
  } finally {
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
