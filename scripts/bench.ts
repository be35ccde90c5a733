// `npm run bench`: the portal under HTTP load at 50,000 Ukrainian profiles, beside the baselines
// that bound it, in one table. Not a test: it prints figures (issue 6).
//   - load from autocannon on this machine against `next start` (production build), per page;
//   - the framework's floor: a page of the same server that renders the layout and no data (the
//     localised 404 page), and a page of the catalogue's size that reads almost no data (funding);
//   - the database's floor: the catalogue's own SQL through plain `pg`, and the same through
//     Prisma, at the same concurrency;
//   - searches timed one at a time (the latency a visitor waits for), with the plans of two;
//   - queries issued per catalogue request (counted from Prisma's query events), the server's
//     peak memory (VmHWM), the first-load JavaScript of the catalogue and a profile as Chromium
//     downloads it (gzip).
// Needs DATABASE_URL (a real Postgres). The data lives in database `c4c_bench` on that server and
// is reused when it already holds the profiles (seeding 50,000 takes a minute or two).
//   --profiles N (50000)  --seconds N (10)  --connections N (16)  --port N (3456)
import { existsSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import pg from "pg";
import { benchDatabase } from "./lib/bench-database";
import { buildIfChanged } from "./lib/build.mjs";
import { serverMemoryMb, startPortal, stopPortal } from "./lib/portal-process";

const { values } = parseArgs({
  options: {
    profiles: { type: "string", default: "50000" },
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "16" },
    port: { type: "string", default: "3456" },
  },
});
const PROFILES = Number(values.profiles);
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);
const PORT = Number(values.port);
const BASE = `http://localhost:${PORT}`;

/** Searches timed one at a time: names in both scripts, a typo, an oblast's worth, keywords. */
const SEARCHES = ["Львів", "Lviv", "Lviw", "Kyiv", "Vinnytsia", "Sumy", "школа", "water supply"];
const PLANS = ["Львів", "Kyiv"];
const SEARCH_RUNS = 20;
const ms = (x: number) => x.toFixed(1).padStart(8);

/** p50 and p95 of SEARCH_RUNS runs of one statement, after one to warm the cache. */
async function timed(pool: pg.Pool, statement: { text: string; values: unknown[] }): Promise<{ p50: number; p95: number }> {
  await pool.query(statement.text, statement.values);
  const times: number[] = [];
  for (let i = 0; i < SEARCH_RUNS; i++) {
    const t0 = performance.now();
    await pool.query(statement.text, statement.values);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(SEARCH_RUNS * 0.5)]!, p95: times[Math.ceil(SEARCH_RUNS * 0.95) - 1]! };
}

type Row = {
  label: string;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  requests: number;
  /** Response size, HTTP rows only. */ kb?: number;
};

async function load(label: string, path: string): Promise<Row> {
  // Warm-up: JIT, caches, the connection pool.
  await autocannon({ url: BASE + path, connections: CONNECTIONS, duration: 2 });
  const r = await autocannon({ url: BASE + path, connections: CONNECTIONS, duration: SECONDS });
  const wrongStatus = path.includes("no-such-page") ? r["2xx"] : r.non2xx;
  const kb = r.requests.total > 0 ? r.throughput.total / r.requests.total / 1024 : 0;
  return {
    label,
    rps: r.requests.average,
    p50: r.latency.p50,
    p95: r.latency.p97_5 ?? r.latency.p90,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts + wrongStatus,
    requests: r.requests.total,
    kb,
  };
}

/** The same statements at the same concurrency for SECONDS: through `execute`, timed per call. */
async function loop(label: string, execute: () => Promise<unknown>): Promise<Row> {
  const latencies: number[] = [];
  let errors = 0;
  const until = Date.now() + SECONDS * 1000;
  await execute();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < until) {
        const t0 = performance.now();
        try {
          await execute();
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!;
  return { label, rps: latencies.length / SECONDS, p50: at(50), p95: at(95), p99: at(99), errors, requests: latencies.length };
}

/** Committed transactions in the database so far, as its statistics say once every backend has flushed. */
async function committed(databaseUrl: string): Promise<number> {
  // Idle backends flush their statistics within PGSTAT_IDLE_INTERVAL (10 s).
  await new Promise((r) => setTimeout(r, 11_000));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ n: string }>("SELECT xact_commit AS n FROM pg_stat_database WHERE datname = current_database()");
  await client.end();
  return Number(rows[0]!.n);
}

let idleDelta: number | null = null;

async function queriesPerRequest(databaseUrl: string, path: string, requests = 40): Promise<number> {
  if (idleDelta === null) {
    const a = await committed(databaseUrl);
    idleDelta = (await committed(databaseUrl)) - a;
  }
  const before = await committed(databaseUrl);
  for (let i = 0; i < requests; i++) await (await fetch(BASE + path)).arrayBuffer();
  const after = await committed(databaseUrl);
  return (after - before - idleDelta) / requests;
}

