import { expect, test, type Page } from "@playwright/test";
import accountsEn from "../../src/i18n/messages/features/accounts.en.json" with { type: "json" };
import coordinatorEn from "../../src/i18n/messages/features/coordinator.en.json" with { type: "json" };
import { format } from "./support";

const t = accountsEn.accounts;
const c = coordinatorEn.coordinator;

/** Signs in through the real magic-link flow, reading the link from the development mailbox. */
async function signInByMail(page: Page, email: string) {
  await page.goto("/en/sign-in");
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
  await expect(page.getByRole("heading", { level: 1, name: t.account.title })).toBeVisible();
}

async function signOut(page: Page) {
  await page.goto("/en/account");
  await page.getByRole("button", { name: t.account.signOut }).click();
  await expect(page.getByRole("link", { name: t.nav.signIn })).toBeVisible();
}

test("an officer asks to act for Kyiv, a coordinator approves, and the officer is Kyiv's editor", async ({ page }) => {
  const email = `officer.${Date.now()}@kyiv.example`;
  await signInByMail(page, email);
  // Spaces only, a name no municipality has, then Kyiv's: the choices are found by name, never all listed.
  await page.getByRole("searchbox", { name: t.account.join.findLabel }).fill("   ");
  await page.getByRole("button", { name: t.account.join.find }).click();
  await expect(page.getByRole("status").filter({ hasText: t.account.join.empty })).toBeVisible();
  await page.getByRole("searchbox", { name: t.account.join.findLabel }).fill("Qqqxz");
  await page.getByRole("button", { name: t.account.join.find }).click();
  await expect(page.getByRole("status").filter({ hasText: format(t.account.join.none, { name: "Qqqxz" }) })).toBeVisible();
  await page.getByRole("searchbox", { name: t.account.join.findLabel }).fill("Kyjiw");
  await page.getByRole("button", { name: t.account.join.find }).click();
  const choices = page.getByRole("group", { name: format(t.account.join.choose, { name: "Kyjiw" }) });
  await choices.getByRole("radio", { name: "Kyiv (Kyiv)" }).check();
  await page.getByRole("button", { name: t.account.join.submit }).click();
  await expect(page.getByRole("status").filter({ hasText: t.account.notices.asked })).toBeVisible();
  await expect(page.getByText(`Kyiv: ${t.account.kinds.MUNICIPALITY_EDITOR}, ${t.account.status.PENDING}`)).toBeVisible();
  // Asked once, Kyiv is not offered again.
  await page.getByRole("searchbox", { name: t.account.join.findLabel }).fill("Kyiv");
  await page.getByRole("button", { name: t.account.join.find }).click();
  await expect(page).toHaveURL(/[?&]find=Kyiv/);
  await expect(
    page
      .getByRole("group", { name: format(t.account.join.choose, { name: "Kyiv" }) })
      .or(page.getByRole("status").filter({ hasText: format(t.account.join.allAsked, { name: "Kyiv", yours: t.account.memberships }) })),
  ).toBeVisible();
  await expect(page.getByRole("radio", { name: "Kyiv (Kyiv)" })).toHaveCount(0);

  // Not a coordinator: the workspace does not exist for them.
  const refused = await page.goto("/en/coordinator");
  expect(refused?.status()).toBe(404);
  await expect(page.getByRole("button", { name: format(c.memberships.confirmFor, { person: email, municipality: "Kyiv" }) })).toHaveCount(0);
  await signOut(page);

  await page.goto("/en/sign-in");
  await page.getByRole("button", { name: format(t.signIn.demo.as, { role: t.signIn.demo.roles.coordinator }) }).click();
  await page.getByRole("link", { name: c.nav.workspace }).click();
  await expect(page.getByRole("heading", { level: 1, name: c.queue.title })).toBeVisible();
  await page.getByRole("button", { name: format(c.memberships.confirmFor, { person: email, municipality: "Kyiv" }) }).click();
  await expect(page.getByRole("status").filter({ hasText: c.memberships.confirmed })).toBeVisible();
  await expect(page.getByRole("button", { name: format(c.memberships.confirmFor, { person: email, municipality: "Kyiv" }) })).toHaveCount(0);
  await signOut(page);

  await signInByMail(page, email);
  await expect(page.getByText(`Kyiv: ${t.account.kinds.MUNICIPALITY_EDITOR}, ${t.account.status.APPROVED}`)).toBeVisible();
});
