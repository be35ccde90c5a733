// `npm run demo`: builds the portal when its sources changed since the last build, then serves it
// on PORT (default 3000). Without DATABASE_URL it runs on the embedded database in DATA_DIR
// (default .data/), which is created, migrated and seeded with demo data on first start.
import { spawn } from "node:child_process";
import path from "node:path";
import { buildIfChanged, root } from "./lib/build.mjs";

buildIfChanged();
const port = process.env.PORT ?? "3000";
// Next's own entry point, not npx: a signal sent to this process must reach the server itself.
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const server = spawn(process.execPath, [nextBin, "start", "-p", port, "-H", process.env.HOST ?? "localhost"], {
  cwd: root,
  stdio: "inherit",
  env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
