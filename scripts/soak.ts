// `npm run soak`: the catalogue at 70 % of its maximum rate for 5 minutes, to see what steady
// load does over time (issue 6): any 5xx, the p99 latency of each minute and its drift (last
// minute against the first; the bound is 20 % slower), and the server's resident memory at the
// start and the end (bound: 10 % growth). Not a test: it prints figures.
// The soak proper begins after a warm-up at the same rate (--warmup minutes, 1 by default): a
// fresh server's heap grows while code is compiled and pools and caches fill, once; "start" is
// after that, so the growth printed is what continued load adds (a leak), not the settling.
// Needs DATABASE_URL (a real Postgres); the data is c4c_bench, as for `npm run bench`.
//   --profiles N (50000)  --minutes N (5)  --warmup N (1)  --fraction F (0.7)  --rate N (measured when absent)
//   --connections N (16)  --path P (/en/municipalities)  --port N (3404)
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { benchDatabase } from "./lib/bench-database";
import { buildIfChanged } from "./lib/build.mjs";
import { serverMemoryMb, startPortal, stopPortal } from "./lib/portal-process";

const { values } = parseArgs({
  options: {
    profiles: { type: "string", default: "50000" },
    minutes: { type: "string", default: "5" },
    warmup: { type: "string", default: "1" },
    fraction: { type: "string", default: "0.7" },
    rate: { type: "string" },
    connections: { type: "string", default: "16" },
    path: { type: "string", default: "/en/municipalities" },
    port: { type: "string", default: "3404" },
  },
});
const MINUTES = Number(values.minutes);
const CONNECTIONS = Number(values.connections);
const URL_UNDER_TEST = `http://localhost:${values.port}${values.path}`;

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
}

async function measureMaxRate(): Promise<number> {
  // A fresh server's first seconds (code loaded on first use, cold caches) would understate it.
  await autocannon({ url: URL_UNDER_TEST, connections: CONNECTIONS, duration: 15 });
  const r = await autocannon({ url: URL_UNDER_TEST, connections: CONNECTIONS, duration: 15 });
  return r.requests.average;
}

async function main() {
  const databaseUrl = await benchDatabase(Number(values.profiles));
  buildIfChanged();
  const server = await startPortal(Number(values.port), databaseUrl);
  let exited = false;
  server.once("exit", () => (exited = true));
  try {
    const max = values.rate ? Number(values.rate) : await measureMaxRate();
    const rate = Math.max(1, max * Number(values.fraction));
    console.log(
      `${values.path}: maximum ${max.toFixed(1)} req/s${values.rate ? " (given)" : " (measured, 15 s)"}; soaking at ${rate.toFixed(1)} req/s for ${MINUTES} min, ${CONNECTIONS} connections`,
    );
    const warmup = Number(values.warmup);
    const rssCold = serverMemoryMb(server.pid!, "VmRSS");
    if (warmup > 0) {
      await autocannon({ url: URL_UNDER_TEST, connections: CONNECTIONS, overallRate: rate, duration: warmup * 60, timeout: 30 });
    }
    const rssStart = serverMemoryMb(server.pid!, "VmRSS");
    if (warmup > 0) console.log(`warm-up: ${warmup} min at that rate; RSS ${rssCold.toFixed(0)} → ${rssStart.toFixed(0)} MB`);
    const minutes = Array.from({ length: MINUTES }, () => ({ latencies: [] as number[], status5xx: 0, other: 0, errors: 0, rss: NaN }));
    const t0 = performance.now();
    const bucket = () => minutes[Math.min(MINUTES - 1, Math.floor((performance.now() - t0) / 60_000))]!;
    const load = autocannon({ url: URL_UNDER_TEST, connections: CONNECTIONS, overallRate: rate, duration: MINUTES * 60, timeout: 30 }, () => undefined);
    load.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
      const m = bucket();
      m.latencies.push(ms);
      if (status >= 500) m.status5xx++;
      else if (status >= 300) m.other++;
    });
    load.on("reqError", () => bucket().errors++);
    // Memory at the end of each minute: growth that levels off is the heap settling, not a leak.
    const sampler = setInterval(() => {
      const minute = Math.round((performance.now() - t0) / 60_000) - 1;
      if (minutes[minute]) minutes[minute].rss = serverMemoryMb(server.pid!, "VmRSS");
    }, 60_000);
    await new Promise((resolve) => load.once("done", resolve));
    clearInterval(sampler);
    const rssEnd = serverMemoryMb(server.pid!, "VmRSS");

    console.log("\nminute  requests  req/s    p50 ms   p99 ms   5xx  other  errors  RSS MB");
    const p99s: number[] = [];
    minutes.forEach((m, i) => {
      const sorted = [...m.latencies].sort((a, b) => a - b);
      p99s.push(percentile(sorted, 99));
      console.log(
        `${String(i + 1).padStart(6)} ${String(sorted.length).padStart(9)} ${(sorted.length / 60).toFixed(1).padStart(6)} ${percentile(sorted, 50).toFixed(1).padStart(9)} ${percentile(sorted, 99).toFixed(1).padStart(8)} ${String(m.status5xx).padStart(5)} ${String(m.other).padStart(6)} ${String(m.errors).padStart(7)} ${(Number.isNaN(m.rss) ? rssEnd : m.rss).toFixed(0).padStart(7)}`,
      );
    });
    const drift = (p99s.at(-1)! - p99s[0]!) / p99s[0]!;
    const spread = (Math.max(...p99s) - Math.min(...p99s)) / Math.min(...p99s);
    const growth = (rssEnd - rssStart) / rssStart;
    const fives = minutes.reduce((a, m) => a + m.status5xx, 0);
    const errors = minutes.reduce((a, m) => a + m.errors, 0);
    console.log(`\n5xx: ${fives}; connection errors/timeouts: ${errors}; portal exited: ${exited ? "YES" : "no"}`);
    console.log(`p99 drift, last minute against the first: ${(drift * 100).toFixed(1)} % (largest minute-to-minute spread ${(spread * 100).toFixed(1)} %)`);
    console.log(`Server RSS: ${rssStart.toFixed(0)} MB at the start (after the warm-up), ${rssEnd.toFixed(0)} MB at the end (${(growth * 100).toFixed(1)} %)`);
    const pass = fives === 0 && errors === 0 && !exited && drift < 0.2 && growth < 0.1;
    console.log(pass ? "\n✓ within the issue's bounds (no 5xx, p99 drift < 20 %, RSS growth < 10 %)" : "\n✗ outside the issue's bounds");
    process.exitCode = pass ? 0 : 1;
  } finally {
    await stopPortal(server);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
