import { defineConfig } from "@playwright/test";

/**
 * E2E tests drive a production build of the portal in Chromium. `npm test` (scripts/test.mjs)
 * prepares the database and the browser and sets E2E_PORT, CHROMIUM_PATH and the server's
 * environment; run alone, `npx playwright test` serves the portal on the embedded database.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  // The whole run: CI allows 90 minutes for everything and the run takes about 20 today. Past this
  // Playwright stops and says so, rather than CI's runner killing it without a word.
  globalTimeout: Number(process.env.E2E_GLOBAL_TIMEOUT_MS ?? 60 * 60_000),
  reporter: [["list"]],
  use: {
    baseURL,
    browserName: "chromium",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || undefined,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
    trace: "off",
  },
  webServer: {
    command: `npx next start -p ${port} -H localhost`,
    url: `${baseURL}/en`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    // The server inherits DATABASE_URL or DATA_DIR from the environment scripts/test.mjs prepared.
    // No scheduled job (a reminder, a digest) runs by itself in the middle of a spec: specs run them at
    // a time they choose through POST /api/dev/jobs (tests/e2e/reminders.spec.ts).
    env: { NEXT_TELEMETRY_DISABLED: "1", JOB_RUNNER: "off" },
  },
});
