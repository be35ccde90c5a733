// Issue 19, "signing in and acting": what sign-in says and keeps, the confirmations before
// withdrawing or unpublishing, the request form's check-your-answers step, and the links from an
// approved request to its partnership. Runs in demo mode (the development mailbox, demo sign-in).
import { expect, test, type Page } from "@playwright/test";
import actingEn from "../../src/i18n/messages/features/acting.en.json" with { type: "json" };
import accountsEn from "../../src/i18n/messages/features/accounts.en.json" with { type: "json" };
import coordinatorEn from "../../src/i18n/messages/features/coordinator.en.json" with { type: "json" };
import profileEditorEn from "../../src/i18n/messages/features/profile-editor.en.json" with { type: "json" };
import { databaseUrl } from "./database";
import { query } from "./matrix/principals";
import { demoSignIn, expectConfirmation, format, requestForm } from "./support";

const a = actingEn.acting;
const accounts = accountsEn.accounts;
const c = coordinatorEn.coordinator;
const p = profileEditorEn.profileEditor;

/** The newest sign-in link the development mailbox holds for `email`. */
async function newestLink(page: Page, email: string): Promise<string> {
  await page.goto("/en/dev/mailbox");
  const mail = page.getByRole("article").filter({ hasText: email }).first();
  const link = await mail.getByRole("link", { name: /\/api\/auth\/callback\/nodemailer/ }).getAttribute("href");
  expect(link).toBeTruthy();
  return link!;
}

test.describe("signing in", () => {
  test("says why; check-your-e-mail repeats the address, sends again and leads back; a used link keeps the page", async ({ page, context }) => {
    const email = `acting.${Date.now()}@kommun.example`;
    const target = "/en/municipalities/lviv/request";
    await page.goto(`/en/sign-in?callbackUrl=${encodeURIComponent(target)}`);
    await expect(page.getByRole("heading", { level: 2, name: a.signIn.whyTitle })).toBeVisible();
    await expect(page.getByText(a.signIn.confirmed)).toBeVisible();

    await page.getByLabel(accounts.signIn.emailLabel).fill(email);
    await page.getByRole("button", { name: accounts.signIn.submit }).click();
    await expect(page.getByRole("heading", { level: 1, name: accounts.checkEmail.title })).toBeVisible();
    // The address is repeated, and is not in the page's address.
    await expect(page.locator("main strong", { hasText: email })).toBeVisible();
    expect(page.url()).not.toContain(encodeURIComponent(email));

    await page.getByRole("button", { name: a.checkEmail.resend }).click();
    await expect(page.getByRole("status").filter({ hasText: format(a.checkEmail.resent, { email }) })).toBeVisible();
    if (databaseUrl) {
      const [sent] = await query<{ n: string }>("SELECT count(*) AS n FROM outbox_message WHERE lower(recipient) = lower($1)", [email]);
      expect(Number(sent!.n), "two links sent").toBe(2);
    }

    // "Wrong address?" leads back to the form, still on its way to the request form.
    await page.getByRole("link", { name: a.checkEmail.wrongAddress }).click();
    await expect(page).toHaveURL(new RegExp(`/en/sign-in\\?callbackUrl=${encodeURIComponent(target)}$`));

    const link = await newestLink(page, email);
    await page.goto(link);
    await expect(page).toHaveURL(new RegExp(`${target}$`));

    // Used once already: back to sign-in, which still leads to the request form.
    await context.clearCookies();
    await page.goto(link);
    await expect(page).toHaveURL(new RegExp(`/en/sign-in\\?error=Verification&callbackUrl=${encodeURIComponent(target)}$`));
    await expect(page.getByRole("alert").filter({ hasText: a.signIn.linkErrorCallback })).toBeVisible();
    await expect(page.locator('input[name="callbackUrl"]').first()).toHaveValue(target);
  });
});

