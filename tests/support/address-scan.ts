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

/**
 * Where an address is who a row belongs to, not text about someone: the erasure finds rows by
 * these (an account, mail to the address, a request from it, a contact person). The fixtures put
 * the address in them as the portal would; appending to them would make the rows someone else's.
 */
const IDENTITY_COLUMNS = [
  "app_user.email",
  "account.provider_account_id",
  "outbox_message.recipient",
  "verification_token.identifier",
  "partnership_request.requester_email",
  "municipality.contact_email",
];

/**
 * Appends `text` to every text-like column of every row of every table, wherever the column's
 * type and constraints let it (a char(2), a CHECK or a uuid refuse it): what the erasure must find
 * again wherever it could be. Returns the columns it was planted in. The migration runner's table
 * is not the portal's data.
 */
export async function plantEverywhere(text: string): Promise<string[]> {
  const planted: string[] = [];
  for (const { table, column } of await textColumns()) {
    if (table === "_prisma_migrations" || IDENTITY_COLUMNS.includes(`${table}.${column}`)) continue;
    // A key (an address, a token, a slug) is not text anyone types into: the erasure deletes or
    // replaces those rows by their key. Planting there would only change whom the rows belong to.
    const [{ keyed }] = await db().$queryRawUnsafe<{ keyed: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
                       WHERE i.indrelid = $1::regclass AND a.attname = $2 AND (i.indisunique OR i.indisprimary)) AS keyed`,
      ident(table),
      column,
    );
    if (keyed) continue;
    const [{ type }] = await db().$queryRawUnsafe<{ type: string }[]>(
      `SELECT format_type(atttypid, atttypmod) AS type FROM pg_attribute WHERE attrelid = $1::regclass AND attname = $2`,
      ident(table),
      column,
    );
    const c = ident(column);
    const value = type.startsWith("jsonb")
      ? `jsonb_build_array(${c}, $1::text)`
      : type.startsWith("json")
        ? `json_build_array(${c}, $1::text)`
        : type === "tsvector"
          ? `coalesce(${c}, ''::tsvector) || to_tsvector('simple', $1)`
          : type.endsWith("[]")
            ? `array_append(${c}, $1)`
            : `coalesce(${c}, '') || ' ' || $1`;
    try {
      const n = await db().$executeRawUnsafe(`UPDATE ${ident(table)} SET ${c} = ${value}`, text);
      if (n > 0) planted.push(`${table}.${column}`);
    } catch {
      // The column's type or a constraint refuses it: no address can be there either.
    }
  }
  return planted;
}
