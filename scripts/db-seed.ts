// `npm run db:seed`: loads the deterministic demo dataset into DATABASE_URL (or the embedded
// database in DATA_DIR). It refuses a database that already holds portal data (published profiles, EU municipalities,
// accounts) unless --reset is given, which first deletes every municipality, partnership and request
// and brings back the bundled register of hromadas; with --if-empty it leaves such a database alone and exits successfully (for one-shot setups).
// `npm run db:seed -- --scale 50000` then grows it to 50,000 Ukrainian municipalities with
// synthetic load data (prisma/seed/scale.ts), for benchmarks.
import { parseArgs } from "node:util";
import { env } from "../src/server/env";
import { migrate } from "../src/server/db/migrate";
import { startEmbeddedDatabase } from "../src/server/db/embedded";
import { setEmbeddedDatabaseUrl } from "../src/server/db/embedded-url";
import { db } from "../src/server/db/client";
import { deletePortalData, holdsPortalData } from "../src/server/db/reset";
import { importBundledRegister } from "../src/server/register/bundled";
import { seedDemo } from "../prisma/seed/demo";
import { seedScale } from "../prisma/seed/scale";

async function main() {
  const { values } = parseArgs({
    options: { reset: { type: "boolean", default: false }, "if-empty": { type: "boolean", default: false }, scale: { type: "string" } },
  });
  const scale = values.scale === undefined ? null : Number(values.scale);
  if (scale !== null && !(Number.isInteger(scale) && scale > 0 && scale <= 1_000_000)) {
    throw new Error("--scale takes a number of municipalities between 1 and 1,000,000.");
  }
  const embedded = env.DATABASE_URL ? null : await startEmbeddedDatabase(env.DATA_DIR, env.EMBEDDED_DB_PORT);
  if (embedded) {
    setEmbeddedDatabaseUrl(embedded.url);
    await migrate(embedded.url);
  }
  const url = env.DATABASE_URL ?? embedded!.url;
  try {
    const client = db();
    if (values.reset) {
      await deletePortalData(client);
    }
    // The demo's profiles belong to hromadas of the register: it must be there (a no-op when it is).
    await importBundledRegister(url);
    const hasData = await holdsPortalData(client);
    if (hasData && values["if-empty"]) {
      console.log("The database already holds portal data; nothing was seeded (--if-empty).");
      await client.$disconnect();
      return;
    }
    if (hasData && scale === null) {
      throw new Error(
        "The database already holds portal data (published profiles, EU municipalities or accounts); nothing was changed. Run `npm run db:seed -- --reset` to replace them with demo data.",
      );
    }
    if (!hasData) {
      const started = Date.now();
      const summary = await seedDemo(client);
      console.log(`Demo data seeded in ${((Date.now() - started) / 1000).toFixed(1)} s:`, summary);
    }
    if (scale !== null) {
      const started = Date.now();
      const summary = await seedScale(client, scale);
      console.log(`Scale data seeded in ${((Date.now() - started) / 1000).toFixed(1)} s:`, summary);
    }
    await client.$disconnect();
  } finally {
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
