import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import backOfficeEn from "../../src/i18n/messages/features/back-office.en.json" with { type: "json" };
import { expectNoViolations } from "./a11y/axe";
import { databaseUrl } from "./database";
import { demoSignIn, format } from "./support";

const b = backOfficeEn.backOffice;

type Hromada = { id: number; slug: string; katottg: string; name_uk: string };

/** Two hromadas of the register without a profile, in one oblast; the first marked as no longer in the codifier. */
async function registerPair(): Promise<[Hromada, Hromada]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<Hromada>(
      `SELECT m.id, m.slug, m.katottg, m.name_uk FROM municipality m
        WHERE m.country = 'UA' AND m.katottg IS NOT NULL AND m.status = 'DRAFT' AND m.left_register_at IS NULL
          AND m.occupied_since IS NULL AND m.frontline_since IS NULL AND m.description_en IS NULL
          AND NOT EXISTS (SELECT 1 FROM membership s WHERE s.municipality_id = m.id)
          AND NOT EXISTS (SELECT 1 FROM partnership p WHERE p.ukrainian_municipality_id = m.id)
          AND m.region_id = (SELECT id FROM region WHERE slug = 'volyn')
        ORDER BY m.katottg DESC LIMIT 2`,
    );
    if (rows.length < 2) throw new Error("back-office spec: no two hromadas of the register without a profile");
    await client.query("UPDATE municipality SET left_register_at = now() WHERE id = $1", [rows[0]!.id]);
    return [rows[0]!, rows[1]!];
  } finally {
    await client.end();
  }
}

async function findByCode(page: Page, code: string) {
  await page.goto("/en/coordinator/municipalities");
  await page.getByRole("searchbox", { name: b.list.query }).fill(code);
  await page.getByRole("button", { name: b.list.search }).click();
  // "1 municipality": a code names one.
  await expect(page.getByRole("table").locator("caption")).toHaveText(/^1 /);
  await page.getByRole("table").getByRole("rowheader").getByRole("link").click();
}

test.describe("the back office", () => {
  test.skip(!databaseUrl, "needs the e2e database to mark a hromada as no longer in the codifier");

  test("a coordinator finds a hromada by its code, sets it front-line, and merges a hromada no longer in the codifier into it after confirming", async ({
    page,
  }) => {
    const [gone, successor] = await registerPair();
    await demoSignIn(page, "coordinator");
    await findByCode(page, successor.katottg);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(successor.name_uk);

    await page.getByLabel(b.conflict.labels.frontlineSince).fill("2024-05-10");
    await page.getByRole("button", { name: b.conflict.submit }).click();
    await expect(page.getByRole("status")).toHaveText(b.detail.done.status);
    await expect(page.getByText("On the front line since May 10, 2024.")).toBeVisible();

    // The one no longer in the codifier: found by its code, merged into the successor, found by its code.
    await findByCode(page, gone.katottg);
    await expect(page.getByText(b.detail.leftRegister)).toBeVisible();
    await page.getByRole("searchbox", { name: b.merge.find }).fill(successor.katottg);
    await page.getByRole("button", { name: b.list.search }).click();
    await page.getByRole("link", { name: new RegExp(`^${b.merge.into}`) }).click();
    await expect(page.getByRole("heading", { level: 1, name: b.merge.confirmTitle })).toBeVisible();
    await expect(page.getByText(b.merge.profile.none)).toBeVisible();
    await expectNoViolations(page);
    await page.getByRole("button", { name: b.merge.submit }).click();

    await expect(page).toHaveURL(new RegExp(`/en/coordinator/municipalities/${successor.slug}\\?done=merged$`));
    await expect(page.getByRole("status")).toHaveText(b.detail.done.merged);
    expect((await page.goto(`/en/coordinator/municipalities/${gone.slug}`))?.status()).toBe(404);
  });

  test("an administrator grants a coordinator role and takes it back after confirming; a coordinator cannot see the page", async ({ page }) => {
    const email = `new.coordinator.${Date.now().toString(36)}@network.example`;
    await demoSignIn(page, "coordinator");
    expect((await page.goto("/en/coordinator/roles"))?.status()).toBe(404);

    await page.context().clearCookies();
    await demoSignIn(page, "administrator");
    await page.goto("/en/coordinator");
    await page.getByRole("link", { name: b.roles.title }).click();
    await expect(page.getByRole("heading", { level: 1, name: b.roles.title })).toBeVisible();
    await page.getByRole("textbox", { name: b.grant.labels.email }).fill(email);
    await page.getByRole("combobox", { name: b.grant.labels.role }).selectOption("COORDINATOR");
    await page.getByRole("button", { name: b.grant.submit }).click();
    await expect(page.getByRole("status")).toHaveText(b.roles.done.granted);
    const row = page.getByRole("row").filter({ hasText: email });
    await expect(row.getByRole("cell", { name: b.roles.names.COORDINATOR, exact: true })).toBeVisible();

    await row.getByRole("link", { name: format(b.roles.revokeFor, { email }) }).click();
    await expect(page.getByRole("heading", { name: b.roles.confirmTitle })).toBeVisible();
    await expect(page.getByText(format(b.roles.confirm, { email, role: b.roles.names.COORDINATOR }))).toBeVisible();
    await page.getByRole("button", { name: b.revoke.submit }).click();
    await expect(page.getByRole("status")).toHaveText(b.roles.done.revoked);
    await expect(page.getByRole("row").filter({ hasText: email })).toHaveCount(0);
  });
});
