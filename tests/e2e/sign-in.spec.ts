import { expect, test } from "@playwright/test";
import accountsEn from "../../src/i18n/messages/features/accounts.en.json" with { type: "json" };
import accountsUk from "../../src/i18n/messages/features/accounts.uk.json" with { type: "json" };
import actingEn from "../../src/i18n/messages/features/acting.en.json" with { type: "json" };
import { format, literal } from "./support";

const t = accountsEn.accounts;

// Runs against a server in demo mode (the embedded database, or DEMO_MODE=1), where the sent mail
// is readable on the development mailbox page.
test.describe("signing in with a magic link", () => {
  test("a person asks for a link, follows it from the mailbox, sees their account and signs out", async ({ page }) => {
    const email = `olena.${Date.now()}@hromada.example`;

    await page.goto("/en/account");
    await expect(page).toHaveURL(/\/en\/sign-in$/);
    await expect(page.getByRole("heading", { level: 1, name: t.signIn.title })).toBeVisible();

    // A malformed address is refused at the field.
    await page.getByLabel(t.signIn.emailLabel).fill("not an address");
    await page.getByRole("button", { name: t.signIn.submit }).click();
    await expect(page.getByLabel(t.signIn.emailLabel)).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText(t.signIn.invalidEmail)).toBeVisible();

    await page.getByLabel(t.signIn.emailLabel).fill(email);
    await page.getByRole("button", { name: t.signIn.submit }).click();
    await expect(page.getByRole("heading", { level: 1, name: t.checkEmail.title })).toBeVisible();

    // The mail is in the development mailbox; its link signs in.
    await page.getByRole("link", { name: t.demoMode.mailbox }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: t.mailbox.title })).toBeVisible();
    const mail = page.getByRole("article").filter({ hasText: email }).first();
    await expect(mail.getByRole("heading", { name: t.mail.signIn.subject })).toBeVisible();
    const link = await mail.getByRole("link", { name: /\/api\/auth\/callback\/nodemailer/ }).getAttribute("href");
    expect(link).toBeTruthy();
    await page.goto(link!);

    await expect(page).toHaveURL(/\/en\/account$/);
    await expect(page.getByRole("heading", { level: 1, name: t.account.title })).toBeVisible();
    await expect(page.getByText(email)).toBeVisible();
    await expect(page.getByText(t.account.noMemberships)).toBeVisible();
    await expect(page.getByRole("link", { name: t.nav.account })).toBeVisible();

    await page.getByRole("button", { name: t.account.signOut }).click();
    // Signing out says so.
    await expect(page).toHaveURL(/\/en\/sign-in\?signedOut=1$/);
    await expect(page.getByRole("status").filter({ hasText: actingEn.acting.signIn.signedOut })).toBeVisible();
    await expect(page.getByRole("link", { name: t.nav.signIn })).toBeVisible();
    await page.goto("/en/account");
    await expect(page).toHaveURL(/\/en\/sign-in$/);

    // A link works once.
    await page.goto(link!);
    await expect(page.getByRole("alert").filter({ hasText: t.signIn.linkError })).toBeVisible();
  });

  test("demo sign-in as the editor of Lviv, in Ukrainian, goes through the magic link to the account page", async ({ page }) => {
    const uk = accountsUk.accounts;
    await page.goto("/uk/sign-in");
    await expect(page.getByRole("note", { name: uk.demoMode.label })).toBeVisible();
    await page.getByRole("button", { name: format(uk.signIn.demo.as, { role: uk.signIn.demo.roles.editor }) }).click();
    await expect(page).toHaveURL(/\/uk\/account$/);
    await expect(page.getByText("editor.lviv@demo.cities4cities.example")).toBeVisible();
    await expect(page.getByText(literal(`Львів: ${uk.account.kinds.MUNICIPALITY_EDITOR}, ${uk.account.status.APPROVED}`))).toBeVisible();
  });

  test("demo sign-in as the coordinator lands on the coordinator desk; the account shows the network role", async ({ page }) => {
    await page.goto("/en/sign-in");
    await page.getByRole("button", { name: format(t.signIn.demo.as, { role: t.signIn.demo.roles.coordinator }) }).click();
    await expect(page).toHaveURL(/\/en\/coordinator$/);
    // Signed in already: the sign-in page sends a coordinator to the desk too.
    await page.goto("/en/sign-in");
    await expect(page).toHaveURL(/\/en\/coordinator$/);
    await page.goto("/en/account");
    await expect(page.getByText(t.account.roles.COORDINATOR, { exact: true })).toBeVisible();
  });

  test("a script on a portal page cannot read the session: the session endpoint is closed", async ({ page, context }) => {
    await page.goto("/en/sign-in");
    await page.getByRole("button", { name: format(t.signIn.demo.as, { role: t.signIn.demo.roles.coordinator }) }).click();
    // Coordinators land on their desk.
    await expect(page).toHaveURL(/\/en\/coordinator$/);
    const token = (await context.cookies()).find((c) => /session-token$/.test(c.name))?.value;
    expect(token).toBeTruthy();
    // What any script on the page could fetch with the person's cookie.
    const answer = await page.evaluate(async () => {
      const response = await fetch("/api/auth/session");
      return { status: response.status, body: await response.text() };
    });
    expect(answer.status).toBe(404);
    expect(answer.body).not.toContain(token!);
    expect(answer.body).not.toContain("coordinator@");
    // The pages still know who is signed in (they read the session on the server).
    await page.goto("/en/account");
    await expect(page.getByText(t.account.roles.COORDINATOR, { exact: true })).toBeVisible();
  });

  test("asking for too many links for one address is refused with a clear message", async ({ page }) => {
    const email = `many.${Date.now()}@hromada.example`;
    for (let i = 0; i < 5; i++) {
      await page.goto("/en/sign-in");
      await page.getByLabel(t.signIn.emailLabel).fill(email);
      await page.getByRole("button", { name: t.signIn.submit }).click();
      await expect(page.getByRole("heading", { level: 1, name: t.checkEmail.title })).toBeVisible();
    }
    await page.goto("/en/sign-in");
    await page.getByLabel(t.signIn.emailLabel).fill(email);
    await page.getByRole("button", { name: t.signIn.submit }).click();
    await expect(page.getByText(/^Too many sign-in links have been asked for\. Please try again in \d+ minutes?\.$/)).toBeVisible();
    await expect(page.getByLabel(t.signIn.emailLabel)).toHaveAttribute("aria-invalid", "true");
  });
});
