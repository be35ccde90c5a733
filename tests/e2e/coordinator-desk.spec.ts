// The coordinators' desk (issue 17 §3): the dashboard, assignment, the queue's filters in the URL,
// and a bulk request for information whose mails reach the requesters.
import { expect, test } from "@playwright/test";
import { expectNoViolations } from "./a11y/axe";
import coordinatorEn from "../../src/i18n/messages/features/coordinator.en.json" with { type: "json" };
import deskEn from "../../src/i18n/messages/features/desk.en.json" with { type: "json" };
import { demoSignIn, format } from "./support";

const c = coordinatorEn.coordinator;
const d = deskEn.desk;

test("a coordinator works the desk: follows 'overdue', assigns a request to themself, filters by assignee, bulk-asks two requesters", async ({ page }) => {
  test.setTimeout(120_000);
  await demoSignIn(page, "coordinator");
  await expect(page.getByRole("heading", { level: 1, name: c.queue.title })).toBeVisible();
  const overdue = page.getByRole("region", { name: new RegExp(`^${d.dashboard.overdue}: \\d+$`) });
  await expect(overdue).toBeVisible();
  await expectNoViolations(page);

  // "Overdue" leads to the queue filtered to undecided requests of 14 days or more, each flagged in words.
  await overdue.getByRole("link", { name: d.dashboard.overdueAll }).click();
  await expect(page).toHaveURL(/\/en\/coordinator\/requests\?status=undecided&age=14$/);
  await expect(page.getByRole("heading", { level: 1, name: c.queue.requests })).toBeVisible();
  const table = page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: c.queue.columns.reference }) });
  const rows = table.locator("tbody tr");
  expect(await rows.count()).toBeGreaterThanOrEqual(3);
  await expect(rows.first()).toContainText(d.queue.overdue);
  await expectNoViolations(page);

  // The newest unassigned overdue requests on the page (other specs decide the oldest): one to assign, two to ask.
  const free = rows.filter({ has: page.getByRole("cell", { name: d.queue.nobody, exact: true }) });
  const count = await free.count();
  expect(count).toBeGreaterThanOrEqual(3);
  const referenceOf = async (i: number) => (await free.nth(i).getByRole("rowheader").textContent())!.trim();
  const [mine, first, second] = [await referenceOf(count - 1), await referenceOf(count - 2), await referenceOf(count - 3)];

  await page.getByRole("link", { name: mine, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: format(c.request.title, { reference: mine }) })).toBeVisible();
  await page.getByRole("button", { name: d.assign.toMe }).click();
  await expect(page.getByRole("status").filter({ hasText: format(d.assign.done, { name: d.queue.you }) })).toBeVisible();
  await expect(page.getByText(format(d.assign.current, { name: d.queue.you }))).toBeVisible();

  // The assignee filter is in the URL: "me" lists it, "nobody" does not.
  await page.goto("/en/coordinator/requests?assignee=me&status=undecided");
  await expect(page.getByLabel(d.filters.assignee)).toHaveValue("me");
  const minesRow = page.getByRole("row").filter({ has: page.getByRole("link", { name: mine, exact: true }) });
  await expect(minesRow).toContainText(d.queue.you);
  await page.goto("/en/coordinator/requests?assignee=none&status=undecided&age=14");
  await expect(page.getByRole("link", { name: mine, exact: true })).toHaveCount(0);

  // The requesters' addresses, from the requests' pages.
  const requesterOf = async (reference: string) => {
    await page.goto(`/en/coordinator/requests/${reference}`);
    return (await page.locator('#main a[href^="mailto:"]').first().textContent())!.trim();
  };
  const addresses = [await requesterOf(first), await requesterOf(second)];

  // Two rows ticked, one question: each requester asked on their own.
  await page.goto("/en/coordinator/requests?status=undecided&age=14");
  const question = `Which buildings come first, and when could you start? (desk ${Date.now()})`;
  await page.getByRole("checkbox", { name: format(d.queue.selectOne, { reference: first }) }).check();
  await page.getByRole("checkbox", { name: format(d.queue.selectOne, { reference: second }) }).check();
  await page.getByRole("radio", { name: d.bulk.operations.ask }).check();
  await page.getByLabel(d.bulk.note).fill(question);
  await page.getByRole("button", { name: d.bulk.submit.ask }).click();
  const outcome = page.getByRole("status").filter({ hasText: format(d.bulk.done.ask, { count: 2 }) });
  await expect(outcome).toBeVisible();
  await expect(outcome).toContainText(first);
  await expect(outcome).toContainText(second);

  // Waiting for the requesters now, and their mails are in the dev mailbox.
  await page.goto("/en/coordinator/requests?status=INFORMATION_REQUESTED");
  await expect(page.getByRole("link", { name: first, exact: true })).toBeVisible();
  await page.goto("/en/dev/mailbox");
  for (const address of addresses) {
    const mail = page
      .getByRole("article")
      .filter({ hasText: question })
      .filter({ has: page.getByTestId("mail-to").getByText(address, { exact: true }) });
    await expect(mail.first()).toBeVisible();
  }
});

test("the queue and the dashboard at 320 px: no sideways scroll of the page", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await demoSignIn(page, "coordinator");
  for (const url of ["/en/coordinator", "/en/coordinator/requests?status=undecided"]) {
    await page.goto(url);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), url).toBe(true);
  }
  await context.close();
});
