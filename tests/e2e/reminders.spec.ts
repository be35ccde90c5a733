// Reminders and their unsubscribe links, end to end: the clock moved through POST /api/dev/jobs
// (demo mode), a reminder read on the development mailbox, its link opened without signing in,
// one click, and the kind switched back on in the account settings.
import { expect, test } from "@playwright/test";
import pg from "pg";
import remindersEn from "../../src/i18n/messages/features/reminders.en.json" with { type: "json" };
import remindersUk from "../../src/i18n/messages/features/reminders.uk.json" with { type: "json" };
import { databaseUrl } from "./database";
import { demoSignIn, format } from "./support";
import { oneClickPath, unsubscribePath } from "./unsubscribe-link";

const t = remindersEn.reminders;
const COORDINATOR = "demo-coordinator";

async function sql(text: string, values: unknown[] = []) {
  if (!databaseUrl) return [];
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

test.afterAll(async () => {
  await sql("DELETE FROM notification_preference WHERE user_id LIKE 'demo-%' AND kind IN ('requestReminder', 'fundingDeadline')");
});

test("a reminder's unsubscribe link stops that kind of mail without signing in, and the account page switches it back on", async ({
  page,
  browser,
  request,
}) => {
  await sql("DELETE FROM notification_preference WHERE user_id = $1 AND kind = 'requestReminder'", [COORDINATOR]);
  // A run before on this database (same hour, same rounds) would find the reminders sent: forget them.
  await sql("DELETE FROM job_run WHERE job = 'reminders.requests'");
  await sql("DELETE FROM reminder_sent WHERE kind = 'requestReminder'");
  // A month from now every open request of the demo data is overdue: the coordinators are reminded.
  const later = new Date(Date.now() + 30 * 86_400_000).toISOString();
  const run = await request.post("/api/dev/jobs", { data: { now: later, job: "reminders.requests" } });
  expect(run.status()).toBe(200);
  expect((await run.json()).outcomes).toEqual([expect.objectContaining({ job: "reminders.requests" })]);

  const mailbox = await (await request.get("/en/dev/mailbox")).text();
  const own = unsubscribePath("en", COORDINATOR, "requestReminder");
  expect(mailbox).toContain(own);

  // Opened where a mail program would open it: no session.
  const anonymous = await browser.newContext();
  const visitor = await anonymous.newPage();
  await visitor.goto(own);
  await expect(visitor.getByRole("heading", { level: 1, name: t.unsubscribe.title })).toBeVisible();
  await expect(visitor.getByText(format(t.unsubscribe.intro, { what: t.kinds.requestReminder }))).toBeVisible();
  await visitor.getByRole("button", { name: t.unsubscribe.submit }).click();
  await expect(visitor.locator("main").getByRole("status")).toHaveText(format(t.unsubscribe.done, { what: t.kinds.requestReminder }));
  // Opened again later: it says they are stopped, and where to switch them back on.
  await visitor.goto(own);
  await expect(visitor.locator("main").getByRole("status")).toHaveText(format(t.unsubscribe.already, { what: t.kinds.requestReminder }));
  await expect(visitor.getByRole("link", { name: t.unsubscribe.accountLink })).toBeVisible();
  await anonymous.close();
  if (databaseUrl) {
    expect(await sql("SELECT kind, delivery FROM notification_preference WHERE user_id = $1", [COORDINATOR])).toEqual([
      { kind: "requestReminder", delivery: "NONE" },
    ]);
  }

  // The coordinator switches them back on.
  await demoSignIn(page, "coordinator");
  await page.goto("/en/account#reminders");
  const box = page.getByRole("checkbox", { name: t.settings.labels.requestReminder });
  await expect(box).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: t.settings.labels.profileReminder })).toBeChecked();
  await box.check();
  await page.locator("#reminders").getByRole("button", { name: t.settings.submit }).click();
  await expect(page.locator("#reminders").getByRole("status")).toHaveText(t.settings.saved);
  await expect(page.getByRole("checkbox", { name: t.settings.labels.requestReminder })).toBeChecked();
});

test("a link that was not signed by the portal stops nothing and says so, in the page's language", async ({ page, request }) => {
  const genuine = unsubscribePath("uk", "demo-editor-lviv", "fundingDeadline");
  const [, , , token] = genuine.split("/");
  const [, signature] = token.split("~");
  const forged = `/uk/unsubscribe/${Buffer.from("demo-coordinator\nfundingDeadline").toString("base64url")}~${signature}`;
  await page.goto(forged);
  await expect(page.getByRole("heading", { level: 1, name: remindersUk.reminders.unsubscribe.invalidTitle })).toBeVisible();
  await expect(page.getByRole("button", { name: remindersUk.reminders.unsubscribe.submit })).toHaveCount(0);

  // Mail programs' one-click POST (RFC 8058): the genuine token works, the forged one is refused.
  const body = { form: { "List-Unsubscribe": "One-Click" } };
  expect((await request.post(`/api/unsubscribe/${forged.split("/").pop()}`, body)).status()).toBe(404);
  expect((await request.post(oneClickPath("demo-editor-lviv", "fundingDeadline"), body)).status()).toBe(200);
  if (databaseUrl) {
    expect(await sql("SELECT user_id, delivery FROM notification_preference WHERE kind = 'fundingDeadline' AND user_id LIKE 'demo-%'")).toEqual([
      { user_id: "demo-editor-lviv", delivery: "NONE" },
    ]);
  }
});

test("the clock endpoint refuses what it cannot run", async ({ request }) => {
  expect((await request.post("/api/dev/jobs", { data: { now: "yesterday" } })).status()).toBe(400);
  expect((await request.post("/api/dev/jobs", { data: { now: new Date().toISOString(), job: "no.such.job" } })).status()).toBe(400);
});
