// `npm test`: every test the portal has, in order of speed.
//   1. the migrations match prisma/schema.prisma; ESLint finds nothing; Prettier's format holds;
//   2. unit and integration tests (vitest; integration on DATABASE_URL's server or the embedded database);
//   3. end-to-end tests in Chromium against a production build with demo data.
// E2E uses CHROMIUM_PATH, /usr/bin/chromium or Playwright's own Chromium; without one it is
// skipped with a notice, unless REQUIRE_E2E=1, which makes a missing browser fail the run.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { buildIfChanged, root } from "./lib/build.mjs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function run(title, command, args, extraEnv = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...env, ...extraEnv } });
  if (result.status !== 0) throw new Error(`✗ ${title} failed`);
}

async function findChromium() {
  for (const candidate of [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  try {
    const { chromium } = await import("@playwright/test");
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here.
  }
  return null;
}

/** A fresh database with demo data for the e2e server; returns its URL and a cleanup. */
async function e2eDatabase() {
  if (!process.env.DATABASE_URL) {
    const dataDir = mkdtempSync(path.join(tmpdir(), "c4c-e2e-"));
    return { serverEnv: { DATA_DIR: dataDir }, cleanup: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const name = `c4c_e2e_${process.pid}`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  run("e2e database: migrate", "npx", ["tsx", "scripts/db-migrate.ts"], { DATABASE_URL: url.toString() });
  run("e2e database: seed demo data", "npx", ["tsx", "scripts/db-seed.ts"], { DATABASE_URL: url.toString() });
  return {
    // Demo mode, as with the embedded database: the sign-in specs read the magic link from the
    // development mailbox and use the one-click demo sign-in.
    serverEnv: { DATABASE_URL: url.toString(), DEMO_MODE: "1" },
    cleanup: async () => {
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

async function main() {
  run("migrations match schema.prisma", "node", ["scripts/check-migrations.mjs"]);
  run("lint (ESLint, no warnings allowed)", "npm", ["run", "--silent", "lint"]);
  run("format (Prettier; `npm run format` fixes it)", "npm", ["run", "--silent", "format:check"]);
  run("unit and integration tests", "npx", ["vitest", "run"]);

  const chromium = await findChromium();
  if (!chromium) {
    const message = "e2e: no Chromium found (set CHROMIUM_PATH, or install Debian's chromium package); end-to-end tests skipped.";
    if (process.env.REQUIRE_E2E === "1") {
      throw new Error(`✗ ${message} REQUIRE_E2E=1 makes this a failure.`);
    }
    console.warn(`⚠ ${message}`);
    return;
  }

  console.log("\n▶ build for e2e");
  buildIfChanged();
  const database = await e2eDatabase();
  const reportDir = mkdtempSync(path.join(tmpdir(), "c4c-e2e-report-"));
  const report = path.join(reportDir, "report.json");
  try {
    run("end-to-end tests (Chromium)", "npx", ["playwright", "test", "--reporter=list,json"], {
      CHROMIUM_PATH: chromium,
      PLAYWRIGHT_JSON_OUTPUT_NAME: report,
      ...database.serverEnv,
    });
  } finally {
    await database.cleanup();
  }
  const skipped = skippedTests(report);
  rmSync(reportDir, { recursive: true, force: true });
  if (skipped.count === 0) {
    console.log("\n✓ all tests passed");
    return;
  }
  // A skipped test is not a passed one: say how many, and why, rather than "all tests passed".
  console.warn(`\n⚠ every test that ran passed, but ${skipped.count} of ${skipped.total} end-to-end tests were skipped:`);
  for (const [reason, count] of skipped.reasons) console.warn(`  ${count} × ${reason}`);
  if (!process.env.DATABASE_URL) console.warn("  (set DATABASE_URL to a Postgres server to run the ones that need the e2e database)");
}

/** The skipped tests of a Playwright JSON report, grouped by the reason their skip gave. */
function skippedTests(file) {
  const reasons = new Map();
  let count = 0;
  let total = 0;
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        total++;
        if (test.status !== "skipped") continue;
        count++;
        const reason = test.annotations?.find((a) => a.type === "skip")?.description || "skipped without a reason";
        reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  try {
    for (const suite of JSON.parse(readFileSync(file, "utf8")).suites ?? []) visit(suite);
  } catch {
    return { count: 0, total: 0, reasons: [] };
  }
  return { count, total, reasons: [...reasons].sort((a, b) => b[1] - a[1]) };
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
