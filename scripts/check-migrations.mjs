// The drift check: fails when prisma/schema.prisma and the committed migrations disagree.
//
//   node scripts/check-migrations.mjs [--schema path] [--migrations dir]
//
// Prisma's own drift check (`migrate diff --from-migrations`) needs the native schema engine,
// which cannot be downloaded here, and Prisma 6's JavaScript engine cannot apply a multi-statement
// migration to a PGlite shadow database. So this builds two in-memory PGlite databases instead:
//   A: the SQL Prisma 6 prints to go from an empty database to the schema (scripts/migration-sql.mjs);
//   B: the committed migrations, applied in order;
// and compares their catalogues: schemas, tables, columns (type, nullability, default), enums and
// their labels, sequences, indexes, primary, unique, foreign and exclusion keys (and extensions,
// when the schema declares any). Database A also gets the extensions the migrations create, which
// the schema may rely on (an index's operator class) but can no longer declare. Ignored: CHECK constraints, which only migrations can hold,
// hand-written views, functions and triggers, Prisma's _prisma_migrations table, column order and
// the order of enum labels (Prisma appends new labels to an enum, wherever the schema lists them).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ensurePrisma6, migrateDiff, root, toolsModules } from "./migration-sql.mjs";

function usage(message) {
  if (message) console.error(message);
  console.error("usage: node scripts/check-migrations.mjs [--schema path] [--migrations dir]");
  process.exit(2);
}

function fail(message, details = "") {
  console.error(`check-migrations: ${message}`);
  if (details) console.error(details);
  process.exit(1);
}

const rel = (p) => {
  const r = path.relative(process.cwd(), p);
  return r.startsWith("..") ? p : r || ".";
};

/** The committed migrations, in the order Prisma applies them. */
function readMigrations(dir) {
  if (!existsSync(dir)) return [];
  const lock = path.join(dir, "migration_lock.toml");
  if (!existsSync(lock)) fail(`${rel(lock)} is missing`);
  const provider = readFileSync(lock, "utf8").match(/^\s*provider\s*=\s*"([^"]*)"/m)?.[1];
  if (provider !== "postgresql") fail(`${rel(lock)} names provider ${JSON.stringify(provider)}, not "postgresql"`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b))
    .map((name) => {
      const file = path.join(dir, name, "migration.sql");
      if (!existsSync(file)) fail(`${rel(file)} is missing`);
      return { name, sql: readFileSync(file, "utf8") };
    });
}

/** A fresh in-memory PGlite with the contrib extensions the SQL creates, if PGlite ships them. */
async function freshDatabase(sqlTexts) {
  const pgliteDir = path.join(toolsModules, "@electric-sql", "pglite", "dist");
  const { PGlite } = await import(pathToFileURL(path.join(pgliteDir, "index.js")).href);
  const extensions = {};
  for (const sql of sqlTexts) {
    for (const m of sql.matchAll(/create\s+extension\s+(?:if\s+not\s+exists\s+)?"?([\w-]+)"?/gi)) {
      const id = m[1].toLowerCase().replace(/-/g, "_");
      const file = path.join(pgliteDir, "contrib", `${id}.js`);
      if (!extensions[m[1]] && existsSync(file)) extensions[m[1]] = (await import(pathToFileURL(file).href))[id];
    }
  }
  return new PGlite({ extensions });
}

const q = (s) => `"${s.replace(/"/g, '""')}"`;

/** The database's catalogue as a Map from object identity to a line of SQL defining it. */
async function catalogue(db) {
  const userSchemas = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'`;
  const notPrismaTable = `c.relname <> '_prisma_migrations'`;
  const entries = new Map();
  const add = (key, sql) => entries.set(key, sql);
  const rows = async (sql) => (await db.query(sql)).rows;

  for (const r of await rows(`SELECT n.nspname FROM pg_namespace n WHERE ${userSchemas} AND n.nspname <> 'public'`)) {
    add(`schema ${r.nspname}`, `CREATE SCHEMA ${q(r.nspname)}`);
  }
  for (const r of await rows(`SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE ${userSchemas} AND c.relkind IN ('r', 'p') AND ${notPrismaTable}`)) {
    add(`table ${r.nspname}.${r.relname}`, `CREATE TABLE ${q(r.nspname)}.${q(r.relname)}`);
  }
  for (const r of await rows(`SELECT n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod) AS type,
        a.attnotnull, pg_get_expr(d.adbin, d.adrelid) AS dflt, a.attidentity, a.attgenerated
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE ${userSchemas} AND c.relkind IN ('r', 'p') AND ${notPrismaTable} AND a.attnum > 0 AND NOT a.attisdropped`)) {
    let sql = `ALTER TABLE ${q(r.nspname)}.${q(r.relname)} ADD COLUMN ${q(r.attname)} ${r.type}`;
    if (r.attnotnull) sql += " NOT NULL";
    if (r.attgenerated === "s") sql += ` GENERATED ALWAYS AS (${r.dflt}) STORED`;
    else if (r.dflt != null) sql += ` DEFAULT ${r.dflt}`;
    if (r.attidentity) sql += ` GENERATED ${r.attidentity === "a" ? "ALWAYS" : "BY DEFAULT"} AS IDENTITY`;
    add(`column ${r.nspname}.${r.relname}.${r.attname}`, sql);
  }
  for (const r of await rows(`SELECT n.nspname, t.typname, array_agg(e.enumlabel::text ORDER BY e.enumlabel::text) AS labels
      FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid
      WHERE ${userSchemas} GROUP BY n.nspname, t.typname`)) {
    const labels = r.labels.map((l) => `'${l.replace(/'/g, "''")}'`).join(", ");
    add(`enum ${r.nspname}.${r.typname}`, `CREATE TYPE ${q(r.nspname)}.${q(r.typname)} AS ENUM (${labels}) -- labels sorted`);
  }
  for (const r of await rows(`SELECT n.nspname, c.relname, format_type(s.seqtypid, NULL) AS type
      FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE ${userSchemas} AND ${notPrismaTable}`)) {
    add(`sequence ${r.nspname}.${r.relname}`, `CREATE SEQUENCE ${q(r.nspname)}.${q(r.relname)} AS ${r.type}`);
  }
  for (const r of await rows(`SELECT n.nspname, i.relname, pg_get_indexdef(x.indexrelid) AS def
      FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid
      JOIN pg_namespace n ON n.oid = i.relnamespace
      WHERE ${userSchemas} AND ${notPrismaTable}`)) {
    add(`index ${r.nspname}.${r.relname}`, r.def);
  }
  // p: primary key, u: unique, f: foreign key, x: exclusion. Not c (CHECK) nor n (NOT NULL).
  for (const r of await rows(`SELECT n.nspname, c.relname, k.conname, pg_get_constraintdef(k.oid) AS def
      FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE ${userSchemas} AND ${notPrismaTable} AND k.contype IN ('p', 'u', 'f', 'x')`)) {
    add(`constraint ${r.nspname}.${r.relname}.${r.conname}`, `ALTER TABLE ${q(r.nspname)}.${q(r.relname)} ADD CONSTRAINT ${q(r.conname)} ${r.def}`);
  }
  for (const r of await rows(`SELECT extname FROM pg_extension WHERE extname <> 'plpgsql'`)) {
    add(`extension ${r.extname}`, `CREATE EXTENSION ${q(r.extname)}`);
  }
  return entries;
}

