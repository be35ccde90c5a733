import { db } from "./database";

/**
 * Every column of every table that can hold text (text, varchar, char, json, jsonb, arrays,
 * tsvector), read from information_schema: a table added later is scanned without a change here.
 */
export async function textColumns(): Promise<{ table: string; column: string }[]> {
  return db().$queryRaw<{ table: string; column: string }[]>`
    SELECT c.table_name AS table, c.column_name AS column
      FROM information_schema.columns c
      JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
     WHERE c.table_schema = current_schema()
       AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'tsvector')
     ORDER BY 1, 2`;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** "table.column" for each column where `text` occurs (any case) in some row. */
export async function whereTextOccurs(text: string): Promise<string[]> {
  const found: string[] = [];
  for (const { table, column } of await textColumns()) {
    // Identifiers come from information_schema, quoted; the text is a parameter.
    const [row] = await db().$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM ${ident(table)} WHERE strpos(lower(${ident(column)}::text), $1) > 0`,
      text.toLowerCase(),
    );
    if (row.n > 0n) found.push(`${table}.${column}`);
  }
  return found;
}

/** A fingerprint of every row of every table but the audit log: equal fingerprints, nothing changed. */
export async function fingerprint(): Promise<Record<string, string>> {
  const tables = await db().$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT IN ('audit_event', '_prisma_migrations')
     ORDER BY 1`;
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await db().$queryRawUnsafe<{ digest: string | null }[]>(
      `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM ${ident(name)} t`,
    );
    out[name] = row.digest ?? "";
  }
  return out;
}
