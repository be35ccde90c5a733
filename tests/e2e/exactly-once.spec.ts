// Exactly-once writes: one request form sent 50 times at once (a double click, a resend, a
// retrying proxy) is stored once, and every reply names the same reference.
import { expect, test } from "@playwright/test";
import { ensureSessions, prepareWorld, query } from "./matrix/principals";
import { ACTIONS, actionIdsOfBuild, base, cookieOf, formOf, headers } from "./matrix/endpoints";
import { referencesIn } from "./support";

test.skip(!process.env.DATABASE_URL, "reads the e2e database: run `npm test` with DATABASE_URL set");

test("50 concurrent submissions of one request form store one request, and every reply shows its reference", async ({ browser }) => {
  test.setTimeout(120_000);
  const world = await prepareWorld();
  await ensureSessions(world);
  const probe = ACTIONS.find((a) => a.key === "/[locale]/municipalities/[slug]/request#submitRequestAction")!;
  const fields = await formOf(browser, world, probe, actionIdsOfBuild()[probe.key]!);
  const token = fields.find(([k]) => k === "submissionToken")?.[1];
  expect(token).toMatch(/^[0-9a-f-]{36}$/);

  const replies = await Promise.all(
    Array.from({ length: 50 }, async () => {
      const body = new FormData();
      for (const [k, v] of fields) body.append(k, v);
      // The check-your-answers step's Send (the form itself only shows the answers to check).
      body.set("intent", "send");
      const response = await fetch(base() + probe.page(world), { method: "POST", body, headers: headers(cookieOf(world, "staffB")) });
      return { status: response.status, references: referencesIn(await response.text()) };
    }),
  );
  expect(replies.map((r) => r.status)).toEqual(Array(50).fill(200));
  const stored = await query<{ reference: string }>("SELECT reference FROM partnership_request WHERE submission_token = $1", [token]);
  expect(stored).toHaveLength(1);
  for (const reply of replies) expect(reply.references).toEqual([stored[0]!.reference]);
  const events = await query("SELECT 1 FROM request_event e JOIN partnership_request r ON r.id = e.request_id WHERE r.submission_token = $1", [token]);
  expect(events).toHaveLength(1);
});