test.describe("the request form's check-your-answers step", () => {
  test("shows every answer, changes one at its field, and sends only on Send", async ({ page }) => {
    await demoSignIn(page, "euStaff");
    await page.goto("/en/municipalities/lviv/request");
    const f = requestForm(page);
    await f.fillValid();
    await f.submit.click();

    await expect(f.checkHeading).toBeFocused();
    const summary = page.locator("form dl");
    await expect(summary).toContainText("heat pumps");
    await expect(summary).toContainText("Anna Schmidt");
    await expect(page.getByText(f.t.sent.title)).toHaveCount(0);

    // Change: back at the message, everything else kept.
    await page.getByRole("button", { name: `${a.check.change} ${f.t.fields.message}` }).click();
    await expect(f.field("message")).toBeFocused();
    await expect(f.field("requesterName")).toHaveValue("Anna Schmidt");
    await expect(f.area("energy")).toBeChecked();
    const message = `Changed after checking: our utilities would like to share experience with heat pumps (${Date.now()}).`;
    await f.field("message").fill(message);
    await f.submit.click();
    await expect(summary).toContainText(message);

    await f.sendButton.click();
    await expectConfirmation(page);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the step, Change and Send work as plain forms", async ({ page }) => {
      await demoSignIn(page, "euStaff");
      await page.goto("/en/municipalities/lviv/request");
      const f = requestForm(page);
      await f.fillValid();
      await f.submit.click();
      await expect(f.checkHeading).toBeVisible();
      await page.getByRole("button", { name: `${a.check.change} ${f.t.fields.areas}` }).click();
      await expect(f.area("energy")).toBeChecked();
      await expect(f.field("requesterName")).toHaveValue("Anna Schmidt");
      await f.send();
      await expect(page.getByRole("heading", { name: f.t.sent.title })).toBeVisible();
    });

    test("taking a profile out of the catalogue asks first", async ({ page }) => {
      await demoSignIn(page, "editor");
      await page.goto("/en/municipalities/lviv/edit");
      await page.getByRole("link", { name: p.publication.unpublish }).click();
      await expect(page).toHaveURL(/\?unpublish=confirm#publication$/);
      await expect(page.getByText(a.unpublish.question)).toBeVisible();
      await page.getByRole("link", { name: a.unpublish.cancel }).click();
      await expect(page.getByText(p.publication.published)).toBeVisible();
    });
  });
});

test("taking a profile out of the catalogue asks first, with an optional reason; 'no' changes nothing", async ({ page }) => {
  await demoSignIn(page, "editor");
  await page.goto("/en/municipalities/lviv/edit");
  await expect(page.getByText(p.publication.published)).toBeVisible();
  // An unsaved change in the editor below survives opening and closing the step.
  const nameEn = page.locator("#nameEn");
  const unsaved = `${await nameEn.inputValue()} (unsaved)`;
  await nameEn.fill(unsaved);

  await page.getByRole("link", { name: p.publication.unpublish }).click();
  await expect(page.getByText(a.unpublish.question)).toBeFocused();
  await page.getByRole("link", { name: a.unpublish.cancel }).click();
  await expect(page.getByText(p.publication.published)).toBeVisible();
  await expect(nameEn).toHaveValue(unsaved);

  const reason = `Council review (${Date.now()})`;
  await page.getByRole("link", { name: p.publication.unpublish }).click();
  await page.getByLabel(a.unpublish.reasonLabel).fill(reason);
  await page.getByRole("button", { name: a.unpublish.confirm }).click();
  await expect(page.getByText(p.publication.draft)).toBeVisible();
  if (databaseUrl) {
    const [row] = await query<{ detail: { reason?: string } }>("SELECT detail FROM audit_event WHERE action = 'profile.publish' ORDER BY id DESC LIMIT 1");
    expect(row!.detail.reason).toBe(reason);
  }
  // Put back for the other specs.
  await page.getByRole("button", { name: p.publication.publish }).click();
  await expect(page.getByText(p.publication.published)).toBeVisible();
});

