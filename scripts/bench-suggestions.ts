// `npm run bench:suggestions`: partner-suggestion latency at 50,000 Ukrainian profiles. Not a
// test: it prints figures. Against DATABASE_URL's server (a throwaway database is created and
// dropped there) or, when DATABASE_URL is unset, the embedded database in a temporary directory.
//   --profiles N   synthetic Ukrainian profiles added to the demo data (default 50000)
//   --runs N       timed runs per EU municipality (default 5)
//   --keep         keep the database (on a server) and print its URL, to explore the plan by hand
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { migrate } from "../src/server/db/migrate";
import { startEmbeddedDatabase } from "../src/server/db/embedded";

const { values } = parseArgs({ options: { profiles: { type: "string", default: "50000" }, runs: { type: "string", default: "5" }, keep: { type: "boolean", default: false } } });
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

/** Synthetic hromadas, deterministic (hashes, not random()): ~4 needs, ~2 offers, 70% seeking, 30% partnered. */
const SYNTHETIC = (n: number) => [
  `WITH r AS (SELECT id, katottg_prefix, row_number() OVER (ORDER BY id) - 1 AS i FROM region WHERE NOT occupied)
   INSERT INTO municipality (slug, country, katottg, name_en, name_uk, region_id, hromada_type, population, languages,
                             needs_interpretation, status, seeks_partners, profile_confirmed_at, updated_at)
   SELECT 'bench-' || g, 'UA', 'UA' || r.katottg_prefix || '8' || lpad(g::text, 14, '0'), 'Bench hromada ' || g, 'Тестова громада ' || g,
          r.id,
          (ARRAY['URBAN','SETTLEMENT','RURAL']::"HromadaType"[])[1 + g % 3],
          1000 + abs(hashtext('pop' || g)) % 300000,
          CASE WHEN g % 3 = 0 THEN ARRAY['uk','en'] WHEN g % 7 = 0 THEN ARRAY['uk','pl'] ELSE ARRAY['uk'] END,
          g % 3 <> 0, 'PUBLISHED', abs(hashtext('seek' || g)) % 10 < 7,
          now() - make_interval(days => abs(hashtext('conf' || g)) % 500), now()
     FROM generate_series(1, ${n}) AS g JOIN r ON r.i = g % (SELECT count(*) FROM r)`,
  `INSERT INTO municipality_area (municipality_id, area_id, direction)
   SELECT m.id, a.id, 'NEED' FROM municipality m CROSS JOIN cooperation_area a
    WHERE m.slug LIKE 'bench-%' AND abs(hashtext(m.slug || a.slug || 'need')) % 16 < 4`,
  `INSERT INTO municipality_area (municipality_id, area_id, direction)
   SELECT m.id, a.id, 'OFFER' FROM municipality m CROSS JOIN cooperation_area a
    WHERE m.slug LIKE 'bench-%' AND abs(hashtext(m.slug || a.slug || 'offer')) % 16 < 2`,
  `WITH eu AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS i, count(*) OVER () AS n FROM municipality WHERE country <> 'UA')
   INSERT INTO partnership (ukrainian_municipality_id, eu_municipality_id, since, stage, updated_at)
   SELECT m.id, eu.id, DATE '2024-01-01', 'IN_CONTACT', now()
     FROM municipality m JOIN eu ON eu.i = abs(hashtext(m.slug || 'eu')) % eu.n
    WHERE m.slug LIKE 'bench-%' AND abs(hashtext(m.slug || 'partner')) % 10 < 3`,
  `ANALYZE`,
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main() {
  const target = await database();
  try {
    await migrate(target.url);
    process.env.DATABASE_URL = target.url;
    process.env.DATABASE_POOL_SIZE = String(target.poolSize);
    const { db } = await import("../src/server/db/client");
    const { Prisma } = await import("../src/generated/prisma/client");
    const { seedDemo } = await import("../prisma/seed/demo");
    const { getEuMunicipality, suggestPartners } = await import("../src/server/matching/suggestions");
    const { rankingQuery } = await import("../src/server/matching/ranking-sql");
    const { recentSince } = await import("../src/lib/matching/score");
    const { MATCH_WEIGHTS, SUGGESTION_LIMIT } = await import("../src/lib/matching/weights");

    let started = Date.now();
    await seedDemo(db());
    for (const sql of SYNTHETIC(PROFILES)) await db().$executeRawUnsafe(sql);
    const [counts] = await db().$queryRaw<{ ua: bigint; seeking: bigint; areas: bigint; partnerships: bigint; version: string }[]>`
      SELECT (SELECT count(*) FROM municipality WHERE country = 'UA') AS ua,
             (SELECT count(*) FROM municipality WHERE country = 'UA' AND seeks_partners AND status = 'PUBLISHED') AS seeking,
             (SELECT count(*) FROM municipality_area) AS areas,
             (SELECT count(*) FROM partnership) AS partnerships,
             version() AS version`;
    console.log(`Data: ${counts.ua} Ukrainian profiles (${counts.seeking} published and seeking), ${counts.areas} need/offer rows, ${counts.partnerships} partnerships; loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    console.log(`Database: ${counts.version.split(",")[0]}${target.poolSize === 1 ? " (embedded PGlite)" : ""}`);
    console.log(`Machine: ${os.cpus()[0]?.model ?? "?"}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}`);

    const euSlugs = (await db().municipality.findMany({ where: { country: { not: "UA" } }, select: { slug: true } })).map((m) => m.slug);
    const now = new Date();
    const timings: number[] = [];
    started = Date.now();
    for (const slug of euSlugs) {
      const eu = (await getEuMunicipality(slug))!;
      await suggestPartners(eu.id, now); // warm-up
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        await suggestPartners(eu.id, now);
        timings.push(performance.now() - t0);
      }
    }
    timings.sort((a, b) => a - b);
    const ms = (x: number) => `${x.toFixed(1)} ms`;
    console.log(
      `Suggestions (top ${SUGGESTION_LIMIT}), ${euSlugs.length} EU municipalities × ${RUNS} runs: ` +
        `p50 ${ms(percentile(timings, 50))}, p95 ${ms(percentile(timings, 95))}, max ${ms(timings[timings.length - 1])}`,
    );

    const sindelfingen = (await getEuMunicipality("sindelfingen"))!;
    const plan = await db().$queryRaw<{ "QUERY PLAN": string }[]>(
      Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${rankingQuery(sindelfingen.id, recentSince(now), MATCH_WEIGHTS, SUGGESTION_LIMIT)}`,
    );
    console.log("\nEXPLAIN ANALYZE, suggestions for Sindelfingen:");
    for (const row of plan) console.log(row["QUERY PLAN"]);
    await db().$disconnect();
  } finally {
    await target.cleanup();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
