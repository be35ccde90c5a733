import { expect, test, type Locator, type Page, type Request } from "@playwright/test";
import { databaseUrl, storedReferences, storedSender } from "./database";
import {
  demoSignIn,
  en,
  expectConfirmation,
  format,
  literal,
  referencesIn,
  requestForm,
  requestsMessages,
  uniqueRole,
  withdrawOpenTestRequests,
} from "./support";

const FORM_URL = "/en/municipalities/lviv/request";
const t = en.requestForm;
const errors = t.errors;

type Submission = { request: Request; body: string };

// Every test here sends the demo staff's request to Lviv: one open request per pair, so the one
// an earlier test left open is withdrawn first (the form would otherwise say it is open).
test.beforeEach(async ({ baseURL }) => {
  await withdrawOpenTestRequests(new URL(FORM_URL, baseURL).toString());
});

/**
 * The request form's submissions (server-action POSTs) with the server's answers. They pass
 * through a route so that each answer is read in full: Chromium reports the streamed answers of
 * server actions as aborted once React has consumed them, and their bodies are gone by then.
 */
async function recordSubmissions(page: Page): Promise<Submission[]> {
  const sent: Submission[] = [];
  await page.route("**/municipalities/*/request", async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.headers()["next-action"]) return route.fallback();
    const entry: Submission = { request, body: "" };
    sent.push(entry);
    const response = await route.fetch();
    entry.body = await response.text();
    await route.fulfill({ response, body: entry.body });
  });
  return sent;
}

/** Every reference the server answered with. */
const answeredReferences = (submissions: Submission[]) => [...new Set(submissions.flatMap((s) => referencesIn(s.body)))];