test("an approved request links to its partnership for the coordinator and the requester; the review links both municipalities", async ({ page }) => {
  test.skip(!databaseUrl, "picks a hromada without partnerships from the e2e database");
  // A hromada with no request or partnership yet, so that approving makes a new partnership.
  const [target] = await query<{ slug: string; name_en: string }>(
    `SELECT slug, name_en FROM municipality m WHERE country = 'UA' AND status = 'PUBLISHED' AND seeks_partners
       AND NOT EXISTS (SELECT 1 FROM partnership p WHERE p.ukrainian_municipality_id = m.id)
       AND NOT EXISTS (SELECT 1 FROM partnership_request r WHERE r.ukrainian_municipality_id = m.id)
     ORDER BY population DESC NULLS LAST LIMIT 1`,
  );
  await demoSignIn(page, "euStaff");
  await page.goto(`/en/municipalities/${target!.slug}/request`);
  const f = requestForm(page);
  await f.fillValid();
  await f.send();
  const reference = await expectConfirmation(page);

  await page.context().clearCookies();
  await demoSignIn(page, "coordinator");
  await page.goto(`/en/coordinator/requests/${reference}`);
  const comparison = page.getByRole("table").filter({ has: page.getByRole("rowheader", { name: c.request.rows.needs }) });
  await expect(comparison.getByRole("link", { name: target!.name_en })).toHaveAttribute("href", `/en/municipalities/${target!.slug}`);
  await expect(comparison.getByRole("link", { name: "Sindelfingen" })).toBeVisible();
  await page.getByRole("button", { name: c.decide.approve.submit }).click();
  await expect(page.getByRole("status").filter({ hasText: c.decide.approve.done })).toBeVisible();
  await page.getByRole("link", { name: a.openPartnership }).click();
  await expect(page).toHaveURL(/\/en\/partnerships\/\d+$/);
  const partnership = page.url();

  await page.context().clearCookies();
  await demoSignIn(page, "euStaff");
  await page.goto(`/en/account/requests/${reference}`);
  await page.getByRole("link", { name: a.openPartnership }).click();
  await expect(page).toHaveURL(partnership);
});

test("the account keeps a name, a job title and the mail language", async ({ page }) => {
  await demoSignIn(page, "euStaff");
  const before = databaseUrl
    ? (
        await query<{ name: string | null; job_title: string | null; locale: string | null; locale_chosen: boolean }>(
          "SELECT name, job_title, locale, locale_chosen FROM app_user WHERE id = 'demo-staff-sindelfingen'",
        )
      )[0]
    : null;
  await page.getByLabel(a.settings.fields.jobTitle).fill("International relations");
  await page.getByLabel(a.settings.fields.locale).selectOption("sv");
  await page.getByRole("button", { name: a.settings.save }).click();
  await expect(page.getByRole("status").filter({ hasText: a.settings.saved })).toBeFocused();
  await page.reload();
  await expect(page.getByLabel(a.settings.fields.jobTitle)).toHaveValue("International relations");
  await expect(page.getByLabel(a.settings.fields.locale)).toHaveValue("sv");
  // Too long: said at the field, nothing saved.
  await page.getByLabel(a.settings.fields.name).evaluate((input: HTMLInputElement) => input.removeAttribute("maxlength"));
  await page.getByLabel(a.settings.fields.name).fill("x".repeat(121));
  await page.getByRole("button", { name: a.settings.save }).click();
  await expect(page.getByLabel(a.settings.fields.name)).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText(format(a.settings.errors.nameTooLong, { max: 120 }))).toBeVisible();
  if (before) {
    await query("UPDATE app_user SET name = $1, job_title = $2, locale = $3, locale_chosen = $4 WHERE id = 'demo-staff-sindelfingen'", [
      before.name,
      before.job_title,
      before.locale,
      before.locale_chosen,
    ]);
  }
});
