// `npm run bench:discovery`: search and partner-suggestion latency at 50,000 Ukrainian profiles.
// Not a test: it prints figures. Against DATABASE_URL's server (a throwaway database is created
// there and dropped) or, with DATABASE_URL unset, the embedded database in a temporary directory.
// The data is the demo dataset grown by the scale seed (`npm run db:seed -- --scale N` does the same).
//   --profiles N   Ukrainian profiles in all (default 50000)
//   --runs N       timed runs per case (default 20)
//   --keep         keep the database (on a server) and print its URL, to explore plans by hand
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { migrate } from "../src/server/db/migrate";
import { startEmbeddedDatabase } from "../src/server/db/embedded";

const { values } = parseArgs({
  options: { profiles: { type: "string", default: "50000" }, runs: { type: "string", default: "20" }, keep: { type: "boolean", default: false } },
});
const PROFILES = Number(values.profiles);
const RUNS = Number(values.runs);

async function database(): Promise<{ url: string; poolSize: number; cleanup: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `c4c_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      poolSize: 4,
      cleanup: async () => {
        if (values.keep) return console.log(`\nKept: ${url}`);
        const c = new pg.Client({ connectionString: serverUrl });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), "c4c-bench-"));
  const embedded = await startEmbeddedDatabase(dir, 0);
  return {
    url: embedded.url,
    poolSize: 1,
    cleanup: async () => {
      await embedded.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function time(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  await fn(); // warm-up
  const timings: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    timings.push(performance.now() - t0);
  }
  return timings.sort((a, b) => a - b);
}

async function main() {
  const target = await database();
  try {
    await migrate(target.url);
    process.env.DATABASE_URL = target.url;
    process.env.DATABASE_POOL_SIZE = String(target.poolSize);
    const { db } = await import("../src/server/db/client");
    const { seedDemo } = await import("../prisma/seed/demo");
    const { seedScale } = await import("../prisma/seed/scale");
    const { parseCatalogueParams } = await import("../src/lib/catalogue-filters");
    const { searchCatalogue } = await import("../src/server/catalogue/catalogue");
    const { getEuMunicipality, suggestPartners } = await import("../src/server/matching/suggestions");

    let started = Date.now();
    await seedDemo(db());
    const scale = await seedScale(db(), PROFILES);
    const [{ version }] = await db().$queryRaw<{ version: string }[]>`SELECT version()`;
    console.log(
      `Data: ${scale.ukrainian} Ukrainian profiles, ${scale.partnerships} partnerships, ${scale.requests} requests; loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    console.log(`Database: ${version.split(",")[0]}${target.poolSize === 1 ? " (embedded PGlite)" : ""}`);
    console.log(`Machine: ${os.cpus()[0]?.model ?? "?"}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}\n`);

    const regions = (await db().region.findMany({ select: { slug: true } })).map((r) => r.slug);
    const searches: [string, Record<string, string | string[]>][] = [
      ["catalogue, unfiltered", {}],
      ["name in Cyrillic: Львів", { q: "Львів" }],
      ["name in Latin: Lviv", { q: "Lviv" }],
      ["old spelling: Kharkov", { q: "Kharkov" }],
      ["typo: Zhytomyt", { q: "Zhytomyt" }],
      ["two areas: energy + water", { area: ["energy", "water"] }],
      ["all combined", { q: "Lviv", area: ["energy", "water"], seeking: "1", oblast: "lviv" }],
      ["text in needs: heating", { q: "heating" }],
    ];
    const rows: [string, number[]][] = [];
    for (const [label, params] of searches) {
      const { filters } = parseCatalogueParams(params, regions);
      rows.push([`search · ${label}`, await time(RUNS, () => searchCatalogue(filters, "en"))]);
    }
    const euSlugs = (await db().municipality.findMany({ where: { country: { not: "UA" } }, select: { slug: true }, orderBy: { slug: "asc" } })).map(
      (m) => m.slug,
    );
    const now = new Date();
    const suggestionTimings: number[] = [];
    for (const slug of euSlugs) {
      const eu = (await getEuMunicipality(slug))!;
      suggestionTimings.push(...(await time(Math.max(1, Math.round(RUNS / 4)), () => suggestPartners(eu.id, now))));
    }
    rows.push([`suggestions · ${euSlugs.length} EU municipalities`, suggestionTimings.sort((a, b) => a - b)]);

    const ms = (x: number) => x.toFixed(1).padStart(8);
    console.log(`${"case".padEnd(48)}${"runs".padStart(6)}${"p50 ms".padStart(9)}${"p95 ms".padStart(9)}${"max ms".padStart(9)}`);
    for (const [label, t] of rows) {
      console.log(`${label.padEnd(48)}${String(t.length).padStart(6)} ${ms(percentile(t, 50))} ${ms(percentile(t, 95))} ${ms(t[t.length - 1])}`);
    }
    started = Date.now();
    await db().$disconnect();
  } finally {
    await target.cleanup();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
