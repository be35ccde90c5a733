import type { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/server/env";
import { db } from "./client";
import { startEmbeddedDatabase } from "./embedded";
import { setEmbeddedDatabaseUrl } from "./embedded-url";
import { migrate } from "./migrate";
import { holdsPortalData } from "./reset";
import { importBundledRegister } from "@/server/register/bundled";

/**
 * Runs once when the server starts. Without DATABASE_URL the portal is a self-contained demo:
 * it starts the embedded database, migrates it and seeds demo data the first time. With a real
 * Postgres it only connects; migrating and seeding are deliberate steps (`npm run db:migrate`,
 * `npm run db:seed`), unless SEED_DEMO_DATA=1 asks for demo data on an empty database.
 * The demo data's seeder comes from the entry point (src/instrumentation.ts): the server never
 * depends on prisma/seed, which is large and loaded only when an empty database is seeded.
 */
export async function prepareDatabase(loadDemoSeed: DemoSeedLoader): Promise<void> {
  let url = env.DATABASE_URL;
  if (!url) {
    const started = Date.now();
    const embedded = await startEmbeddedDatabase(env.DATA_DIR, env.EMBEDDED_DB_PORT);
    setEmbeddedDatabaseUrl(embedded.url);
    url = embedded.url;
    // Best effort: Next exits on SIGTERM/SIGINT without waiting for us. PGlite survives an
    // abrupt exit, and a lock left behind by a dead process is taken over at the next start.
    const stop = () => void embedded.stop().catch(() => undefined);
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    const { applied } = await migrate(url);
    await importBundledRegister(url);
    console.log(`embedded database: ${env.DATA_DIR} ready in ${Date.now() - started} ms, ${applied.length} migration(s) applied`);
  }
  if (!env.DATABASE_URL || env.SEED_DEMO_DATA === "1") {
    await seedDemoIfEmpty(loadDemoSeed);
  }
}

/** Loads the demo seed (prisma/seed/demo.ts's `seedDemo`) when it is needed. */
export type DemoSeedLoader = () => Promise<(client: PrismaClient) => Promise<unknown>>;

async function seedDemoIfEmpty(loadDemoSeed: DemoSeedLoader): Promise<void> {
  const client = db();
  if (await holdsPortalData(client)) return;
  const started = Date.now();
  const seedDemo = await loadDemoSeed();
  const summary = await seedDemo(client);
  console.log(`demo data seeded in ${Date.now() - started} ms:`, summary);
}
