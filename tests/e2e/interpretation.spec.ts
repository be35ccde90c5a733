// Interpretation (issue 16, part 3): a coordinator adds an interpreter (uk–de) and assigns them to
// a request; the interpreter signs in and sees that request and nothing else; a meeting is planned
// in a partnership and both sides get the mail with its calendar file (read in the dev mailbox).
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import accountsEn from "../../src/i18n/messages/features/accounts.en.json" with { type: "json" };
import interpretationEn from "../../src/i18n/messages/features/interpretation.en.json" with { type: "json" };
import { demoSignIn, format } from "./support";
import { query } from "./matrix/principals";

const t = interpretationEn.interpretation;
const a = accountsEn.accounts;

test.skip(!process.env.DATABASE_URL, "reads the e2e database: run with DATABASE_URL set");
// Two people sign in, one of them through the mailbox: longer than the default on two shared cores.
test.setTimeout(120_000);

/** Two requests of this spec's own between municipalities no other spec sends from, both asking for interpretation. */
async function requests(): Promise<{ assigned: string; other: string; hromada: string; eu: string }> {
  const [ua] = await query<{ id: number; name_en: string }>(
    "SELECT id, name_en FROM municipality WHERE country = 'UA' AND status = 'PUBLISHED' AND slug <> 'lviv' ORDER BY slug DESC LIMIT 1",
  );
  const [eu] = await query<{ id: number; name_en: string }>(
    "SELECT id, name_en FROM municipality WHERE country = 'DE' AND slug <> 'sindelfingen' ORDER BY slug DESC LIMIT 1",
  );
  const refs: string[] = [];
  for (let i = 0; i < 2; i++) {
    const reference = `C4C-I${randomUUID().slice(0, 6).toUpperCase()}`;
    await query(
      `INSERT INTO partnership_request (reference, submission_token, ukrainian_municipality_id, eu_municipality_id, message, requester_name, requester_role,
         requester_email, languages, locale, interpretation_needed, updated_at)
       VALUES ($1, gen_random_uuid(), $2, $3, 'We would like to work on energy together (interpretation spec).', 'Interpretation Spec', 'Mayor',
         'interpretation.spec@example.org', '{de}', 'de', true, now())`,
      [reference, ua!.id, eu!.id],
    );
    refs.push(reference);
  }
  return { assigned: refs[0]!, other: refs[1]!, hromada: ua!.name_en, eu: eu!.name_en };
}

async function signInByMail(page: Page, email: string) {
  await page.goto("/en/sign-in");
  await page.getByLabel(a.signIn.emailLabel).fill(email);
  await page.getByRole("button", { name: a.signIn.submit }).click();
  await expect(page.getByRole("heading", { level: 1, name: a.checkEmail.title })).toBeVisible();
  await page.goto("/en/dev/mailbox");
  const link = await page
    .getByRole("article")
    .filter({ hasText: email })
    .first()
    .getByRole("link", { name: /\/api\/auth\/callback\/nodemailer/ })
    .getAttribute("href");
  await page.goto(link!);
}

test("a coordinator adds an interpreter (uk–de) and assigns them; the interpreter sees that request and nothing else", async ({ page }) => {
  const { assigned, other, hromada, eu } = await requests();
  const email = `interpreter.${randomUUID().slice(0, 8)}@interpreters.example`;
  const name = `Oksana Spec ${randomUUID().slice(0, 4)}`;
  try {
    await demoSignIn(page, "coordinator");
    await page.goto("/en/coordinator/interpreters/new");
    // A wrong pair is refused at its field, and nothing is added.
    await page.getByLabel(t.form.labels.name, { exact: true }).fill(name);
    await page.getByLabel(t.form.labels.email, { exact: true }).fill(email);
    await page.getByLabel(t.form.labels.languagePairs, { exact: true }).fill("uk-xx");
    await page.getByRole("button", { name: t.form.create }).click();
    await expect(page.getByRole("alert").filter({ hasText: t.form.errorSummary })).toBeVisible();
    await expect(page.getByRole("link", { name: t.form.errors.languagePairs })).toBeVisible();
    await page.getByLabel(t.form.labels.languagePairs, { exact: true }).fill("DE-uk");
    await page.getByRole("button", { name: t.form.create }).click();
    await expect(page.getByRole("status").filter({ hasText: t.admin.done.created })).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: name })).toContainText("uk–de");

    await page.goto(`/en/coordinator/requests/${assigned}`);
    await expect(page.getByText(t.panel.needed)).toBeVisible();
    const choice = page.getByLabel(t.panel.choose);
    const option = choice.locator("option", { hasText: name });
    await choice.selectOption({ value: (await option.getAttribute("value"))! });
    await page.getByRole("button", { name: t.panel.assign, exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: t.panel.outcomes.assigned })).toBeVisible();
    await expect(page.getByRole("list", { name: t.panel.who })).toContainText(name);

    // The interpreter signs in like anyone and lands on what they interpret.
    await page.context().clearCookies();
    await signInByMail(page, email);
    await expect(page).toHaveURL(/\/en\/interpreting$/);
    await expect(page.getByRole("heading", { level: 1, name: t.desk.title })).toBeVisible();
    const listed = page.getByRole("link", { name: format(t.desk.request, { reference: assigned, pair: format(t.desk.pair, { ukrainian: hromada, eu }) }) });
    await expect(listed).toBeVisible();
    await expect(page.getByRole("main")).not.toContainText(other);
    await listed.click();
    await expect(page.getByRole("heading", { level: 1, name: format(t.desk.requestTitle, { reference: assigned }) })).toBeVisible();
    await expect(page.getByText("We would like to work on energy together (interpretation spec).")).toBeVisible();
    // Another request, the coordinators' queue and review: not theirs.
    for (const path of [`/en/interpreting/requests/${other}`, `/en/coordinator/requests/${assigned}`, "/en/coordinator", "/en/coordinator/interpreters"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
  } finally {
    await query("UPDATE partnership_request SET status = 'DECLINED', decided_at = now() WHERE reference = ANY($1)", [[assigned, other]]);
  }
});

