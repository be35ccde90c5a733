// Prints the SQL that takes a database from a "from" Prisma schema (or an empty database) to
// prisma/schema.prisma: exactly what `prisma migrate diff --script` prints.
//
//   node scripts/migration-sql.mjs [--from-schema path | --from-empty] [--to-schema path]
//
// Prisma 7's migrate commands need a native schema engine that cannot be downloaded here (see
// README, "Writing a migration"), so this runs Prisma 6 from tools/prisma6 with its JavaScript
// schema engine over an in-memory PGlite. Prisma 6 requires a `url` in the datasource block,
// which Prisma 7 rejects, and does not know every Prisma 7 generator option, so the CLI is given
// temporary Prisma-6-compatible copies of the schemas. Nothing under prisma/ is written.
//
// Also imported by scripts/check-migrations.mjs.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const toolsDir = path.join(root, "tools", "prisma6");
export const toolsModules = path.join(toolsDir, "node_modules");
const prismaCli = path.join(toolsModules, "prisma", "build", "index.js");

/** Installs tools/prisma6 from its lock file if it is missing. Progress goes to stderr. */
export function ensurePrisma6() {
  const needed = [prismaCli, path.join(toolsModules, "pglite-prisma-adapter"), path.join(toolsModules, "@electric-sql", "pglite")];
  if (needed.every((p) => existsSync(p))) return;
  console.error("tools/prisma6 is not installed: running npm ci --prefix tools/prisma6 ...");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const r = spawnSync(npm, ["ci", "--prefix", toolsDir, "--no-audit", "--no-fund"], {
    stdio: ["ignore", process.stderr, process.stderr],
    shell: process.platform === "win32",
  });
  if (r.status !== 0 || !existsSync(prismaCli)) {
    throw new Error(`npm ci --prefix tools/prisma6 failed (exit ${r.status ?? r.signal})`);
  }
}

/** A Prisma 7 schema rewritten so that the Prisma 6 CLI accepts it (models are untouched). */
export function prisma6Compatible(source) {
  // Generators are irrelevant to migrate diff; keep only their preview features, which can
  // change what the schema means, under a generator Prisma 6 knows.
  let out = source.replace(/^([ \t]*)generator\s+(\w+)\s*\{[^}]*\}/gm, (block, indent, name) => {
    const preview = block.match(/^\s*previewFeatures\s*=.*$/m);
    return `${indent}generator ${name} {\n  provider = "prisma-client-js"\n${preview ? `  ${preview[0].trim()}\n` : ""}}`;
  });
  // Prisma 6 requires a url; the CLI uses the adapter from its config instead.
  let datasources = 0;
  out = out.replace(/^([ \t]*)datasource\s+(\w+)\s*\{([^}]*)\}/gm, (block, indent, name, body) => {
    datasources++;
    if (/^\s*url\s*=/m.test(body)) return block;
    return `${indent}datasource ${name} {${body.replace(/\s*$/, "")}\n  url = "postgresql://prisma6.invalid/unused"\n}`;
  });
  if (datasources !== 1) throw new Error(`expected one datasource block, found ${datasources}`);
  return out;
}

function configSource() {
  const url = (p) => pathToFileURL(path.join(toolsModules, p)).href;
  return `// Temporary config written by scripts/migration-sql.mjs for the Prisma 6 CLI.
import { PGlite } from ${JSON.stringify(url("@electric-sql/pglite/dist/index.js"))};
import { PrismaPGlite } from ${JSON.stringify(url("pglite-prisma-adapter/dist/index.mjs"))};

// Postgres inside PGlite arms a 10 s timer (the idle statistics flush) after each statement, and
// Prisma 6 never closes the adapter's database, so the CLI would linger 10 s after printing. Only
// those timers are unref'd: they never carry work the CLI waits for.
const realSetTimeout = globalThis.setTimeout;
function setTimeoutUnrefPGlite(...args) {
  const timer = realSetTimeout.apply(this, args);
  if (new Error().stack?.includes("__setitimer_js")) timer?.unref?.();
  return timer;
}
Object.defineProperties(setTimeoutUnrefPGlite, Object.getOwnPropertyDescriptors(realSetTimeout));
globalThis.setTimeout = setTimeoutUnrefPGlite;

export default {
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaPGlite(new PGlite()),
};
`;
}

