import { expect, type Page, test } from "@playwright/test";
import { expectNoViolations } from "./a11y/axe";
import accountsEn from "../../src/i18n/messages/features/accounts.en.json" with { type: "json" };
import coordinatorEn from "../../src/i18n/messages/features/coordinator.en.json" with { type: "json" };
import coordinatorUk from "../../src/i18n/messages/features/coordinator.uk.json" with { type: "json" };
import { format } from "./support";

const a = accountsEn.accounts;
const c = coordinatorEn.coordinator;

// Runs against a server in demo mode (see sign-in.spec.ts): one-click sign-in per demo role.
async function signInAs(page: Page, role: keyof typeof a.signIn.demo.roles) {
  await page.goto("/en/sign-in");
  await page.getByRole("button", { name: format(a.signIn.demo.as, { role: a.signIn.demo.roles[role] }) }).click();
  // The desk is where coordinators work: they land there; everyone else on their account.
  await expect(page).toHaveURL(role === "coordinator" || role === "administrator" ? /\/en\/coordinator$/ : /\/en\/account$/);
}

test.describe("the coordinator workspace", () => {
  test("the signed-out are sent to sign in; an editor is refused with a 404", async ({ page }) => {
    await page.goto("/en/coordinator");
    // Sent to sign in, and back to the desk afterwards.
    await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Fen%2Fcoordinator$/);
    await signInAs(page, "editor");
    const response = await page.goto("/en/coordinator");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: c.queue.title })).toHaveCount(0);
  });

  test("the demo coordinator opens the oldest waiting request, compares both sides and approves it", async ({ page }) => {
    await signInAs(page, "coordinator");
    await page.getByRole("link", { name: c.nav.workspace }).click();
    await expect(page.getByRole("heading", { level: 1, name: c.queue.title })).toBeVisible();
    // The desk's dashboard leads to the queue of requests.
    await page.locator("#main").getByRole("link", { name: c.queue.requests, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: c.queue.requests })).toBeVisible();
    await expectNoViolations(page);
    const requests = page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: c.queue.columns.reference }) });
    await expect(requests.locator("caption")).toContainText("oldest first");
    const first = requests.getByRole("rowheader").first().getByRole("link");
    const reference = (await first.textContent())!.trim();
    await first.click();

    await expect(page.getByRole("heading", { level: 1, name: format(c.request.title, { reference }) })).toBeVisible();
    await expect(page.getByRole("rowheader", { name: c.request.rows.needs })).toBeVisible();
    await expect(page.getByRole("rowheader", { name: c.request.rows.languages })).toBeVisible();
    await expectNoViolations(page);

    // Declining needs a reason: the field says so and nothing changes.
    await page.getByRole("button", { name: c.decide.decline.submit }).click();
    await expect(page.getByText(c.decide.errors.noteTooShort)).toBeVisible();
    await expect(page.getByLabel(c.decide.decline.reason)).toHaveAttribute("aria-invalid", "true");

    await page.getByRole("button", { name: c.decide.approve.submit }).click();
    await expect(page.getByRole("status").filter({ hasText: c.decide.approve.done })).toBeVisible();
    await expect(page.getByText(c.request.partnership)).toBeVisible();
    await expect(page.getByText(c.decide.closed)).toBeVisible();
    const history = page.getByRole("table").filter({ has: page.locator("caption", { hasText: c.request.historyCaption }) });
    // The demo's oldest waiting request may be submitted or already under review.
    const changed = format(c.request.events.STATUS_CHANGED, {
      from: `(${c.status.SUBMITTED}|${c.status.UNDER_REVIEW}|${c.status.INFORMATION_REQUESTED})`,
      to: c.status.APPROVED,
    });
    await expect(history).toContainText(new RegExp(changed));
    await expectNoViolations(page);

    // The decided request has left the queue of waiting requests.
    await page.goto("/en/coordinator/requests");
    await expect(page.getByRole("link", { name: reference, exact: true })).toHaveCount(0);
  });

  test("two coordinators on one request: the second is told plainly it was already decided", async ({ page, context }) => {
    await signInAs(page, "coordinator");
    await page.goto("/en/coordinator/requests");
    const reference = (await page.getByRole("table").first().getByRole("rowheader").first().textContent())!.trim();
    const other = await context.newPage();
    await other.goto(`/en/coordinator/requests/${reference}`);
    await page.goto(`/en/coordinator/requests/${reference}`);
    await page.getByRole("button", { name: c.decide.approve.submit }).click();
    await expect(page.getByRole("status").filter({ hasText: c.decide.approve.done })).toBeVisible();

    // The other tab still shows the forms; its decision is not stored.
    await other.getByLabel(c.decide.decline.reason).fill("We decline this one for now.");
    await other.getByRole("button", { name: c.decide.decline.submit }).click();
    const told = other
      .getByRole("alert")
      .filter({ hasText: format(c.decide.alreadyDecided, { status: c.status.APPROVED, who: "", when: "" }).split(" by ")[0] });
    await expect(told).toBeVisible();
    await expect(told).toContainText(c.status.APPROVED);
    await expect(other.getByText(c.request.partnership)).toBeVisible();
  });

  test("the workspace in Ukrainian", async ({ page }) => {
    await signInAs(page, "coordinator");
    await page.goto("/uk/coordinator");
    await expect(page.getByRole("heading", { level: 1, name: coordinatorUk.coordinator.queue.title })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: coordinatorUk.coordinator.memberships.title })).toBeVisible();
    await expectNoViolations(page);
  });
});
