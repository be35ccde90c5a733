// The portal while its database restarts: it keeps running, answers 503 at once (never hangs)
// while Postgres is down — /healthz stays 200 — and serves pages again within 5 s of Postgres
// accepting connections. It needs a Postgres it may stop: a throwaway cluster of its own
// (scripts/lib/throwaway-postgres.ts), with its own portal process on the current build.
// `npm run fault:db-restart` is the same under 90 s of load.
import type { ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import pg from "pg";
import availabilityEn from "../../src/i18n/messages/features/availability.en.json" with { type: "json" };
import availabilityUk from "../../src/i18n/messages/features/availability.uk.json" with { type: "json" };
import { prepareDatabase, startPortal, stopPortal } from "../../scripts/lib/portal-process";
import { startThrowawayPostgres, throwawayPostgresUnavailable, type ThrowawayPostgres } from "../../scripts/lib/throwaway-postgres";

const cannotRun = throwawayPostgresUnavailable();
test.skip(cannotRun !== null, `a database restart needs a PostgreSQL cluster of its own: ${cannotRun}`);

const port = Number(process.env.E2E_PORT ?? 3100) + 60;
const origin = `http://localhost:${port}`;
let cluster: ThrowawayPostgres | null = null;
let portal: ChildProcess | null = null;

/** Status and time of one request; a hang fails it after 8 s instead of passing as slow. */
async function get(path: string) {
  const started = Date.now();
  const response = await fetch(origin + path, { signal: AbortSignal.timeout(8000), redirect: "manual" });
  return { status: response.status, ms: Date.now() - started, headers: response.headers, text: await response.text() };
}

async function until<T>(within: number, attempt: () => Promise<T>, done: (value: T) => boolean): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  for (;;) {
    const value = await attempt();
    if (done(value) || Date.now() - started > within) return { value, ms: Date.now() - started };
    await new Promise((r) => setTimeout(r, 50));
  }
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  cluster = await startThrowawayPostgres(port + 1);
  const admin = new pg.Client({ connectionString: cluster.url() });
  await admin.connect();
  await admin.query("CREATE DATABASE c4c_restart");
  await admin.end();
  await prepareDatabase(cluster.url("c4c_restart"));
  portal = await startPortal(port, cluster.url("c4c_restart"));
});

test.afterAll(async () => {
  if (portal) await stopPortal(portal);
  await cluster?.destroy();
});

test("answers 503 at once while Postgres is down, and serves pages within 5 s of its return", async () => {
  test.setTimeout(60_000);
  expect((await get("/en/municipalities")).status).toBe(200);

  await cluster!.stop();
  const down = await until(
    5000,
    () => get("/en/municipalities"),
    (r) => r.status === 503,
  );
  expect(down.value.status, "the catalogue while Postgres is down").toBe(503);
  expect(down.value.headers.get("retry-after")).toMatch(/^\d+$/);
  expect(down.value.text).toContain(availabilityEn.availability.title);
  expect(down.value.text).not.toMatch(/at .+\.js:\d+|Prisma|ECONNREFUSED/);
  for (const path of ["/readyz", "/uk/municipalities/lviv", "/en/municipalities?area=energy"]) {
    const r = await get(path);
    expect(r.status, path).toBe(503);
    expect(r.ms, `${path} answered at once`).toBeLessThan(3000);
  }
  expect((await get("/uk/municipalities/lviv")).text).toContain(availabilityUk.availability.title);
  const live = await get("/healthz");
  expect(live.status, "the process is alive").toBe(200);
  // A form post without JavaScript is refused the same way, before any action runs.
  const post = await fetch(`${origin}/en/sign-in`, { method: "POST", body: new FormData(), signal: AbortSignal.timeout(8000) });
  expect(post.status).toBe(503);

  await cluster!.start();
  const back = await until(
    5000,
    () => get("/en/municipalities"),
    (r) => r.status === 200,
  );
  expect(back.value.status, "the catalogue after Postgres returned").toBe(200);
  expect(back.ms).toBeLessThanOrEqual(5000);
  expect((await get("/readyz")).status).toBe(200);
  expect(portal!.exitCode, "the portal process kept running").toBeNull();
});