test("a meeting planned in a partnership reaches both sides by mail with a calendar file in the meeting's zone", async ({ page }) => {
  const [partnership] = await query<{ id: number }>(
    "SELECT p.id FROM partnership p JOIN municipality u ON u.id = p.ukrainian_municipality_id JOIN municipality e ON e.id = p.eu_municipality_id WHERE u.slug = 'lviv' AND e.slug = 'sindelfingen'",
  );
  const title = `Energy call ${randomUUID().slice(0, 6)}`;
  const day = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 0, 15)).toISOString().slice(0, 10);
  await demoSignIn(page, "euStaff");
  await page.goto(`/en/partnerships/${partnership!.id}`);
  const form = page.locator("form:has(#meeting-date)");
  await form.getByLabel(t.meetingForm.labels.title, { exact: true }).fill(title);
  await form.getByLabel(t.meetingForm.labels.date, { exact: true }).fill(day);
  await form.getByLabel(t.meetingForm.labels.time, { exact: true }).fill("10:00");
  await form.getByLabel(t.meetingForm.labels.timeZone, { exact: true }).selectOption("Europe/Stockholm");
  await form.getByLabel(t.meetingForm.labels.onlineLink, { exact: true }).fill("https://meet.example.org/energy");
  await form.getByRole("checkbox", { name: "Deutsch" }).check();
  await form.getByRole("checkbox", { name: "Українська" }).check();
  await form.getByLabel(t.meetingForm.labels.interpretationNeeded, { exact: true }).check();
  await form.getByRole("button", { name: t.meetingForm.submit }).click();
  await expect(page.getByRole("status").filter({ hasText: t.meetings.planned })).toBeVisible();
  const listed = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) });
  await expect(listed).toContainText("(Stockholm, GMT+1)");
  // Sindelfingen's staff read it in their own zone too: 10:00 in Stockholm is 10:00 in Berlin.
  await expect(listed).toContainText("(Berlin, GMT+1)");
  await expect(page.getByRole("table").filter({ hasText: title })).toBeVisible();

  await page.goto("/en/dev/mailbox");
  for (const to of ["editor.lviv@demo.cities4cities.example", "staff.sindelfingen@demo.cities4cities.example"]) {
    const mail = page
      .getByRole("article")
      .filter({ hasText: title })
      .filter({ has: page.getByTestId("mail-to").getByText(to, { exact: true }) });
    await expect(mail).toHaveCount(1);
    await mail.getByText(format(t.mailbox.attachment, { filename: "meeting.ics", type: "text/calendar" })).click();
    const ics = mail.getByTestId("mail-attachment");
    await expect(ics).toContainText(`DTSTART;TZID=Europe/Stockholm:${day.replace(/-/g, "")}T100000`);
    await expect(ics).toContainText("BEGIN:VTIMEZONE");
  }
  // The Ukrainian editor's mail is in Ukrainian and names Kyiv time beside Stockholm's (11:00).
  const uk = page
    .getByRole("article")
    .filter({ hasText: title })
    .filter({ has: page.getByTestId("mail-to").getByText("editor.lviv@demo.cities4cities.example", { exact: true }) });
  await expect(uk).toContainText("11:00 (Kyiv");
  await query("DELETE FROM meeting WHERE title = $1", [title]);
});
