import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import accountsEn from "../../src/i18n/messages/features/accounts.en.json" with { type: "json" };
import accountsUk from "../../src/i18n/messages/features/accounts.uk.json" with { type: "json" };
import privacyEn from "../../src/i18n/messages/features/privacy.en.json" with { type: "json" };
import privacyUk from "../../src/i18n/messages/features/privacy.uk.json" with { type: "json" };
import { format, literal } from "./support";

const accounts = { en: accountsEn.accounts, uk: accountsUk.accounts };
const privacy = { en: privacyEn.privacy, uk: privacyUk.privacy };
const STAFF = "staff.sindelfingen@demo.cities4cities.example";

// Runs against a server in demo mode with the demo data: Sindelfingen is Lviv's partner.

async function demoSignIn(page: Page, role: keyof typeof accountsEn.accounts.signIn.demo.roles, locale: "en" | "uk" = "en") {
  const t = accounts[locale];
  await page.goto(`/${locale}/sign-in`);
  await page.getByRole("button", { name: format(t.signIn.demo.as, { role: t.signIn.demo.roles[role] }) }).click();
  // Coordinators and administrators land on the coordinator desk, everyone else on their account.
  await expect(page).toHaveURL(new RegExp(`/${locale}/${role === "coordinator" || role === "administrator" ? "coordinator" : "account"}$`));
}

