import { inject } from "vitest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { backupDatabase, CREDENTIAL_TABLES, NotEmpty, restoreDatabase, userTables } from "@/server/db/backup";
import { SESSION_OPTIONS } from "@/server/db/client";
import { seedDemo } from "../../prisma/seed/demo";
import { createUser } from "../support/accounts";
import { db, resetDatabase } from "../support/database";

// pg_dump and pg_restore speak to a Postgres server; the embedded database (PGlite, a pool of
// one) is backed up by copying its directory instead.
const embedded = inject("poolSize") === 1;

/** Every row of every table of the public schema, as one digest per table (times written in UTC,
 * the portal's session zone, whatever each database's own). */
async function contents(url: string): Promise<Record<string, { rows: number; digest: string }>> {
  const client = new pg.Client({ connectionString: url, options: SESSION_OPTIONS });
  await client.connect();
  try {
    const result: Record<string, { rows: number; digest: string }> = {};
    for (const table of await userTables(url)) {
      const { rows } = await client.query<{ rows: number; digest: string }>(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "${table}" t`,
      );
      result[table] = rows[0]!;
    }
    return result;
  } finally {
    await client.end();
  }
}

describe.skipIf(embedded)("backup and restore (pg_dump / pg_restore)", () => {
  const source = inject("databaseUrl");
  const target = new URL(source);
  target.pathname = `/c4c_restore_${process.pid}_${Date.now()}`;
  const admin = new URL(source);
  admin.pathname = "/postgres";
  const dir = mkdtempSync(path.join(tmpdir(), "c4c-backup-"));
  const file = path.join(dir, "c4c.dump");

  async function sql(statement: string) {
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    await resetDatabase();
    await seedDemo(db());
    // Accounts data too: a user with Cyrillic in their name, a session and an audit event.
    const id = await createUser("olena.backup@hromada.example");
    await db().user.update({ where: { id }, data: { name: "Олена Бекап" } });
    await db().session.create({ data: { sessionToken: "backup-session", userId: id, expires: new Date(Date.now() + 86_400_000) } });
    await db().verificationToken.create({
      data: { identifier: "olena.backup@hromada.example", token: "backup-link", expires: new Date(Date.now() + 86_400_000) },
    });
    await db().auditEvent.create({ data: { actorUserId: id, action: "auth.signIn", outcome: "ALLOWED", detail: { via: "backup test" } } });
    await sql(`CREATE DATABASE ${target.pathname.slice(1)}`);
  }, 180_000);

  afterAll(async () => {
    await sql(`DROP DATABASE IF EXISTS ${target.pathname.slice(1)} WITH (FORCE)`);
    rmSync(dir, { recursive: true, force: true });
  });

  it("restores a backup into an empty database with every row of every table", async () => {
    const before = await contents(source);
    await backupDatabase(source, file);
    expect(statSync(file).size).toBeGreaterThan(10_000);

    // Readable by its owner only, and without credentials: a session or sign-in link in it would
    // sign its reader in (on the portal, or on a restored copy).
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(before.session!.rows).toBeGreaterThan(0);
    expect(before.verification_token!.rows).toBeGreaterThan(0);

    await restoreDatabase(target.toString(), file);
    const after = await contents(target.toString());
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const table of CREDENTIAL_TABLES) {
      expect(after[table]).toEqual({ rows: 0, digest: expect.any(String) });
      delete before[table];
      delete after[table];
    }
    expect(after).toEqual(before);
    // Not vacuous: the demo data, the accounts and the migrations' record are all there.
    expect(after.municipality!.rows).toBeGreaterThan(300);
    expect(after.partnership_request!.rows).toBeGreaterThan(10);
    expect(after.app_user!.rows).toBeGreaterThan(4);
    expect(after._prisma_migrations!.rows).toBeGreaterThan(3);
  }, 120_000);

  it("refuses to restore into a database that is not empty, and changes nothing there", async () => {
    const before = await contents(source);
    await expect(restoreDatabase(source, file)).rejects.toBeInstanceOf(NotEmpty);
    expect(await contents(source)).toEqual(before);
  }, 60_000);

  it("says plainly when the backup file does not exist", async () => {
    await expect(restoreDatabase(target.toString(), path.join(dir, "missing.dump"))).rejects.toThrow(/no backup file/);
  });
});
