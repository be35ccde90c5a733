// `npm run fault:db-restart`: the portal under steady load while its Postgres restarts (issue 6).
// A throwaway cluster of its own (scripts/lib/throwaway-postgres.ts) with the demo data, the
// current build on it, autocannon for --seconds against --path, and at --restart-at a fast stop
// of Postgres followed (after --down-seconds) by a start. Prints throughput and statuses per
// second, whether the portal process exited, and how long after Postgres accepted connections
// again the portal was back at ≥ 95 % of its throughput before the fault. Not a test: it prints
// figures; tests/e2e/database-restart.spec.ts is the short check that runs in CI.
//   --seconds N (90)  --restart-at N (30)  --down-seconds N (0)  --connections N (16)
//   --path P (/en/municipalities)  --port N (3403)  --pg-port N (3419)  --scale N (demo data)
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { buildIfChanged } from "./lib/build.mjs";
import { prepareDatabase, startPortal, stopPortal } from "./lib/portal-process";
import { startThrowawayPostgres } from "./lib/throwaway-postgres";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "90" },
    "restart-at": { type: "string", default: "30" },
    "down-seconds": { type: "string", default: "0" },
    connections: { type: "string", default: "16" },
    path: { type: "string", default: "/en/municipalities" },
    port: { type: "string", default: "3403" },
    "pg-port": { type: "string", default: "3419" },
    scale: { type: "string" },
  },
});
const SECONDS = Number(values.seconds);
const RESTART_AT = Number(values["restart-at"]);
const DOWN_SECONDS = Number(values["down-seconds"]);
const PORT = Number(values.port);

type Outcome = { at: number; status: number | "error"; ms: number };

