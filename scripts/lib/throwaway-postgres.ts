// A PostgreSQL cluster of its own, in a temporary directory, that a fault test may stop and
// start again: the shared test server must never be restarted under other tests. Needs the
// PostgreSQL server binaries (PG_BIN, or the newest /usr/lib/postgresql/<version>/bin); as root,
// the cluster runs as the `postgres` user, since Postgres refuses to run as root.
import { execFile } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

function serverBin(): string | null {
  const candidates = process.env.PG_BIN
    ? [process.env.PG_BIN]
    : existsSync("/usr/lib/postgresql")
      ? readdirSync("/usr/lib/postgresql")
          .sort((a, b) => Number(b) - Number(a))
          .map((v) => `/usr/lib/postgresql/${v}/bin`)
      : [];
  return candidates.find((dir) => existsSync(path.join(dir, "initdb")) && existsSync(path.join(dir, "pg_ctl"))) ?? null;
}

/** The `postgres` account's ids, from /etc/passwd, or null when there is none. */
function postgresAccount(): { uid: number; gid: number } | null {
  const line = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((l) => l.startsWith("postgres:"));
  if (!line) return null;
  const [, , uid, gid] = line.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

/** Why a throwaway cluster cannot run on this machine, or null when it can. */
export function throwawayPostgresUnavailable(): string | null {
  if (!serverBin()) return "no PostgreSQL server binaries (initdb, pg_ctl): install postgresql-15 or set PG_BIN";
  if (process.getuid?.() === 0 && !postgresAccount()) return "running as root without a `postgres` user to run the cluster as";
  return null;
}

export type ThrowawayPostgres = {
  /** The URL of database `name` on this cluster. */
  url(name?: string): string;
  /** Stops the server the way an operator's restart does (fast: open sessions are ended). */
  stop(): Promise<void>;
  /** Starts it and resolves once it accepts connections. */
  start(): Promise<void>;
  /** Stops it for good and removes its files. */
  destroy(): Promise<void>;
};

export async function startThrowawayPostgres(port: number): Promise<ThrowawayPostgres> {
  const bin = serverBin();
  const problem = throwawayPostgresUnavailable();
  if (!bin || problem) throw new Error(`cannot run a throwaway PostgreSQL: ${problem}`);
  const dir = mkdtempSync(path.join(tmpdir(), "c4c-pg-"));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const owner = postgresAccount()!;
    chownSync(dir, owner.uid, owner.gid);
  }
  const data = path.join(dir, "data");
  const pg = async (tool: string, args: string[]) => {
    const command = path.join(bin, tool);
    if (!asRoot) return run(command, args);
    const quoted = [command, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(" ");
    return run("su", ["postgres", "-s", "/bin/sh", "-c", quoted]);
  };
  await pg("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const cluster: ThrowawayPostgres = {
    url: (name = "postgres") => `postgresql://postgres@127.0.0.1:${port}/${name}`,
    stop: async () => {
      await pg("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
    },
    start: async () => {
      await pg("pg_ctl", ["-D", data, "-o", options, "-l", path.join(dir, "log"), "-w", "start"]);
    },
    destroy: async () => {
      await cluster.stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await cluster.start();
  return cluster;
}