/** The error summary listing exactly these fields (by their labels, in form order). */
async function expectSummary(page: Page, fields: (keyof typeof t.fields)[], { focused = true } = {}) {
  const summary = page.getByRole("alert").filter({ has: page.locator("#error-summary-title") });
  await expect(summary).toBeVisible();
  // With JavaScript the focus moves to the summary; without, the page simply starts with it.
  if (focused) await expect(summary).toBeFocused();
  await expect(summary.getByRole("heading")).toContainText(String(fields.length));
  await expect(summary.getByRole("listitem")).toHaveText(fields.map((f) => t.fields[f]));
  // Each entry links to a control that exists on the page.
  for (const link of await summary.getByRole("link").all()) {
    const href = (await link.getAttribute("href")) ?? "";
    expect(href).toMatch(/^#/);
    await expect(page.locator(`[id="${href.slice(1)}"]`), `target of ${href}`).toHaveCount(1);
  }
  return summary;
}

/** A control marked invalid whose description (aria-describedby) carries `message`. */
async function expectInvalid(control: Locator, message: string) {
  await expect(control).toHaveAttribute("aria-invalid", "true");
  const ids = ((await control.getAttribute("aria-describedby")) ?? "").split(/\s+/).filter(Boolean);
  expect(ids.length, "aria-describedby names at least one element").toBeGreaterThan(0);
  const page = control.page();
  const texts: string[] = [];
  for (const id of ids) {
    const element = page.locator(`[id="${id}"]`);
    await expect(element, `#${id} exists`).toHaveCount(1);
    texts.push((await element.innerText()).trim());
  }
  expect(texts.join(" ")).toContain(message);
  await expect(control).toHaveAccessibleDescription(literal(message));
}

/** A checkbox group whose description (on its fieldset) carries `message`. */
async function expectGroupInvalid(group: Locator, message: string) {
  await expect(group).toHaveAccessibleDescription(literal(message));
}

const group = (page: Page, legend: string) => page.getByRole("group", { name: legend, exact: true });

// Requests are sent by signed-in EU staff: every test here is Anna Berg, staff of Sindelfingen.
test.beforeEach(async ({ page }) => {
  await demoSignIn(page, "euStaff");
});

test.describe("request form: field errors", () => {
  test("an empty submission lists every missing field, each with its own message", async ({ page }) => {
    const submissions = await recordSubmissions(page);
    await page.goto(FORM_URL);
    const f = requestForm(page);
    await f.submit.click();

    // The name comes prefilled from the account; everything else is missing.
    await expectSummary(page, ["areas", "message", "requesterRole", "languages", "consent"]);
    await expectInvalid(f.field("message"), errors.required);
    await expectInvalid(f.field("requesterRole"), errors.required);
    await expectInvalid(f.field("consent"), errors.consent);
    await expectGroupInvalid(group(page, t.fields.areas), errors.areasMin);
    await expectGroupInvalid(group(page, t.fields.languages), errors.languagesMin);
    // Fields that are fine are not marked.
    await expect(f.field("requesterName")).not.toHaveAttribute("aria-invalid", "true");
    await expect(f.field("requesterName")).toHaveValue("Anna Berg");
    // Hints stay part of the description next to the error.
    await expect(f.field("message")).toHaveAccessibleDescription(literal(format(t.hints.message, { min: 20, max: 2000 })));
    // The summary's links lead to the fields.
    await page.getByRole("alert").getByRole("link", { name: t.fields.requesterRole }).click();
    await expect(f.field("requesterRole")).toBeFocused();

    expect(submissions).toHaveLength(1);
    await expect(f.confirmation).toHaveCount(0);
    await expect(page.getByText(/C4C-/)).toHaveCount(0);
  });

  test("typed values survive the errors, and the corrected form is sent exactly once", async ({ page }) => {
    const submissions = await recordSubmissions(page);
    const role = uniqueRole();
    await page.goto(FORM_URL);
    const f = requestForm(page);

    // Valid: area, name, language. Invalid: message, role, consent.
    await f.area("energy").check();
    await f.field("message").fill("Too short");
    await f.field("requesterName").fill("Anna Schmidt");
    await f.field("requesterRole").fill("X");
    await f.language("de").check();
    await f.field("interpretationNeeded").check();
    await f.submit.click();

    await expectSummary(page, ["message", "requesterRole", "consent"]);
    await expectInvalid(f.field("message"), format(errors.tooShort, { min: 20 }));
    await expectInvalid(f.field("requesterRole"), format(errors.tooShort, { min: 2 }));
    await expectInvalid(f.field("consent"), errors.consent);
    await expect(f.field("requesterName")).not.toHaveAttribute("aria-invalid", "true");
    await expect(group(page, t.fields.areas)).not.toHaveAccessibleDescription(literal(errors.areasMin));

    // Everything typed and ticked before is still there.
    await expect(f.area("energy")).toBeChecked();
    await expect(f.area("water")).not.toBeChecked();
    await expect(f.field("message")).toHaveValue("Too short");
    await expect(f.field("requesterName")).toHaveValue("Anna Schmidt");
    await expect(f.field("requesterRole")).toHaveValue("X");
    await expect(f.language("de")).toBeChecked();
    await expect(f.field("interpretationNeeded")).toBeChecked();
    await expect(f.field("consent")).not.toBeChecked();

    // Nothing was stored by the rejected submission.
    expect(await storedReferences(role)).toEqual(databaseUrl ? [] : null);

    await f.field("message").fill("We would like to exchange experience on modular boiler houses and district heating.");
    await f.field("requesterRole").fill(role);
    await f.field("consent").check();
    await f.send();

    const reference = await expectConfirmation(page);
    expect(submissions, "one rejected submission, the answers checked, then sent").toHaveLength(3);
    expect(referencesIn(submissions[0].body), "the rejected submission got no reference").toEqual([]);
    expect(referencesIn(submissions[1].body), "checking the answers stores nothing").toEqual([]);
    expect(referencesIn(submissions[2].body)).toEqual([reference]);
    if (databaseUrl) expect(await storedReferences(role)).toEqual([reference]);
  });
});

test.describe("request form: double submission", () => {
  test("two quick submissions of one form give one confirmation and one reference", async ({ page }) => {
    const submissions = await recordSubmissions(page);
    const role = uniqueRole();
    await page.goto(FORM_URL);
    const f = requestForm(page);
    await f.fillValid({ requesterRole: role });

    // Two sends in the same task, before React can disable the button.
    await f.submit.click();
    await expect(f.checkHeading).toBeVisible();
    await page.locator("form:has(input[name=submissionToken])").evaluate((form: HTMLFormElement) => {
      const send = form.querySelector<HTMLButtonElement>("button[value=send]")!;
      form.requestSubmit(send);
      form.requestSubmit(send);
    });
    const reference = await expectConfirmation(page);
    await expect(f.confirmation).toHaveCount(1);

    // However many submissions reached the server, they all got the same reference back.
    expect(submissions.length).toBeGreaterThanOrEqual(1);
    expect(answeredReferences(submissions)).toEqual([reference]);

    // The same form sent once more (a retry, a resent POST): the same reference, not a new request.
    // The first submission that sent (the ones before only checked the answers).
    const first = submissions.find((s) => referencesIn(s.body).length > 0)!.request;
    const replay = await page.request.fetch(first.url(), {
      method: "POST",
      headers: first.headers(),
      data: first.postDataBuffer() ?? undefined,
    });
    expect(replay.ok()).toBe(true);
    expect(referencesIn(await replay.text())).toEqual([reference]);

    // Two copies of one new form (a new submission token) at the very same time: one request
    // (the first is withdrawn so that the pair has no open request).
    await withdrawOpenTestRequests(new URL(FORM_URL, page.url()).toString());
    const body = first.postDataBuffer()!.toString("utf8");
    const token = body.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/)![0];
    const raceRole = uniqueRole();
    const raced = Buffer.from(body.replaceAll(token, crypto.randomUUID()).replaceAll(role, raceRole));
    const answers = await Promise.all([1, 2].map(() => page.request.fetch(first.url(), { method: "POST", headers: first.headers(), data: raced })));
    const raceReferences = new Set<string>();
    for (const answer of answers) {
      expect(answer.ok()).toBe(true);
      const found = referencesIn(await answer.text());
      expect(found, "each copy is answered with a reference").toHaveLength(1);
      raceReferences.add(found[0]!);
    }
    expect(raceReferences.size, "both copies got the same reference").toBe(1);
    expect([...raceReferences][0]).not.toBe(reference);

    if (databaseUrl) {
      expect(await storedReferences(role)).toEqual([reference]);
      expect(await storedReferences(raceRole)).toEqual([...raceReferences]);
    }
  });

  test("a double click on the submit button sends one request", async ({ page }) => {
    const submissions = await recordSubmissions(page);
    const role = uniqueRole();
    await page.goto("/en/municipalities/lviv");
    await page.getByRole("link", { name: en.profile.requestCta }).click();
    await expect(page).toHaveURL(FORM_URL);
    const f = requestForm(page);
    await f.fillValid({ requesterRole: role });
    await f.submit.click();
    await expect(f.checkHeading).toBeVisible();
    await f.sendButton.dblclick();

    const reference = await expectConfirmation(page);
    expect(answeredReferences(submissions)).toEqual([reference]);

    // Back leaves the confirmed form page (the confirmation replaced the form in place).
    await page.goBack();
    await expect(page).toHaveURL(/\/en\/municipalities\/lviv$/);
    if (databaseUrl) expect(await storedReferences(role)).toEqual([reference]);
  });
});

