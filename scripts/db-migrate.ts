// `npm run db:migrate`: applies prisma/migrations to DATABASE_URL, or to the embedded database in
// DATA_DIR when DATABASE_URL is unset.
import { env } from "../src/server/env";
import { migrate } from "../src/server/db/migrate";
import { startEmbeddedDatabase } from "../src/server/db/embedded";
import { importBundledRegister } from "../src/server/register/bundled";
import { printRegisterReport } from "./lib/register-report";

async function main() {
  const embedded = env.DATABASE_URL ? null : await startEmbeddedDatabase(env.DATA_DIR, env.EMBEDDED_DB_PORT);
  try {
    const { applied, alreadyApplied } = await migrate(env.DATABASE_URL ?? embedded!.url);
    const target = env.DATABASE_URL ? "DATABASE_URL" : `embedded database in ${env.DATA_DIR}`;
    console.log(`${target}: ${applied.length} migration(s) applied${applied.length ? ": " + applied.join(", ") : ""}; ${alreadyApplied} already applied.`);
    const register = await importBundledRegister(env.DATABASE_URL ?? embedded!.url);
    if (register.alreadyImported) console.log("register of hromadas: the bundled edition was imported before; unchanged.");
    else printRegisterReport(register, "register of hromadas (bundled edition)");
  } finally {
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
