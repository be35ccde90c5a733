// The database of the load scripts (bench, soak): `c4c_bench` on DATABASE_URL's server, migrated
// and seeded with `profiles` Ukrainian profiles, reused when it already holds them (seeding
// 50,000 takes a minute or two).
import { spawn } from "node:child_process";
import pg from "pg";
import { migrate } from "../../src/server/db/migrate";
import { root } from "./build.mjs";

export async function benchDatabase(profiles: number): Promise<string> {
  const server = process.env.DATABASE_URL;
  if (!server) throw new Error("this script needs DATABASE_URL: a real Postgres server (a database c4c_bench is made there)");
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = 'c4c_bench'")).rowCount;
  if (!exists) await admin.query("CREATE DATABASE c4c_bench");
  await admin.end();
  const url = new URL(server);
  url.pathname = "/c4c_bench";
  await migrate(url.toString());
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  const { rows } = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM municipality WHERE country = 'UA'");
  await client.end();
  if (rows[0]!.n < profiles) {
    const started = Date.now();
    process.stdout.write(`Seeding ${profiles} profiles into c4c_bench… `);
    await run("npx", ["tsx", "--conditions=react-server", "scripts/db-seed.ts", ...(rows[0]!.n === 0 ? [] : ["--reset"]), "--scale", String(profiles)], {
      DATABASE_URL: url.toString(),
    });
    console.log(`${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  return url.toString();
}

function run(command: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] });
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} failed (${code})`))));
  });
}