test.describe("request form: without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("errors keep every value, and the corrected form is sent", async ({ page }) => {
    await page.goto(FORM_URL);
    const f = requestForm(page);
    await f.area("energy").check();
    await f.field("message").fill("Too short");
    await f.field("requesterName").fill("Anna Schmidt");
    await f.language("de").check();
    await f.submit.click();

    await expectSummary(page, ["message", "requesterRole", "consent"], { focused: false });
    await expectInvalid(f.field("message"), format(errors.tooShort, { min: 20 }));
    await expect(f.area("energy")).toBeChecked();
    await expect(f.field("message")).toHaveValue("Too short");
    await expect(f.field("requesterName")).toHaveValue("Anna Schmidt");
    await expect(f.language("de")).toBeChecked();

    await f.field("message").fill("We would like to exchange experience on modular boiler houses and district heating.");
    await f.field("requesterRole").fill(uniqueRole());
    await f.field("consent").check();
    await f.send();
    await expect(page.getByRole("heading", { name: t.sent.title })).toBeVisible();
    const text = await page.locator("main").innerText();
    expect(referencesIn(text)).toHaveLength(1);
  });
});

test.describe("request form: forged input", () => {
  test("the sender is the account's own municipality and address, whatever the form is made to send", async ({ page }) => {
    await page.goto(FORM_URL);
    const r = requestsMessages.en.form;
    // Shown, not editable: no field for the municipality or the e-mail address.
    await expect(page.getByText(format(r.sendingFor, { municipality: "Sindelfingen, Germany" }))).toBeVisible();
    await expect(page.getByText(format(r.replyTo, { email: "staff.sindelfingen@demo.cities4cities.example" }))).toBeVisible();
    await expect(page.locator("select[name=euMunicipality], input[name=requesterEmail]")).toHaveCount(0);

    const f = requestForm(page);
    await f.fillValid();
    // Forged fields: another municipality, another address, another account.
    await page.locator("form:has(input[name=submissionToken])").evaluate((form: HTMLFormElement) => {
      for (const [name, value] of [
        ["euMunicipality", "lviv"],
        ["requesterEmail", "someone@evil.example"],
        ["requesterUserId", "demo-administrator"],
      ]) {
        const input = document.createElement("input");
        Object.assign(input, { type: "hidden", name, value });
        form.append(input);
      }
    });
    await f.send();
    const reference = await expectConfirmation(page);
    if (databaseUrl) {
      expect(await storedSender(reference)).toEqual({
        eu: "sindelfingen",
        email: "staff.sindelfingen@demo.cities4cities.example",
        userId: "demo-staff-sindelfingen",
      });
    }
  });

  test("a municipality that does not seek partners offers no form and accepts no request", async ({ page }) => {
    // The largest hromada that does not seek partners, whichever it is in the demo data.
    await page.goto("/en/municipalities?sort=population");
    const entry = page.locator("section[aria-labelledby=results-heading] > ul > li").filter({ hasText: en.catalogue.notSeeking }).first();
    const href = await entry.getByRole("link").first().getAttribute("href");
    const slug = href!.split("/").pop()!;

    await page.goto(`/en/municipalities/${slug}`);
    await expect(page.getByText(en.profile.notSeeking)).toBeVisible();
    await expect(page.getByRole("link", { name: en.profile.requestCta })).toHaveCount(0);
    await page.goto(`/en/municipalities/${slug}/request`);
    await expect(page.getByRole("status").filter({ hasText: t.notSeeking })).toBeVisible();
    await expect(page.getByRole("button", { name: t.submit })).toHaveCount(0);

    // Lviv's form, sent to that municipality instead: the server refuses it.
    await page.goto(FORM_URL);
    await page.route("**/municipalities/lviv/request", async (route) => {
      const request = route.request();
      if (request.method() !== "POST") return route.fallback();
      const body = request.postDataBuffer()!.toString("utf8");
      expect(body).toContain('"lviv"');
      await route.continue({ postData: Buffer.from(body.replaceAll('"lviv"', JSON.stringify(slug))) });
    });
    const f = requestForm(page);
    await f.fillValid();
    await f.send();
    const alert = page.getByRole("alert").filter({ hasText: t.failed.targetUnavailable });
    await expect(alert).toBeVisible();
    await expect(alert).toBeFocused();
    await expect(page.getByText(/C4C-/)).toHaveCount(0);
    // What was typed is kept for another try.
    await expect(f.field("requesterName")).toHaveValue("Anna Schmidt");
  });
});