/** Resolves at the first moment a new connection to `url` succeeds (polled every 20 ms). */
async function acceptingAgain(url: string): Promise<number> {
  for (;;) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    client.on("error", () => undefined);
    try {
      await client.connect();
      await client.end();
      return performance.now();
    } catch {
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

async function main() {
  console.log("Throwaway PostgreSQL, demo data, build…");
  const cluster = await startThrowawayPostgres(Number(values["pg-port"]));
  const server = { exited: false as boolean, detail: "" };
  try {
    const admin = new pg.Client({ connectionString: cluster.url() });
    await admin.connect();
    await admin.query("CREATE DATABASE c4c_fault");
    await admin.end();
    const url = cluster.url("c4c_fault");
    await prepareDatabase(url, values.scale ? Number(values.scale) : undefined);
    buildIfChanged();
    const portal = await startPortal(PORT, url);
    portal.once("exit", (code, signal) => Object.assign(server, { exited: true, detail: `code ${code}, signal ${signal}` }));

    const outcomes: Outcome[] = [];
    let t0 = 0;
    const events: Record<string, number> = {};
    const load = autocannon(
      { url: `http://localhost:${PORT}${values.path}`, connections: Number(values.connections), duration: SECONDS, timeout: 10 },
      () => undefined,
    );
    t0 = performance.now();
    load.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => outcomes.push({ at: performance.now() - t0, status, ms }));
    load.on("reqError", () => outcomes.push({ at: performance.now() - t0, status: "error", ms: 0 }));
    const fault = (async () => {
      await new Promise((r) => setTimeout(r, RESTART_AT * 1000));
      events.stopIssued = performance.now() - t0;
      await cluster.stop();
      events.stopped = performance.now() - t0;
      await new Promise((r) => setTimeout(r, DOWN_SECONDS * 1000));
      const accepting = acceptingAgain(url);
      await cluster.start();
      events.accepting = (await accepting) - t0;
      events.started = performance.now() - t0;
    })();
    await new Promise((resolve) => load.once("done", resolve));
    await fault;
    const readyAfter = await fetch(`http://localhost:${PORT}/readyz`)
      .then((r) => r.status)
      .catch((e) => String(e));
    report(outcomes, events, server, readyAfter);
    await stopPortal(portal);
  } finally {
    await cluster.destroy();
  }
}

function report(outcomes: Outcome[], events: Record<string, number>, server: { exited: boolean; detail: string }, readyAfter: number | string) {
  const seconds = Array.from({ length: SECONDS }, () => ({ ok: 0, s503: 0, s5xx: 0, other: 0, errors: 0, latencies: [] as number[] }));
  for (const o of outcomes) {
    const s = seconds[Math.min(SECONDS - 1, Math.floor(o.at / 1000))]!;
    if (o.status === "error") s.errors++;
    else if (o.status >= 200 && o.status < 300) s.ok++;
    else if (o.status === 503) s.s503++;
    else if (o.status >= 500) s.s5xx++;
    else s.other++;
    if (o.status !== "error") s.latencies.push(o.ms);
  }
  console.log(
    `\nPortal under load (${values.connections} connections, ${values.path}); Postgres stopped at ${(events.stopIssued! / 1000).toFixed(2)} s (down at ${(events.stopped! / 1000).toFixed(2)} s), accepting again at ${(events.accepting! / 1000).toFixed(2)} s\n`,
  );
  console.log("second   2xx/s    503   other5xx  other  errors  max ms");
  seconds.forEach((s, i) => {
    const max = s.latencies.length ? Math.max(...s.latencies) : 0;
    console.log(
      `${String(i).padStart(6)} ${String(s.ok).padStart(7)} ${String(s.s503).padStart(6)} ${String(s.s5xx).padStart(10)} ${String(s.other).padStart(6)} ${String(s.errors).padStart(7)} ${max.toFixed(0).padStart(7)}`,
    );
  });
  const restartSecond = Math.floor(events.stopIssued! / 1000);
  const before = seconds.slice(5, restartSecond);
  const baseline = before.reduce((a, s) => a + s.ok, 0) / before.length;
  // The first one-second window, slid in 100 ms steps from the moment Postgres accepted again,
  // whose 2xx throughput is ≥ 95 % of the baseline: recovered at that window's end.
  const oks = outcomes.filter((o) => o.status !== "error" && o.status >= 200 && o.status < 300).map((o) => o.at);
  let recovered: number | null = null;
  for (let start = events.accepting!; start + 1000 <= SECONDS * 1000; start += 100) {
    const n = oks.filter((at) => at >= start && at < start + 1000).length;
    if (n >= 0.95 * baseline) {
      recovered = start + 1000 - events.accepting!;
      break;
    }
  }
  const firstOk = oks.find((at) => at >= events.accepting!);
  const total = (f: (s: (typeof seconds)[number]) => number) => seconds.reduce((a, s) => a + f(s), 0);
  const maxLatency = Math.max(...outcomes.filter((o) => o.status !== "error").map((o) => o.ms));
  console.log(
    `\nStatus counts: 2xx ${total((s) => s.ok)}, 503 ${total((s) => s.s503)}, other 5xx ${total((s) => s.s5xx)}, other ${total((s) => s.other)}, errors/timeouts ${total((s) => s.errors)}`,
  );
  console.log(`Slowest answer: ${maxLatency.toFixed(0)} ms (a hang would show as a 10 s timeout)`);
  console.log(`Portal process exited during the run: ${server.exited ? `YES (${server.detail})` : "no"}; /readyz afterwards: ${readyAfter}`);
  console.log(`Throughput before the fault (seconds 5–${restartSecond - 1}): ${baseline.toFixed(1)} 2xx/s`);
  console.log(`First 2xx after Postgres accepted connections: ${firstOk === undefined ? "none" : `${(firstOk - events.accepting!).toFixed(0)} ms`}`);
  console.log(
    `Back to ≥ 95 % of that throughput: ${recovered === null ? "NOT within the run" : `${(recovered / 1000).toFixed(1)} s after Postgres accepted connections (end of the first full-rate 1 s window)`}`,
  );
  const pass = !server.exited && recovered !== null && recovered <= 5000 && total((s) => s.errors) === 0;
  console.log(pass ? "\n✓ within the issue's bounds (never exited, no hang, ≥ 95 % within 5 s)" : "\n✗ outside the issue's bounds");
  process.exitCode = pass ? 0 : 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
