// Backups of a real Postgres with the server's own tools: pg_dump's custom format, restored with
// pg_restore in one transaction into an empty database. Used by `npm run db:backup` and
// `npm run db:restore` (scripts/) and by tests/integration/backup.test.ts.
import { spawn } from "node:child_process";
import { chmodSync, closeSync, existsSync, openSync, readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { env as config } from "@/server/env";

/** pg_dump or pg_restore: from PG_BIN, else the newest /usr/lib/postgresql/<version>/bin, else PATH. */
export function pgTool(name: "pg_dump" | "pg_restore"): string {
  const dirs: string[] = [];
  if (config.PG_BIN) dirs.push(config.PG_BIN);
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    dirs.push(...versions.map((v) => path.join(debian, v, "bin")));
  }
  const found = dirs.map((d) => path.join(d, name)).find((p) => existsSync(p));
  return found ?? name;
}

/** The URL without its password, and the password apart: it goes to the tool's environment, not its command line. */
function connection(url: string): { uri: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return { uri: parsed.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (error) =>
      reject(new Error(`${path.basename(command)} could not be started (${error.message}); install the PostgreSQL client tools or set PG_BIN`)),
    );
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(command)} failed (exit ${code}):\n${stderr.trim()}`))));
  });
}

/**
 * Tables whose rows are credentials, left out of every backup (their definitions stay): a live
 * session token or sign-in link in a backup would let whoever reads it sign in as that person, on
 * the live portal or on a restored copy. After a restore everybody signs in again.
 */
export const CREDENTIAL_TABLES = ["session", "verification_token"] as const;

/**
 * Writes a backup of the database at `url` to `file` (pg_dump custom format, no owners or grants,
 * no credentials), readable by its owner only (0600): it holds the personal data of everyone in
 * the network. The file is created with that mode before pg_dump writes into it.
 */
export async function backupDatabase(url: string, file: string): Promise<void> {
  const { uri, env } = connection(url);
  const handle = openSync(file, "w", 0o600);
  closeSync(handle);
  chmodSync(file, 0o600); // an existing file keeps its old mode through open()
  const excluded = CREDENTIAL_TABLES.map((t) => `--exclude-table-data=public.${t}`);
  await run(pgTool("pg_dump"), ["--format=custom", "--no-owner", "--no-privileges", ...excluded, "--file", file, "--dbname", uri], env);
  chmodSync(file, 0o600);
}

/** The tables of the public schema that hold rows or exist at all: a restore needs none. */
export async function userTables(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
    );
    return rows.map((r) => r.table_name);
  } finally {
    await client.end();
  }
}

export class NotEmpty extends Error {
  constructor(readonly tables: string[]) {
    super(`the target database is not empty (${tables.length} tables, e.g. ${tables.slice(0, 3).join(", ")}); restore into a new, empty database`);
    this.name = "NotEmpty";
  }
}

/** Restores `file` into the EMPTY database at `url`, all or nothing (one transaction). */
export async function restoreDatabase(url: string, file: string): Promise<void> {
  if (!existsSync(file)) throw new Error(`no backup file at ${file}`);
  const existing = await userTables(url);
  if (existing.length > 0) throw new NotEmpty(existing);
  const { uri, env } = connection(url);
  await run(pgTool("pg_restore"), ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", "--dbname", uri, file], env);
}

/** Rows per table, for the scripts' report. */
export async function rowCounts(url: string): Promise<Record<string, number>> {
  const tables = await userTables(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const counts: Record<string, number> = {};
    for (const table of tables) {
      const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
      counts[table] = rows[0]!.n;
    }
    return counts;
  } finally {
    await client.end();
  }
}
