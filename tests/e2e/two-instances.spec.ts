// Two portal processes on one Postgres, as behind a load balancer: the portal keeps no state in
// process memory that the other would need. A session begun on one is valid on the other and
// ends on both; the sign-in rate limit counts the attempts made on either.
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import accountsEn from "../../src/i18n/messages/features/accounts.en.json" with { type: "json" };
import { demoSignIn } from "./support";

test.skip(!process.env.DATABASE_URL, "two instances need a shared Postgres: run `npm test` with DATABASE_URL set");

const t = accountsEn.accounts;
const firstPort = Number(process.env.E2E_PORT ?? 3100);
const secondPort = firstPort + 50;
const first = `http://localhost:${firstPort}`;
const second = `http://localhost:${secondPort}`;
let instance: ChildProcess | null = null;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  // The same build and environment as the first instance (DATABASE_URL, DEMO_MODE=1).
  instance = spawn("npx", ["next", "start", "-p", String(secondPort), "-H", "localhost"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
    detached: true,
  });
  for (let i = 0; i < 120; i++) {
    const up = await fetch(`${second}/readyz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the second instance did not start");
});

test.afterAll(() => {
  if (instance?.pid) process.kill(-instance.pid, "SIGTERM");
});

test("a session begun on one instance holds on the other, and signing out on the other ends it on both", async ({ page }) => {
  await page.goto(`${first}/en/sign-in`);
  await demoSignIn(page, "euStaff", "en", { fromCurrentPage: true });
  await expect(page).toHaveURL(`${first}/en/account`);

  await page.goto(`${second}/en/account`);
  await expect(page.getByRole("heading", { level: 1, name: t.account.title })).toBeVisible();
  await expect(page.getByText("staff.sindelfingen@demo.cities4cities.example")).toBeVisible();

  await page.getByRole("button", { name: t.account.signOut }).click();
  await expect(page).toHaveURL(`${second}/en/sign-in?signedOut=1`);
  await page.goto(`${first}/en/account`);
  await expect(page).toHaveURL(`${first}/en/sign-in`);
});

test("the sign-in rate limit counts attempts made on either instance", async ({ page }) => {
  const email = `two.instances.${Date.now()}@hromada.example`;
  const ask = async (origin: string) => {
    await page.goto(`${origin}/en/sign-in`);
    await page.getByLabel(t.signIn.emailLabel).fill(email);
    await page.getByRole("button", { name: t.signIn.submit }).click();
  };
  // Five links for one address, alternating between the instances: all sent.
  for (let i = 0; i < 5; i++) {
    await ask(i % 2 === 0 ? first : second);
    await expect(page.getByRole("heading", { level: 1, name: t.checkEmail.title })).toBeVisible();
  }
  // The sixth is refused on whichever instance it reaches.
  for (const origin of [first, second]) {
    await ask(origin);
    await expect(page.getByText(/^Too many sign-in links have been asked for\. Please try again in \d+ minutes?\.$/)).toBeVisible();
  }
});
