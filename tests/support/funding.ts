import { readFile } from "node:fs/promises";
import path from "node:path";
import { db } from "../../src/server/db/client";

/**
 * Puts back the funding programmes every database starts with (the INSERT of their migration):
 * a test file that runs before may have changed them (the erasure test plants an address in
 * every text column of every table), and the files share one database.
 */
export async function restoreFirstFundingProgrammes(): Promise<void> {
  const sql = await readFile(path.join("prisma", "migrations", "20261207160000_funding_programmes", "migration.sql"), "utf8");
  const insert = sql.slice(sql.indexOf('INSERT INTO "funding_programme"'));
  await db().$transaction([db().$executeRawUnsafe("DELETE FROM funding_programme"), db().$executeRawUnsafe(insert)]);
}