test.describe("personal data", () => {
  test("Lviv's contact person: hidden from an anonymous visitor, page and payload alike; shown to Sindelfingen's staff", async ({ page, browser }) => {
    const t = privacy.en.contact;
    await demoSignIn(page, "euStaff");
    await page.goto("/en/municipalities/lviv");
    const section = page.getByRole("region", { name: t.title });
    const mail = section.getByRole("link", { name: /@lviv\.example$/ });
    await expect(mail).toBeVisible();
    const address = (await mail.innerText()).trim();
    await expect(section.getByText(t.hidden)).toHaveCount(0);

    const anonymous = await browser.newContext();
    const visitor = await anonymous.newPage();
    await visitor.goto("/en/municipalities/lviv");
    const hidden = visitor.getByRole("region", { name: t.title });
    await expect(hidden.getByText(t.hidden)).toBeVisible();
    await expect(hidden.getByRole("link", { name: "sign in" })).toHaveAttribute("href", "/en/sign-in");
    // Neither the HTML nor the React payload of a client-side navigation carries it.
    const html = await (await anonymous.request.get("/en/municipalities/lviv")).text();
    const rsc = await (await anonymous.request.get("/en/municipalities/lviv", { headers: { RSC: "1" } })).text();
    for (const body of [html, rsc]) {
      expect(body).toContain("Lviv");
      expect(body.toLowerCase()).not.toContain(address.toLowerCase());
    }
    await anonymous.close();
  });

  test("the privacy notice says what stays after deletion and how long each kind of data is kept", async ({ page }) => {
    await page.goto("/en/privacy");
    // The default periods (src/server/env.ts), as the daily purge applies them.
    await expect(page.getByText(/deleted 30 days after it was sent/)).toBeVisible();
    await expect(page.getByText(/^365 days; older entries are deleted every day/)).toBeVisible();
    await expect(page.getByText(/^1 day at most; the counters are then deleted/)).toBeVisible();
    await expect(page.getByText(/Expired sessions and sign-in links are deleted 1 day after they expire/)).toBeVisible();
    await expect(page.getByText(/What stays is the rest: which municipalities, the cooperation areas, the remaining text of the message/)).toBeVisible();
    await page.goto("/uk/privacy");
    await expect(page.getByText(/через 30 днів після надсилання/)).toBeVisible();
  });

  test("in Ukrainian, a signed-in staff member downloads their own data as a JSON file", async ({ page }) => {
    const t = privacy.uk.yourData;
    await demoSignIn(page, "euStaff", "uk");
    await expect(page.getByRole("heading", { level: 2, name: t.title })).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: t.download }).click()]);
    expect(download.suggestedFilename()).toMatch(/^cities4cities-my-data-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(await readFile((await download.path())!, "utf8"));
    expect(data.account.email).toBe(STAFF);
    expect(data.memberships.map((m: { municipality: { slug: string } }) => m.municipality.slug)).toEqual(["sindelfingen"]);
    expect(data.auditEvents.some((e: { action: string }) => e.action === "auth.signIn")).toBe(true);
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(JSON.stringify(data.sessions)).not.toMatch(/token/i);
    // Nobody else's address: the only addresses in the file are the person's own.
    const addresses = new Set(JSON.stringify(data).match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g));
    expect([...addresses]).toEqual([STAFF]);

    const response = await page.request.get("/uk/account/data");
    expect(response.headers()["cache-control"]).toBe("no-store");
    expect(response.headers()["content-disposition"]).toMatch(/^attachment;/);
  });

  test("a new person signs in with a magic link, deletes their account, and their old session no longer works", async ({ page, context }) => {
    const t = privacy.en.delete;
    const email = `temp.${Date.now()}@hromada.example`;
    await page.goto("/en/sign-in");
    await page.getByLabel(accounts.en.signIn.emailLabel).fill(email);
    await page.getByRole("button", { name: accounts.en.signIn.submit }).click();
    await expect(page.getByRole("heading", { level: 1, name: accounts.en.checkEmail.title })).toBeVisible();
    await page.goto("/en/dev/mailbox");
    const mail = page.getByRole("article").filter({ hasText: email }).first();
    const link = await mail.getByRole("link", { name: /\/api\/auth\/callback\/nodemailer/ }).getAttribute("href");
    await page.goto(link!);
    await expect(page).toHaveURL(/\/en\/account$/);
    const oldCookies = await context.cookies();

    await page.getByRole("link", { name: privacy.en.yourData.delete }).click();
    await expect(page.getByRole("heading", { level: 1, name: t.title })).toBeVisible();
    // A wrong address deletes nothing and says why, at the field.
    await page.getByLabel(t.confirmLabel).fill("someone.else@hromada.example");
    await page.getByRole("button", { name: t.submit }).click();
    await expect(page.getByText(t.errors.confirmation)).toBeVisible();
    await expect(page.getByLabel(t.confirmLabel)).toHaveAttribute("aria-invalid", "true");
    // What was typed stays, to be corrected rather than typed again (WCAG 3.3.7).
    await expect(page.getByLabel(t.confirmLabel)).toHaveValue("someone.else@hromada.example");

    await page.getByLabel(t.confirmLabel).fill(email.toUpperCase());
    await page.getByRole("button", { name: t.submit }).click();
    await expect(page).toHaveURL(/\/en\/account-deleted$/);
    await expect(page.getByRole("heading", { level: 1, name: t.done.title })).toBeVisible();
    await expect(page.getByRole("link", { name: accounts.en.nav.signIn })).toBeVisible();

    // The old session cookie, put back, signs in nobody.
    await context.addCookies(oldCookies);
    await page.goto("/en/account");
    await expect(page).toHaveURL(/\/en\/sign-in$/);
    const data = await page.request.get("/en/account/data", { maxRedirects: 0 });
    expect(data.status()).toBe(303);
    expect(data.headers().location).toMatch(/\/en\/sign-in$/);
    // Nor does the mail of the deleted account remain in the mailbox.
    await page.goto("/en/dev/mailbox");
    await expect(page.getByText(email)).toHaveCount(0);
  });

  test("the demo coordinator erases a contact person, giving a reason", async ({ page }) => {
    const t = privacy.en.erase;
    await demoSignIn(page, "coordinator");
    await page.goto("/en/municipalities/kryvyi-rih");
    const section = page.getByRole("region", { name: privacy.en.contact.title });
    const address = (await section.getByRole("link", { name: /@kryvyi-rih\.example$/ }).innerText()).trim();
    await section.getByRole("link", { name: privacy.en.contact.erase }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Kryvyi Rih");
    await expect(page.getByText(address)).toBeVisible();

    await page.getByRole("button", { name: t.submit }).click();
    await expect(page.getByText(format(t.errors.reason, { min: 10, max: 500 }))).toBeVisible();
    await expect(page.getByLabel(t.reasonLabel)).toHaveAttribute("aria-invalid", "true");

    await page.getByLabel(t.reasonLabel).fill("Asked by e-mail on 3 May to be erased.");
    await page.getByRole("button", { name: t.submit }).click();
    await expect(page.getByRole("status").filter({ hasText: literal(t.done) })).toBeVisible();
    await expect(page.getByText(t.none)).toBeVisible();
    await page.getByRole("link", { name: t.back }).click();
    await expect(page.getByRole("region", { name: privacy.en.contact.title }).getByText(privacy.en.contact.none)).toBeVisible();
    // A fresh load (the page's DOM still holds the first load's payload scripts).
    const fresh = await (await page.request.get("/en/municipalities/kryvyi-rih")).text();
    expect(fresh).toContain(privacy.en.contact.none);
    expect(fresh.toLowerCase()).not.toContain(address.toLowerCase());
  });

  test("the erasure page is a 404 for the editor of Lviv", async ({ page }) => {
    await demoSignIn(page, "editor");
    const response = await page.goto("/en/coordinator/municipalities/lviv/contact");
    expect(response?.status()).toBe(404);
  });
});
