import { expect, test } from "@playwright/test";
import contactEn from "../../src/i18n/messages/features/contact.en.json" with { type: "json" };
import followUpEn from "../../src/i18n/messages/features/follow-up.en.json" with { type: "json" };
import coordinatorEn from "../../src/i18n/messages/features/coordinator.en.json" with { type: "json" };
import { expectNoViolations } from "./a11y/axe";
import { demoSignIn, expectConfirmation, format, requestForm } from "./support";

const k = contactEn.contact;
const f = followUpEn.followUp;
const c = coordinatorEn.coordinator;

test.describe("writing to the coordinators", () => {
  test("anyone writes on the contact form; a coordinator reads it in the inbox and answers by e-mail", async ({ page, browser }) => {
    const sender = `e2e.${Date.now().toString(36)}@stryi.example`;
    const subject = `How do we join? ${Date.now().toString(36)}`;
    await page.goto("/en/contact");
    await expect(page.getByRole("heading", { level: 1, name: k.page.title })).toBeVisible();
    // Nothing filled in: each field says what is missing, and the summary links to it.
    await page.getByRole("button", { name: k.form.submit }).click();
    await expect(page.getByRole("alert").filter({ has: page.locator("#error-summary-title") })).toBeFocused();
    await expect(page.getByLabel(k.form.fields.email)).toHaveAttribute("aria-invalid", "true");

    await page.getByLabel(k.form.fields.name).fill("Olena Koval");
    await page.getByLabel(k.form.fields.email).fill(sender);
    await page.getByLabel(k.form.fields.subject).fill(subject);
    await page.getByLabel(k.form.fields.message).fill("Our hromada would like to join the network. What do you need from us?");
    await page.getByRole("button", { name: k.form.submit }).click();
    await expect(page.getByRole("heading", { name: k.form.sent.title })).toBeFocused();
    await expect(page.getByText(format(k.form.sent.text, { email: sender }))).toBeVisible();

    // A browser context of its own: the coordinator is another person (axe needs a context's page).
    const context = await browser.newContext();
    const coordinator = await context.newPage();
    await demoSignIn(coordinator, "coordinator");
    await coordinator.goto("/en/coordinator");
    await coordinator.getByRole("link", { name: /^Messages to the coordinators/ }).click();
    await expect(coordinator.getByRole("heading", { level: 1, name: k.inbox.title })).toBeVisible();
    await expectNoViolations(coordinator);
    await coordinator.getByRole("link", { name: subject }).click();
    await expect(coordinator.getByRole("heading", { level: 1, name: format(k.message.heading, { subject }) })).toBeVisible();
    await coordinator.getByLabel(k.answer.label).fill("Thank you for writing: tell us your hromada's name and we will invite it.");
    await coordinator.getByRole("button", { name: k.answer.submit }).click();
    await expect(coordinator.getByRole("status").filter({ hasText: format(k.message.sent, { email: sender }) })).toBeVisible();
    await expect(coordinator.getByLabel(k.answer.label)).toHaveCount(0);

    // The answer is in the outbox: to the sender, replies going to the network's address.
    await coordinator.goto("/en/dev/mailbox");
    const mail = coordinator.getByRole("article").filter({ has: coordinator.getByRole("heading", { name: `Re: ${subject}` }) });
    await expect(mail.getByTestId("mail-to")).toHaveText(sender);
    await expect(mail.getByTestId("mail-reply-to")).toHaveText(/@/);
    await expect(mail).toContainText("tell us your hromada's name");
    await context.close();
  });
});

test.describe("asking the requester for more information", () => {
  test("the requester answers on the request's page and the request comes back to the coordinators' queue", async ({ page, browser }) => {
    await demoSignIn(page, "euStaff");
    await page.goto("/en/municipalities/lviv/request");
    const form = requestForm(page);
    await form.fillValid();
    await form.send();
    const reference = await expectConfirmation(page);

    // A browser context of its own: the coordinator is another person (axe needs a context's page).
    const context = await browser.newContext();
    const coordinator = await context.newPage();
    await demoSignIn(coordinator, "coordinator");
    await coordinator.goto(`/en/coordinator/requests/${reference}`);
    await coordinator.getByLabel(c.decide.ask.note).fill("Which buildings need backup power first?");
    await coordinator.getByRole("button", { name: c.decide.ask.submit }).click();
    await expect(coordinator.getByRole("status").filter({ hasText: c.decide.ask.done })).toBeVisible();
    // Waiting for the requester: listed as such, not among those under review.
    await coordinator.goto("/en/coordinator/requests?status=INFORMATION_REQUESTED");
    await expect(coordinator.getByRole("link", { name: reference })).toBeVisible();
    await coordinator.goto("/en/coordinator/requests?status=UNDER_REVIEW");
    await expect(coordinator.getByRole("link", { name: reference })).toHaveCount(0);

    await page.goto(`/en/account/requests/${reference}`);
    await expect(page.getByRole("heading", { name: f.answer.title })).toBeVisible();
    await expect(page.getByText("Which buildings need backup power first?").first()).toBeVisible();
    await page.getByLabel(f.answer.label).fill("The hospital first, then the two water pumping stations.");
    await page.getByRole("button", { name: f.answer.submit }).click();
    await expect(page.getByRole("status").filter({ hasText: f.answer.done })).toBeVisible();
    await expect(page.getByLabel(f.answer.label)).toHaveCount(0);
    await expectNoViolations(page);

    // Back in the open queue, under review again.
    await coordinator.goto("/en/coordinator/requests?status=UNDER_REVIEW");
    await coordinator.getByRole("link", { name: reference }).click();
    const history = coordinator.getByRole("table").filter({ has: coordinator.locator("caption", { hasText: c.request.historyCaption }) });
    await expect(history).toContainText(c.request.events.INFO_PROVIDED);
    await expect(history).toContainText("The hospital first, then the two water pumping stations.");
    await context.close();
  });
});
