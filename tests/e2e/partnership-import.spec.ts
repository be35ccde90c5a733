import path from "node:path";
import { expect, test } from "@playwright/test";
import importEn from "../../src/i18n/messages/features/partnership-import.en.json" with { type: "json" };
import networkEn from "../../src/i18n/messages/features/network.en.json" with { type: "json" };
import { demoSignIn } from "./support";

const t = importEn.partnershipImport;
const SAMPLE = path.join(process.cwd(), "public/import/sample-partnerships.csv");

// The demo database already holds Lviv–Sindelfingen; the sample's other five partners are places
// of the GeoNames gazetteer that the demo does not have (NO, FI, NL, AT, CZ).
test("a coordinator checks the sample file, applies it, and its partnerships and members are in the portal", async ({ page }) => {
  test.setTimeout(120_000);
  await demoSignIn(page, "coordinator");
  await page.goto("/en/coordinator");
  await page.getByRole("link", { name: t.link }).click();
  await expect(page.getByRole("heading", { level: 1, name: t.title })).toBeVisible();

  // Without a file, the form says so.
  await page.getByRole("button", { name: t.dryRun }).click();
  await expect(page.getByText(t.fileErrors.required)).toBeVisible();

  await page.getByLabel(t.fileLabel).setInputFiles(SAMPLE);
  await page.getByRole("button", { name: t.dryRun }).click();
  // The first import of a server process reads the gazetteer: a few seconds on a busy machine.
  await expect(page.getByRole("heading", { level: 2, name: t.dryRunTitle })).toBeVisible({ timeout: 30_000 });
  const table = page.getByRole("table", { name: t.tableCaption });
  const row = (line: number) => table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: String(line), exact: true }) });
  await expect(row(2)).toContainText(t.outcomes.matchedPlanned);
  await expect(row(2)).toContainText("Sindelfingen");
  for (const [line, place] of [
    [3, "Bergen"],
    [4, "Vantaa"],
    [5, "Utrecht"],
    [6, "Graz"],
    [7, "Brno"],
  ] as const) {
    await expect(row(line)).toContainText(t.outcomes.createdPlanned);
    await expect(row(line)).toContainText(place);
  }
  // Nothing is changed by the dry run.
  await page.goto("/en/network");
  await expect(page.getByRole("heading", { level: 2, name: /^Austria/ })).toHaveCount(0);
  await page.goto("/en/coordinator/import");
  await page.getByLabel(t.fileLabel).setInputFiles(SAMPLE);
  await page.getByRole("button", { name: t.dryRun }).click();

  await page.getByRole("button", { name: t.apply }).click();
  await expect(page.getByRole("heading", { level: 2, name: t.appliedTitle })).toBeVisible();
  await expect(row(7)).toContainText(t.outcomes.created);

  // The partnerships are in the registry (newest first: Brno's began in 2025), and their members on /network.
  await page.getByRole("link", { name: t.toRegistry }).click();
  let found = false;
  for (let n = 1; n <= 3 && !found; n++) {
    await page.goto(`/en/partnerships?page=${n}`);
    found = (await page.getByRole("cell", { name: /Brno/ }).count()) > 0;
  }
  expect(found, "Brno's partnership is in the registry").toBe(true);
  await page.goto("/en/network");
  const austria = page.getByRole("region", { name: /^Austria/ });
  await expect(austria).toContainText("Graz");
  await expect(page.getByRole("link", { name: networkEn.network.footerLink })).toBeVisible();

  // The same file again: every line is already there.
  await page.goto("/en/coordinator/import");
  await page.getByLabel(t.fileLabel).setInputFiles(SAMPLE);
  await page.getByRole("button", { name: t.dryRun }).click();
  await expect(page.getByText(t.nothingToApply)).toBeVisible();
});
