import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrate } from "../../src/server/db/migrate";
import { startEmbeddedDatabase } from "../../src/server/db/embedded";
import { importBundledRegister } from "../../src/server/register/bundled";

/**
 * Integration tests run against a real Postgres: a fresh database on the server of DATABASE_URL,
 * dropped afterwards, or — with DATABASE_URL unset — the embedded database in a temporary
 * directory. Either way the committed migrations build the schema.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `c4c_test_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    // Not UTC, and not a whole hour from it: the portal must store and read every time right
    // whatever the server's time zone (src/server/db/client.ts pins its sessions to UTC).
    await admin.query(`ALTER DATABASE ${name} SET TimeZone = 'Asia/Kathmandu'`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    await migrate(url.toString());
    await importBundledRegister(url.toString());
    project.provide("databaseUrl", url.toString());
    project.provide("poolSize", 10);
    console.log(`integration tests: Postgres database ${name} on ${url.host}`);
    return async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    };
  }
  const dir = await mkdtemp(path.join(tmpdir(), "c4c-test-"));
  const embedded = await startEmbeddedDatabase(dir, 0);
  await migrate(embedded.url);
  await importBundledRegister(embedded.url);
  project.provide("databaseUrl", embedded.url);
  // PGlite is one session: a pool of one keeps each transaction whole (see src/server/db/client.ts).
  project.provide("poolSize", 1);
  console.log("integration tests: embedded database (DATABASE_URL is unset); the race tests are skipped, marked [not run]: they need a real Postgres");
  return async () => {
    await embedded.stop();
    await rm(dir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    poolSize: number;
  }
}