/**
 * Runs the Prisma 6 CLI's `migrate diff --script`; resolves to what it prints.
 * from: { empty: true } | { schema: path }; to: path of a Prisma 7 schema.
 * (`{ migrations: dir }` is accepted but fails: Prisma 6's JS engine cannot apply a
 * multi-statement migration to a PGlite shadow database.)
 */
export async function migrateDiff({ from, to }) {
  ensurePrisma6();
  const tmp = mkdtempSync(path.join(tmpdir(), "prisma6-diff-"));
  try {
    writeFileSync(path.join(tmp, "prisma.config.mjs"), configSource());
    const toCopy = path.join(tmp, "to.prisma");
    writeFileSync(toCopy, prisma6Compatible(readFileSync(to, "utf8")));
    const args = [prismaCli, "migrate", "diff", "--config", path.join(tmp, "prisma.config.mjs")];
    if (from.empty) {
      args.push("--from-empty");
    } else if (from.schema) {
      const fromCopy = path.join(tmp, "from.prisma");
      writeFileSync(fromCopy, prisma6Compatible(readFileSync(from.schema, "utf8")));
      args.push("--from-schema-datamodel", fromCopy);
    } else if (from.migrations) {
      args.push("--from-migrations", path.resolve(from.migrations));
    } else {
      throw new Error("migrateDiff: nothing to diff from");
    }
    args.push("--to-schema-datamodel", toCopy, "--script");
    const env = {
      ...process.env,
      // Any existing file stops Prisma 6 from trying to download engines it does not use here.
      PRISMA_SCHEMA_ENGINE_BINARY: process.execPath,
      PRISMA_QUERY_ENGINE_LIBRARY: process.execPath,
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1",
      NO_COLOR: "1",
    };
    const r = await run(process.execPath, args, { cwd: tmp, env });
    if (r.status !== 0) {
      const detail = `${r.stderr ?? ""}${r.stdout ?? ""}`.trim();
      throw new Error(`prisma 6 migrate diff failed (exit ${r.status ?? r.signal}):\n${detail}`);
    }
    if (!/^--|^\s*$/.test(r.stdout.split("\n", 1)[0])) {
      // Anything but SQL on stdout (e.g. a CLI warning) would end up in a migration file.
      throw new Error(`prisma 6 migrate diff printed something other than SQL:\n${r.stdout}`);
    }
    return r.stdout;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
}

function usage(message) {
  if (message) console.error(message);
  console.error("usage: node scripts/migration-sql.mjs [--from-schema path | --from-empty] [--to-schema path]");
  process.exit(2);
}

async function main(argv) {
  let from = { empty: true };
  let to = path.join(root, "prisma", "schema.prisma");
  let fromGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--from-empty" || arg === "--from-schema") {
      if (fromGiven) usage("give at most one of --from-schema and --from-empty");
      fromGiven = true;
      if (arg === "--from-schema") {
        if (!argv[i + 1]) usage("--from-schema needs a path");
        from = { schema: path.resolve(argv[++i]) };
      }
    } else if (arg === "--to-schema") {
      if (!argv[i + 1]) usage("--to-schema needs a path");
      to = path.resolve(argv[++i]);
    } else if (arg === "-h" || arg === "--help") {
      usage();
    } else {
      usage(`unknown argument: ${arg}`);
    }
  }
  for (const p of [to, from.schema].filter(Boolean)) if (!existsSync(p)) usage(`no such file: ${p}`);
  try {
    process.stdout.write(await migrateDiff({ from, to }));
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  main(process.argv.slice(2));
}