function compare(fromSchema, fromMigrations) {
  // Extensions count only when the schema declares some (postgresqlExtensions); otherwise Prisma
  // ignores them too, and migrations may create them by hand.
  const schemaHasExtensions = [...fromSchema.keys()].some((k) => k.startsWith("extension "));
  const keys = [...new Set([...fromSchema.keys(), ...fromMigrations.keys()])].filter((k) => schemaHasExtensions || !k.startsWith("extension ")).sort();
  const differences = [];
  for (const key of keys) {
    const a = fromSchema.get(key);
    const b = fromMigrations.get(key);
    if (a !== b) differences.push({ key, schema: a, migrations: b });
  }
  return differences;
}

async function main(argv) {
  let schema = path.join(root, "prisma", "schema.prisma");
  let migrationsDir = path.join(root, "prisma", "migrations");
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--schema" && argv[i + 1]) schema = path.resolve(argv[++i]);
    else if (argv[i] === "--migrations" && argv[i + 1]) migrationsDir = path.resolve(argv[++i]);
    else if (argv[i] === "-h" || argv[i] === "--help") usage();
    else usage(`unknown or incomplete argument: ${argv[i]}`);
  }
  if (!existsSync(schema)) usage(`no such file: ${schema}`);
  const migrations = readMigrations(migrationsDir);
  ensurePrisma6();

  // Prisma 6 runs in a child process while the migrations are applied here.
  const expectedSql = migrateDiff({ from: { empty: true }, to: schema });
  expectedSql.catch(() => {}); // handled where awaited
  const migrated = await freshDatabase(migrations.map((m) => m.sql));
  try {
    for (const m of migrations) {
      try {
        await migrated.exec(m.sql);
      } catch (err) {
        await expectedSql.catch(() => {}); // let Prisma 6 finish and remove its temporary files
        fail(`migration ${m.name} fails to apply to an empty database: ${err.message}`);
      }
    }
    const sql = await expectedSql.catch((err) => fail(err.message));
    // Prisma no longer declares extensions in the schema (postgresqlExtensions is deprecated):
    // migrations create them, and the schema's SQL may need them (e.g. gin_trgm_ops indexes).
    const extensionSql = migrations.flatMap((m) => [...m.sql.matchAll(/^\s*create\s+extension\b[^;]*;/gim)].map((x) => x[0])).join("\n");
    const expected = await freshDatabase([extensionSql, sql]);
    try {
      await expected.exec(extensionSql).catch((err) => fail(`the migrations' CREATE EXTENSION statements fail: ${err.message}`));
      await expected.exec(sql).catch((err) => fail(`the SQL Prisma generates for ${rel(schema)} fails to apply: ${err.message}`));
      const differences = compare(await catalogue(expected), await catalogue(migrated));
      if (differences.length === 0) {
        console.log("migrations match schema.prisma");
        return;
      }
      const lines = [];
      for (const d of differences) {
        lines.push(`  ${d.key}:`);
        lines.push(`    - migrations:    ${d.migrations ?? "(absent)"}`);
        lines.push(`    + schema.prisma: ${d.schema ?? "(absent)"}`);
      }
      lines.push(
        "",
        "Write a migration with the SQL that takes the old schema to the new one, e.g.:",
        "  git show HEAD:prisma/schema.prisma > /tmp/old.prisma",
        "  mkdir prisma/migrations/<yyyymmddhhmmss>_<name>",
        "  npm run db:migration-sql -- --from-schema /tmp/old.prisma > prisma/migrations/<yyyymmddhhmmss>_<name>/migration.sql",
      );
      fail(
        `${rel(migrationsDir)} and ${rel(schema)} disagree (${differences.length} difference${differences.length === 1 ? "" : "s"}; SQL below: - what the migrations build, + what the schema needs)`,
        lines.join("\n"),
      );
    } finally {
      await expected.close();
    }
  } finally {
    await migrated.close();
  }
}

main(process.argv.slice(2)).catch((err) => fail(err.stack ?? String(err)));
