// The register of hromadas in the browser: a hromada with no profile yet is found, claimed by its
// own people through the membership flow, and asked for by EU staff.
import { expect, test, type Page } from "@playwright/test";
import accountsEn from "../../src/i18n/messages/features/accounts.en.json" with { type: "json" };
import coordinatorEn from "../../src/i18n/messages/features/coordinator.en.json" with { type: "json" };
import { demoSignIn, en, format } from "./support";

const t = accountsEn.accounts;
const c = coordinatorEn.coordinator;
const r = en.profile.register;

async function signInByMail(page: Page, email: string) {
  await page.getByLabel(t.signIn.emailLabel).fill(email);
  await page.getByRole("button", { name: t.signIn.submit }).click();
  await expect(page.getByRole("heading", { level: 1, name: t.checkEmail.title })).toBeVisible();
  await page.goto("/en/dev/mailbox");
  const link = await page
    .getByRole("article")
    .filter({ hasText: email })
    .first()
    .getByRole("link", { name: /\/api\/auth\/callback\/nodemailer/ })
    .getAttribute("href");
  await page.goto(link!);
}

test("a hromada's officer finds it in the register, asks to act for it, a coordinator approves, and the officer can write its profile", async ({ page }) => {
  // Found by its Latin name before it has a profile, and marked as not yet on the portal.
  await page.goto("/en/municipalities?q=Bibrska");
  const result = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: /Bibrska hromada/ }) });
  await expect(result.getByText(en.catalogue.notYetOnPortal)).toBeVisible();
  await result.getByRole("link", { name: /Bibrska hromada/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Bibrska hromada/ })).toBeVisible();
  await expect(page.getByText("UA46060010000049728")).toBeVisible();

  // Not signed in: asking leads to sign-in, and back to the search for this hromada.
  await page.getByRole("link", { name: r.yoursAction }).click();
  await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=/);
  const email = `officer.${Date.now()}@bibrka.example`;
  await signInByMail(page, email);
  await expect(page).toHaveURL(/\/en\/account\?find=Bibrska/);
  const choices = page.getByRole("group", { name: format(t.account.join.choose, { name: "Bibrska hromada" }) });
  await choices.getByRole("radio", { name: /Bibrska hromada/ }).check();
  await page.getByRole("button", { name: t.account.join.submit }).click();
  await expect(page.getByRole("status").filter({ hasText: t.account.notices.asked })).toBeVisible();
  await page.getByRole("button", { name: t.account.signOut }).click();
  await expect(page).toHaveURL(/\/en\/sign-in\?signedOut=1$/);

  await demoSignIn(page, "coordinator");
  await page.getByRole("button", { name: format(c.memberships.confirmFor, { person: email, municipality: "Bibrska hromada" }) }).click();
  await expect(page.getByRole("status").filter({ hasText: c.memberships.confirmed })).toBeVisible();
  await page.goto("/en/account");
  await page.getByRole("button", { name: t.account.signOut }).click();
  await expect(page).toHaveURL(/\/en\/sign-in\?signedOut=1$/);

  await page.goto("/en/sign-in");
  await signInByMail(page, email);
  await page.goto("/en/municipalities/bibrska");
  await page.getByRole("link", { name: r.writeProfile }).click();
  await expect(page).toHaveURL(/\/en\/municipalities\/bibrska\/edit$/);
  await expect(page.getByText("UA46060010000049728")).toBeVisible();
});

test("EU staff tell the network they would like to partner with a hromada not yet on the portal; the coordinators see it", async ({ page }) => {
  await demoSignIn(page, "euStaff");
  await page.goto("/en/municipalities/yerkivska");
  await page.getByRole("button", { name: r.interestAction }).click();
  await expect(page.getByRole("status").filter({ hasText: r.interestNotice.sent })).toBeVisible();
  await expect(page.getByText(format(r.interestCount, { count: 1 }))).toBeVisible();
  // Telling it twice counts once.
  await page.getByRole("button", { name: r.interestAction }).click();
  await expect(page.getByText(format(r.interestCount, { count: 1 }))).toBeVisible();
  await page.goto("/en/account");
  await page.getByRole("button", { name: t.account.signOut }).click();
  await expect(page).toHaveURL(/\/en\/sign-in\?signedOut=1$/);

  await demoSignIn(page, "coordinator");
  const list = page.getByRole("region", { name: c.interest.title });
  await expect(list.getByRole("link", { name: /Yerkivska hromada/ })).toBeVisible();
});
