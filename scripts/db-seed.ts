// `npm run db:seed`: loads the deterministic demo dataset into DATABASE_URL (or the embedded
// database in DATA_DIR). It refuses a database that already has municipalities unless --reset
// is given, which first deletes every municipality, partnership and request.
import { parseArgs } from "node:util";
import { env } from "../src/server/env";
import { migrate } from "../src/server/db/migrate";
import { startEmbeddedDatabase } from "../src/server/db/embedded";
import { setEmbeddedDatabaseUrl } from "../src/server/db/embedded-url";
import { db } from "../src/server/db/client";
import { deletePortalData } from "../src/server/db/reset";
import { seedDemo } from "../prisma/seed/demo";

async function main() {
  const { values } = parseArgs({ options: { reset: { type: "boolean", default: false } } });
  const embedded = env.DATABASE_URL ? null : await startEmbeddedDatabase(env.DATA_DIR, env.EMBEDDED_DB_PORT);
  if (embedded) {
    setEmbeddedDatabaseUrl(embedded.url);
    await migrate(embedded.url);
  }
  try {
    const client = db();
    if (values.reset) {
      await deletePortalData(client);
    } else if ((await client.municipality.count()) > 0) {
      throw new Error("The database already has municipalities; nothing was changed. Run `npm run db:seed -- --reset` to replace them with demo data.");
    }
    const started = Date.now();
    const summary = await seedDemo(client);
    console.log(`Demo data seeded in ${((Date.now() - started) / 1000).toFixed(1)} s:`, summary);
    await client.$disconnect();
  } finally {
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
