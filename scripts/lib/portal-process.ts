// The portal as a separate process (`next start` of the current build) on a database of the
// caller's, for the scripts and tests that load it or break its database.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");

function npx(args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", args, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] });
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`npx ${args.join(" ")} failed (${code})`))));
  });
}

/** Applies the migrations to `databaseUrl` and seeds the demo data (`--scale N`: N Ukrainian profiles). */
export async function prepareDatabase(databaseUrl: string, scale?: number): Promise<void> {
  await npx(["tsx", "scripts/db-migrate.ts"], { DATABASE_URL: databaseUrl });
  await npx(["tsx", "--conditions=react-server", "scripts/db-seed.ts", ...(scale ? ["--scale", String(scale)] : [])], { DATABASE_URL: databaseUrl });
}

/** Starts `next start` on `port` and resolves once /readyz answers 200. */
export async function startPortal(port: number, databaseUrl: string, log: "ignore" | "inherit" = "ignore"): Promise<ChildProcess> {
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "localhost"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, DEMO_MODE: "1", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", log, log],
  });
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error(`the portal exited at start (${server.exitCode})`);
    if (
      await fetch(`http://localhost:${port}/readyz`)
        .then((r) => r.ok)
        .catch(() => false)
    )
      return server;
    await new Promise((r) => setTimeout(r, 250));
  }
  server.kill("SIGTERM");
  throw new Error("the portal did not start within 60 s");
}

/** Stops a portal started by startPortal and waits for it to exit. */
export async function stopPortal(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  await exited;
}

/**
 * Memory of the portal's server in MB, from /proc: the largest of `pid` and its descendants
 * (`next start` may fork). VmRSS is resident memory now; VmHWM its peak so far.
 */
export function serverMemoryMb(pid: number, field: "VmRSS" | "VmHWM"): number {
  const tree = (p: number): number[] => {
    const children = readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
    return [p, ...children.flatMap(tree)];
  };
  const mb = (p: number) => Number(readFileSync(`/proc/${p}/status`, "utf8").match(new RegExp(`${field}:\\s+(\\d+)`))?.[1] ?? 0) / 1024;
  return Math.max(...tree(pid).map(mb));
}
