// `npm run bench:open-data`: the speed of the statistics page's queries and of the open-data API's
// list endpoint, in this process, p50 and p95 in ms. Not a test: it prints figures.
//   (no option)   against DATABASE_URL as it is (the demo dataset, say)
//   --scale N     in a throwaway database on DATABASE_URL's server: the demo dataset grown to N
//                 Ukrainian profiles by the scale seed (as `npm run db:seed -- --scale N`), dropped after
//   --runs N      timed runs per case (default 30)
import os from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { migrate } from "../src/server/db/migrate";

const { values } = parseArgs({ options: { scale: { type: "string" }, runs: { type: "string", default: "30" } } });
const RUNS = Number(values.runs);
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) throw new Error("Set DATABASE_URL (a real Postgres).");

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
async function time(fn: () => Promise<unknown>): Promise<number[]> {
  await fn();
  const timings: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    timings.push(performance.now() - t0);
  }
  return timings.sort((a, b) => a - b);
}

let scratch: string | null = null;
if (values.scale) {
  scratch = `c4c_bench_open_data_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${scratch}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${scratch}`;
  await migrate(url.toString());
  process.env.DATABASE_URL = url.toString();
}

try {
  const { db } = await import("../src/server/db/client");
  if (values.scale) {
    const { seedDemo } = await import("../prisma/seed/demo");
    const { seedScale } = await import("../prisma/seed/scale");
    const started = Date.now();
    await seedDemo(db());
    await seedScale(db(), Number(values.scale));
    console.log(`Seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  const { computeCatalogueFigures, networkStatistics, requestsByMonth } = await import("../src/server/open-data/figures");
  const { municipalitiesPage, allMunicipalities, parseApiFilters } = await import("../src/server/open-data/municipalities");
  const { partnershipsPage } = await import("../src/server/open-data/partnerships");
  const [counts] = await db().$queryRaw<{ ua: number; partnerships: number; requests: number }[]>`
    SELECT (SELECT count(*)::int FROM municipality WHERE country = 'UA' AND status = 'PUBLISHED') AS ua,
           (SELECT count(*)::int FROM partnership) AS partnerships, (SELECT count(*)::int FROM partnership_request) AS requests`;
  console.log(`Data: ${counts.ua} published Ukrainian profiles, ${counts.partnerships} partnerships, ${counts.requests} requests`);
  console.log(`Machine: ${os.cpus()[0]?.model ?? "?"}, ${os.cpus().length} cores, Node ${process.version}; ${RUNS} runs per case\n`);

  const filters = async (query: string) => (await parseApiFilters(new URLSearchParams(query))).filters;
  const cases: [string, () => Promise<unknown>][] = [
    ["statistics: figures, uncached (first view after a change)", () => computeCatalogueFigures()],
    ["statistics: requests per month and time to decision", () => requestsByMonth()],
    ["statistics: the page's figures (kept per generation)", () => networkStatistics()],
    ["API list: /municipalities", async () => JSON.stringify(await municipalitiesPage(await filters("")))],
    ["API list: ?area=energy&area=water", async () => JSON.stringify(await municipalitiesPage(await filters("area=energy&area=water")))],
    ["API list: ?seeking=1&oblast=lviv", async () => JSON.stringify(await municipalitiesPage(await filters("seeking=1&oblast=lviv")))],
    ["API list: ?page=100", async () => JSON.stringify(await municipalitiesPage(await filters("page=100")))],
    ["API list: ?q=Lviv", async () => JSON.stringify(await municipalitiesPage(await filters("q=Lviv")))],
    ["API list: /partnerships", async () => JSON.stringify(await partnershipsPage(1))],
    ["download: ?area=energy (every match, JSON)", async () => JSON.stringify(await allMunicipalities(await filters("area=energy")))],
  ];
  for (const [label, fn] of cases) {
    const t = await time(fn);
    console.log(`${label.padEnd(58)} p50 ${percentile(t, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(t, 95).toFixed(1).padStart(7)} ms`);
  }
  await db().$disconnect();
} finally {
  if (scratch) {
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
    await c.end();
  }
}
