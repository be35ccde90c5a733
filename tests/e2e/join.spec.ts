// Someone whose municipality is not in the portal signs in, proposes it through /join, a
// coordinator approves it, they complete its EU profile (public at once) and send a partnership
// request to a hromada as its staff.
import { expect, test, type Page } from "@playwright/test";
import accountsEn from "../../src/i18n/messages/features/accounts.en.json" with { type: "json" };
import joinEn from "../../src/i18n/messages/features/join.en.json" with { type: "json" };
import { demoSignIn, expectConfirmation, format, requestForm, startsWith } from "./support";

const a = accountsEn.accounts;
const j = joinEn.join;

/** Follows the newest magic link mailed to `email` (the development mailbox shows the outbox). */
async function followMagicLink(page: Page, email: string) {
  await page.goto("/en/dev/mailbox");
  const link = await page
    .getByRole("article")
    .filter({ hasText: email })
    .first()
    .getByRole("link", { name: /\/api\/auth\/callback\/nodemailer/ })
    .getAttribute("href");
  await page.goto(link!);
}

test("a municipality not in the portal joins through /join, is approved, completes its profile and sends a request", async ({ browser }) => {
  const officer = await (await browser.newContext()).newPage();
  const email = `officer.${Date.now()}@tampere.example`;

  // Signed out: the page says why to sign in, and sign-in comes back here.
  await officer.goto("/en/join");
  await expect(officer.getByText(j.page.signInWhy)).toBeVisible();
  await officer.getByRole("link", { name: j.page.signIn }).click();
  await expect(officer).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Fen%2Fjoin$/);
  await officer.getByLabel(a.signIn.emailLabel).fill(email);
  await officer.getByRole("button", { name: a.signIn.submit }).click();
  await expect(officer.getByRole("heading", { level: 1, name: a.checkEmail.title })).toBeVisible();
  await followMagicLink(officer, email);
  await expect(officer.getByRole("heading", { level: 1, name: j.page.title })).toBeVisible();

  // Find it in the gazetteer (a GET form: the search is in the address) and propose it.
  await officer.getByRole("searchbox", { name: j.page.findLabel }).fill("Tampere");
  await officer.getByRole("button", { name: j.page.find, exact: true }).click();
  await expect(officer).toHaveURL(/[?&]q=Tampere/);
  await officer.getByRole("radio", { name: startsWith("Tampere, Finland") }).check();
  await officer.getByLabel(j.form.fields.requesterName).fill("Aino Virtanen");
  await officer.getByLabel(j.form.fields.requesterRole).fill("International relations officer");
  await expect(officer.getByText(format(j.form.email, { email }))).toBeVisible();
  await officer.getByRole("button", { name: j.form.submit }).click();
  await expect(officer.getByRole("status").filter({ hasText: j.form.done })).toBeVisible();

  // A coordinator verifies and approves.
  const coordinator = await (await browser.newContext()).newPage();
  await demoSignIn(coordinator, "coordinator");
  await coordinator.goto("/en/coordinator");
  await coordinator.getByRole("link", { name: j.queue.link }).click();
  const item = coordinator.getByRole("listitem").filter({ has: coordinator.getByRole("heading", { name: "Tampere (Finland)" }) });
  await expect(item.getByText(format(j.queue.proposer, { name: "Aino Virtanen", role: "International relations officer", email }))).toBeVisible();
  await item.getByRole("button", { name: format(j.queue.approve, { name: "Tampere" }) }).click();
  await expect(coordinator.getByRole("status").filter({ hasText: "Approved" })).toBeVisible();
  await coordinator.getByRole("link", { name: "See its profile" }).click();
  await expect(coordinator.getByRole("heading", { level: 1, name: "Tampere" })).toBeVisible();
  const profileUrl = new URL(coordinator.url()).pathname;

  // The officer is mailed a link to complete the profile, and follows it.
  await officer.goto("/en/dev/mailbox");
  const mail = officer
    .getByRole("article")
    .filter({ hasText: format(j.mail.subject.approved, { municipality: "Tampere" }) })
    .filter({ hasText: email });
  const editLink = await mail.getByRole("link", { name: /\/edit$/ }).getAttribute("href");
  await officer.goto(editLink!);
  await expect(officer.getByRole("heading", { level: 1, name: format(j.editor.heading, { name: "Tampere" }) })).toBeVisible();
  await officer.getByLabel(j.editor.fields.regionName).fill("Pirkanmaa");
  await officer.getByRole("checkbox", { name: "English", exact: true }).check();
  await officer.getByRole("group", { name: j.editor.fields.offers }).getByRole("checkbox", { name: "Education" }).check();
  await officer
    .getByRole("group", { name: j.editor.fields.wantsToLearn })
    .getByRole("checkbox", { name: startsWith("Reconstruction") })
    .check();
  await officer.getByLabel(j.editor.fields.ukrainianCommunity).fill("1800");
  await officer.getByRole("group", { name: j.editor.fields.communityRegions }).getByRole("checkbox", { name: "Kharkiv Oblast" }).check();
  await officer.getByLabel(j.editor.fields.contactName).fill("Aino Virtanen");
  await officer.getByLabel(j.editor.fields.contactEmail).fill(email);
  await officer.getByRole("button", { name: j.editor.save }).click();
  await expect(officer.getByRole("status").filter({ hasText: j.editor.saved })).toBeVisible();

  // The public profile shows it to anyone; the contact person only to the signed-in who may.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(profileUrl);
  await expect(visitor.getByText("Finland · Pirkanmaa")).toBeVisible();
  await expect(visitor.getByRole("region", { name: j.profile.offers }).getByText("Education")).toBeVisible();
  await expect(visitor.getByRole("region", { name: j.profile.wantsToLearn }).getByText(startsWith("Reconstruction"))).toBeVisible();
  await expect(visitor.getByText(format(j.profile.communityFrom, { regions: "Kharkiv Oblast" }))).toBeVisible();
  await expect(visitor.getByText(email)).toHaveCount(0);

  // As Tampere's staff, the officer sends a partnership request to a hromada.
  await officer.goto("/en/municipalities/lviv/request");
  const form = requestForm(officer);
  await form.fillValid();
  await form.send();
  await expectConfirmation(officer);
});
