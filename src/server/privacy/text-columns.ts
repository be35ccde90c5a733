import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { ERASED_TEXT } from "@/lib/privacy/erased";

/**
 * Every column of every table that can hold text, read from Postgres's own catalogue at erasure
 * time: a table or column added later is erased without a change here (the erasure test plants an
 * address in every one it can and scans them all). Tables of the migration runner are not the
 * portal's data.
 */
type TextColumn = { table: string; column: string; kind: "text" | "json" | "jsonb" | "array" | "tsvector"; maxLength: number | null };

export async function textColumns(tx: Prisma.TransactionClient): Promise<TextColumn[]> {
  return tx.$queryRaw<TextColumn[]>`
    SELECT c.table_name AS "table", c.column_name AS "column",
           CASE WHEN c.data_type IN ('json', 'jsonb', 'tsvector') THEN c.data_type
                WHEN c.data_type = 'ARRAY' THEN 'array' ELSE 'text' END AS kind,
           c.character_maximum_length AS "maxLength"
      FROM information_schema.columns c
      JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
     WHERE c.table_schema = current_schema()
       AND c.table_name <> '_prisma_migrations'
       AND (c.data_type IN ('text', 'character varying', 'json', 'jsonb', 'tsvector')
            OR (c.data_type = 'ARRAY' AND c.udt_name IN ('_text', '_varchar')))
     ORDER BY 1, 2`;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Replaces every match of `pattern` (a Postgres ARE, matched ignoring case) by ERASED_TEXT in
 * every text column of every table, for rows where `needle` (lower case) occurs; returns the
 * tables and the number of rows changed in each. One UPDATE per table (one scan), only of rows
 * that hold the needle. Lexemes of a tsvector holding it are dropped (the search text is
 * recomputed from the erased descriptions by the caller).
 */
export async function replaceEverywhere(tx: Prisma.TransactionClient, pattern: string, needle: string): Promise<Map<string, number>> {
  const byTable = new Map<string, TextColumn[]>();
  for (const c of await textColumns(tx)) byTable.set(c.table, [...(byTable.get(c.table) ?? []), c]);
  const changed = new Map<string, number>();
  for (const [table, columns] of byTable) {
    // Safe: identifiers come from the catalogue, quoted; the pattern and needle are parameters.
    const sets = columns.map(({ column, kind, maxLength }) => {
      const c = ident(column);
      const replace = (value: string) => `regexp_replace(${value}, $1, $2, 'gi')`;
      const fit = (value: string) => (maxLength ? `left(${value}, ${Number(maxLength)})` : value);
      switch (kind) {
        case "json":
        case "jsonb":
          return `${c} = ${replace(`${c}::text`)}::${kind}`;
        case "array":
          return `${c} = ARRAY(SELECT ${fit(replace("u.x"))} FROM unnest(${c}) WITH ORDINALITY u(x, n) ORDER BY u.n)`;
        case "tsvector":
          return `${c} = ts_delete(${c}, ARRAY(SELECT u.lexeme FROM unnest(${c}) u WHERE strpos(lower(u.lexeme), $3) > 0))`;
        default:
          return `${c} = ${fit(replace(c))}`;
      }
    });
    const where = columns.map(({ column }) => `strpos(lower(${ident(column)}::text), $3) > 0`).join(" OR ");
    const n = await tx.$executeRawUnsafe(`UPDATE ${ident(table)} SET ${sets.join(", ")} WHERE ${where}`, pattern, ERASED_TEXT, needle);
    if (n > 0) changed.set(table, n);
  }
  return changed;
}