/**
 * The JavaScript a first visit to `path` downloads, gzip: every script Chromium fetches until the
 * network is idle (the page's script tags, and the chunks of the client components its RSC
 * payload names, which the runtime loads). Counting script tags alone missed the latter.
 */
async function firstLoadJs(path: string): Promise<{ files: number; gzipKb: number }> {
  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined) });
  try {
    const page = await browser.newPage();
    const scripts = new Set<string>();
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") scripts.add(response.url());
    });
    await page.goto(BASE + path, { waitUntil: "networkidle" });
    let bytes = 0;
    for (const src of scripts) bytes += gzipSync(new Uint8Array(await (await fetch(src)).arrayBuffer())).length;
    return { files: scripts.size, gzipKb: bytes / 1024 };
  } finally {
    await browser.close();
  }
}

async function main() {
  const databaseUrl = await benchDatabase(PROFILES);
  buildIfChanged();
  process.env.DATABASE_URL = databaseUrl;
  process.env.DATABASE_POOL_SIZE = String(CONNECTIONS);
  const { db, SESSION_OPTIONS } = await import("../src/server/db/client");
  const { parseCatalogueParams } = await import("../src/lib/catalogue-filters");
  const { searchTerms } = await import("../src/lib/search/query");
  const { filterConditions } = await import("../src/server/catalogue/filters");
  const { cataloguePageQuery } = await import("../src/server/catalogue/page");
  const { facetQuery } = await import("../src/server/catalogue/facets");
  const { Prisma } = await import("../src/server/db");

  const regions = (await db().region.findMany({ select: { slug: true } })).map((r) => r.slug);
  const lviv = await db().municipality.findUniqueOrThrow({ where: { slug: "lviv" }, select: { slug: true } });
  const pages: [string, string][] = [
    ["catalogue, unfiltered", "/en/municipalities"],
    ["catalogue, two areas", "/en/municipalities?area=energy&area=water"],
    ["catalogue, Cyrillic name: Львів", `/uk/municipalities?q=${encodeURIComponent("Львів")}`],
    ["catalogue, Latin name: Lviv", "/en/municipalities?q=Lviv"],
    ["catalogue, all combined", "/en/municipalities?q=Lviv&area=energy&area=water&seeking=1&oblast=lviv"],
    [`profile page (${lviv.slug})`, `/en/municipalities/${lviv.slug}`],
    ["suggestions (Sindelfingen)", "/en/match?for=sindelfingen"],
    // The pages that count or list the whole network (src/server/generation-cache.ts).
    ["home page (network figures)", "/en"],
    ["map (figures by region)", "/en/map"],
    ["suggestions: choosing a municipality", "/en/match"],
  ];

  const server = await startPortal(PORT, databaseUrl);
  try {
    const rows: Row[] = [];
    // The SQL rows first, while the portal is idle: right after the HTTP load its heap (2 GB) is
    // still being collected, which took enough of the two cores to put Prisma at 1.61× plain pg
    // in one run (1.07–1.19× measured on their own).
    // The database's floor: the statements of one catalogue request for "two areas" once the
    // facet counts are known for the current generation (generation, page), through plain pg
    // and through Prisma, at the same concurrency; and the facet counts themselves, which a
    // request computes only when the profiles changed (src/server/generation-cache.ts).
    const { filters } = parseCatalogueParams({ area: ["energy", "water"] }, regions);
    const conditions = filterConditions(filters, null);
    const generation = Prisma.sql`SELECT coalesce((SELECT value::text FROM catalogue_generation WHERE id = 1), '') AS generation`;
    const statements = [generation, cataloguePageQuery(filters, null, conditions, "en", 1)];
    // The portal's own session settings (src/server/db/client.ts).
    const pool = new pg.Pool({ connectionString: databaseUrl, max: CONNECTIONS, options: SESSION_OPTIONS });
    const viaPg = await loop("FLOOR: catalogue SQL (two areas), plain pg", async () => {
      for (const s of statements) await pool.query(s.text, s.values);
    });
    const viaPrisma = await loop("catalogue SQL (two areas), Prisma $queryRaw", async () => {
      for (const s of statements) await db().$queryRaw(s);
    });
    const facetCounts = facetQuery(filters, conditions);
    const facetLoop = await loop("facet counts SQL (two areas, uncached), plain pg", async () => {
      await pool.query(facetCounts.text, facetCounts.values);
    });

    const searchSql = (() => {
      const { filters: f } = parseCatalogueParams({ q: "Львів" }, regions);
      const terms = searchTerms(f.q!)!;
      const c = filterConditions(f, terms);
      return [facetQuery(f, c), cataloguePageQuery(f, terms, c, "uk", 1)];
    })();
    const searchLoop = await loop("search SQL (Львів), plain pg", async () => {
      for (const s of searchSql) await pool.query(s.text, s.values);
    });

    const floor = await load("FLOOR: framework, layout only (404 page)", "/en/no-such-page");
    rows.push(floor);
    // What rendering alone costs at the catalogue's size: the funding page reads almost no data
    // per request (its programmes are kept per catalogue generation: one one-row query) and is
    // about as large (155 KB of HTML and payload).
    rows.push(await load("same size, no data: funding programmes page", "/en/funding"));
    for (const [label, path] of pages) rows.push(await load(label, path));
    rows.push(viaPg, viaPrisma, facetLoop, searchLoop);

    // One search at a time, as one visitor waits for it: the page's statement and the filter
    // counts' (computed once per query and generation, then cached), each run SEARCH_RUNS times.
    const searches: string[] = [];
    const searchPlans: [string, string[]][] = [];
    for (const q of SEARCHES) {
      const { filters: f } = parseCatalogueParams({ q }, regions);
      const terms = searchTerms(f.q!)!;
      const c = filterConditions(f, terms);
      const page = cataloguePageQuery(f, terms, c, "uk", 1);
      const counts = facetQuery(f, c);
      const matches = (await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM municipality m WHERE ${c.base.text}`, c.base.values)).rows[0]!.n;
      const [pageTimes, countTimes] = [await timed(pool, page), await timed(pool, counts)];
      searches.push(`${q.padEnd(16)}${String(matches).padStart(8)}${ms(pageTimes.p50)}${ms(pageTimes.p95)}${ms(countTimes.p50)}${ms(countTimes.p95)}`);
      if (PLANS.includes(q))
        searchPlans.push([
          q,
          (await pool.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT TEXT) ${page.text}`, page.values)).rows.map((r) => r["QUERY PLAN"] as string),
        ]);
    }

    const memory = serverMemoryMb(server.pid!, "VmHWM");

    // Queries per catalogue request, counted by Postgres itself: transactions committed in the
    // bench database during N requests (each statement outside a transaction is one), less the
    // same window without requests (the outbox sender's ticks, our own reads).
    const perRequest: string[] = [];
    for (const [label, path] of pages.slice(0, 5)) perRequest.push(`${label} → ${(await queriesPerRequest(databaseUrl, path)).toFixed(2)}`);
    perRequest.push(`catalogue, page 40 → ${(await queriesPerRequest(databaseUrl, "/en/municipalities?page=40")).toFixed(2)}`);

    const js = await firstLoadJs("/en/municipalities");
    const profileJs = await firstLoadJs(`/en/municipalities/${lviv.slug}`);
    await pool.end();

    console.log(`\nPortal under load: ${PROFILES} Ukrainian profiles, ${CONNECTIONS} connections, ${SECONDS} s per case`);
    console.log(`Machine: ${os.cpus()[0]?.model ?? "?"}, ${os.cpus().length} cores, Node ${process.version}\n`);
    console.log(
      `${"case".padEnd(52)}${"KB".padStart(6)}${"req/s".padStart(9)}${"p50 ms".padStart(9)}${"p95 ms".padStart(9)}${"p99 ms".padStart(9)}${"errors".padStart(8)}  vs floor`,
    );
    for (const r of rows) {
      const isSql = r.label.includes("SQL");
      const base = isSql ? viaPg : floor;
      const ratio = r === base ? "—" : `${(r.rps / base.rps).toFixed(2)}× throughput, ${(r.p95 / base.p95).toFixed(2)}× p95`;
      console.log(
        `${r.label.padEnd(52)}${(r.kb === undefined ? "" : r.kb.toFixed(0)).padStart(6)}${r.rps.toFixed(0).padStart(9)}${ms(r.p50)} ${ms(r.p95)} ${ms(r.p99)}${String(r.errors).padStart(8)}  ${ratio}`,
      );
    }
    console.log(`\n(KB: one response, uncompressed. p95 of HTTP rows is autocannon's p97.5; the SQL rows are timed per call.)`);
    console.log(`Prisma / plain pg, catalogue SQL: ${(viaPrisma.p50 / viaPg.p50).toFixed(2)}× p50, ${(viaPrisma.p95 / viaPg.p95).toFixed(2)}× p95`);
    console.log(`Queries per catalogue request: ${perRequest.join("; ")}`);
    console.log(`Server peak memory (VmHWM): ${memory.toFixed(0)} MB`);
    console.log(
      `First-load JavaScript (what Chromium downloads, gzip): catalogue ${js.files} files, ${js.gzipKb.toFixed(1)} KB; profile ${profileJs.files} files, ${profileJs.gzipKb.toFixed(1)} KB`,
    );
    console.log(`\nSearch SQL one at a time (plain pg, ${SEARCH_RUNS} runs each; the counts are cached per query after the first request):`);
    console.log(
      `${"query".padEnd(16)}${"matches".padStart(8)}${"page p50".padStart(9)}${"page p95".padStart(9)}${"count p50".padStart(10)}${"count p95".padStart(10)}`,
    );
    for (const line of searches) console.log(line);
    for (const [q, plan] of searchPlans) console.log(`\nSearch page query plan (${q}):\n  ${plan.join("\n  ")}`);
  } finally {
    await stopPortal(server);
    await db().$disconnect();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
