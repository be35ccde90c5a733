// Runs `prisma generate` on install. Generating the client needs no schema engine, but Prisma
// tries to download one unless PRISMA_SCHEMA_ENGINE_BINARY names an existing file; on machines
// without access to binaries.prisma.sh that download fails, so point it at this script.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);
const result = spawnSync("prisma", ["generate"], { stdio: "inherit", env, shell: process.platform === "win32" });
process.exit(result.status ?? 1);
