import { expect, test, type Page } from "@playwright/test";
import workspaceEn from "../../src/i18n/messages/features/workspace.en.json" with { type: "json" };
import { expectNoViolations } from "./a11y/axe";
import { demoSignIn, en, format } from "./support";

// Runs against a server in demo mode with the demo data (Lviv and Sindelfingen are partners).
const t = workspaceEn.workspace;
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const stamp = () => Date.now().toString(36);

/** Opens the Lviv–Sindelfingen partnership from Lviv's profile (the registry may list it on a later page). */
async function openLvivSindelfingen(page: Page) {
  await page.goto("/en/municipalities/lviv");
  const item = page.locator('section[aria-labelledby="partnerships"] li').filter({ hasText: "Sindelfingen" });
  await expect(item).toHaveCount(1);
  await item.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/en\/partnerships\/\d+$/);
  return new URL(page.url()).pathname;
}

test("a partner uploads a letter of intent and records a public joint project with its funding programme; an anonymous visitor sees the project, not the document", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const letter = `Letter of intent ${stamp()}`;
  const title = `Heat pumps for Lyceum No. 3 ${stamp()}`;

  await demoSignIn(page, "editor");
  const path = await openLvivSindelfingen(page);

  // The letter of intent: a new document of that kind, with its file.
  const upload = page.locator("form:has(#doc-file)");
  await expect(upload.getByLabel(t.documentForm.document)).toHaveValue("new");
  await upload.getByLabel(t.documentForm.kind).selectOption("LETTER_OF_INTENT");
  await upload.getByLabel(t.documentForm.title, { exact: true }).fill(letter);
  await upload.getByLabel(t.documentForm.file).setInputFiles({ name: "letter-of-intent.pdf", mimeType: "application/pdf", buffer: PDF });
  await upload.getByRole("button", { name: t.documentForm.submit }).click();
  await expect(page.getByRole("status").filter({ hasText: t.documents.uploaded })).toBeVisible();
  const documents = page.locator('section[aria-labelledby="documents"]');
  const entry = documents.getByRole("listitem").filter({ hasText: letter });
  await expect(entry.getByRole("heading", { name: new RegExp(`${letter}.*${t.kinds.LETTER_OF_INTENT}`) })).toBeVisible();
  const download = entry.getByRole("link", { name: /^Version 1: letter-of-intent\.pdf/ });
  const href = (await download.getAttribute("href"))!;
  const file = await page.request.get(href);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("application/pdf");
  expect(file.headers()["x-content-type-options"]).toBe("nosniff");
  expect(file.headers()["cache-control"]).toContain("no-store");
  expect(file.headers()["content-security-policy"]).toContain("sandbox");
  expect(Buffer.from(await file.body()).equals(PDF)).toBe(true);

  // A file that is not what it claims is refused at its field, and nothing is stored.
  await upload.getByLabel(t.documentForm.title, { exact: true }).fill(`${letter} (forged)`);
  await upload
    .getByLabel(t.documentForm.file)
    .setInputFiles({ name: "script.pdf", mimeType: "application/pdf", buffer: Buffer.from("<script>alert(1)</script>") });
  await upload.getByRole("button", { name: t.documentForm.submit }).click();
  await expect(upload.getByText(t.documentForm.errors.fileType)).toBeVisible();
  await expect(upload.getByLabel(t.documentForm.file)).toBeFocused();
  await expect(documents.getByText(`${letter} (forged)`)).toHaveCount(0);

  // The joint project, on a phone-sized screen: the form reflows at 320 px.
  await page.setViewportSize({ width: 320, height: 800 });
  await page.locator('section[aria-labelledby="projects"]').getByRole("link", { name: t.projects.add }).click();
  await expect(page.getByRole("heading", { level: 1, name: t.projectForm.newTitle })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectNoViolations(page);
  await page.getByLabel(t.projectForm.title, { exact: true }).fill(title);
  await page.getByRole("checkbox", { name: en.areas.energy }).check();
  await page.getByRole("checkbox", { name: en.areas.education }).check();
  await page
    .getByLabel(format(t.projectForm.institutionName, { n: 1 }))
    .first()
    .fill("Lyceum No. 3");
  await page
    .getByLabel(format(t.projectForm.institutionType, { n: 1 }))
    .first()
    .selectOption("school");
  await page
    .getByLabel(format(t.projectForm.institutionName, { n: 1 }))
    .nth(1)
    .fill("Stadtwerke Sindelfingen");
  await page
    .getByLabel(format(t.projectForm.institutionType, { n: 1 }))
    .nth(1)
    .selectOption("utility");
  const programme = page.getByLabel(t.projectForm.programme);
  const programmeName = (await programme.locator("option").nth(1).textContent())!.trim();
  await programme.selectOption({ index: 1 });
  await page.getByLabel(t.projectForm.status).selectOption("SUBMITTED");
  await page.getByLabel(t.projectForm.deadline, { exact: true }).fill("2027-03-31");
  await page.getByLabel(t.projectForm.amountAsked, { exact: true }).fill("250 000");
  // An amount granted before the grant: refused at its field, listed in the summary.
  await page.getByLabel(t.projectForm.amountGranted, { exact: true }).fill("1000");
  await page.getByRole("checkbox", { name: t.projectForm.public }).check();
  await page.getByRole("button", { name: t.projectForm.create }).click();
  await expect(page.getByRole("alert").filter({ hasText: t.projectForm.errorSummary })).toBeFocused();
  await expect(page.getByText(t.projectForm.errors.grantedOnlyWhenGranted).first()).toBeVisible();
  await expect(page.getByLabel(t.projectForm.title, { exact: true })).toHaveValue(title);
  await page.getByLabel(t.projectForm.amountGranted, { exact: true }).fill("");
  await page.getByRole("button", { name: t.projectForm.create }).click();
  await expect(page.getByRole("status").filter({ hasText: t.projects.saved })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 800 });
  const project = page.locator('section[aria-labelledby="projects"] li').filter({ hasText: title });
  await expect(project).toContainText(t.statuses.SUBMITTED);
  await expect(project).toContainText("Lyceum No. 3 (School)");
  await expect(project).toContainText(programmeName);
  await expect(project).toContainText("€250,000");
  await expect(project).toContainText(t.projects.public);

  // An anonymous visitor: the public project (no amount, no deadline), no documents.
  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto(path);
  const shown = anonymous.locator('section[aria-labelledby="projects"] li').filter({ hasText: title });
  await expect(shown).toContainText(t.statuses.SUBMITTED);
  await expect(shown).toContainText("Stadtwerke Sindelfingen (Utility company)");
  await expect(shown).toContainText(programmeName);
  await expect(shown).not.toContainText("250,000");
  await expect(anonymous.getByRole("heading", { name: t.documents.title })).toHaveCount(0);
  await expect(anonymous.getByText(letter)).toHaveCount(0);
  const guessed = await anonymous.request.get(href, { maxRedirects: 0 });
  expect(guessed.status()).toBe(303);
  expect(guessed.headers().location).toContain("/en/sign-in");
  await anonymous.context().close();
});
