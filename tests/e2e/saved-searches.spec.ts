// EU staff save a catalogue search; a coordinator publishes a hromada that matches it (a complete
// profile of the seed, taken out of the catalogue first); a week later
// (the clock moved on through POST /api/dev/jobs) the development mailbox holds the weekly mail
// listing it (issue 17 §2).
import { expect, test } from "@playwright/test";
import savedEn from "../../src/i18n/messages/features/saved-searches.en.json" with { type: "json" };
import profileEditorEn from "../../src/i18n/messages/features/profile-editor.en.json" with { type: "json" };
import { databaseUrl } from "./database";
import { query } from "./matrix/principals";
import { demoSignIn, format } from "./support";

const s = savedEn.savedSearches;
const p = profileEditorEn.profileEditor;
const DAY = 86_400_000;

test("a saved search's weekly mail lists a hromada published after it was saved", async ({ browser }) => {
  test.skip(!databaseUrl, "takes a profile of the seed out of the catalogue in the e2e database");
  // A complete profile no request or partnership involves, taken out of the catalogue before the
  // search is saved (the seed's own drafts are incomplete: they cannot be published as they are).
  const [draft] = await query<{ slug: string; name_en: string; region: string }>(
    `SELECT m.slug, m.name_en, r.slug AS region FROM municipality m JOIN region r ON r.id = m.region_id
      WHERE m.country = 'UA' AND m.status = 'PUBLISHED' AND m.slug <> 'lviv' AND NOT coalesce(r.occupied, false)
        AND NOT EXISTS (SELECT 1 FROM partnership p WHERE p.ukrainian_municipality_id = m.id)
        AND NOT EXISTS (SELECT 1 FROM partnership_request q WHERE q.ukrainian_municipality_id = m.id)
      ORDER BY m.population NULLS LAST, m.slug LIMIT 1`,
  );
  expect(draft, "the seed has a profile to take out").toBeTruthy();
  await query("UPDATE municipality SET status = 'DRAFT' WHERE slug = $1", [draft!.slug]);
  const name = `Weekly ${draft!.region} ${Date.now().toString(36)}`;

  const staff = await (await browser.newContext()).newPage();
  await demoSignIn(staff, "euStaff");
  await staff.goto(`/en/municipalities?oblast=${draft!.region}`);
  await staff.getByLabel(s.save.nameLabel).fill(name);
  await staff.getByRole("button", { name: s.save.submit }).click();
  await expect(staff).toHaveURL(/\/en\/account\/saved-searches\?notice=added/);
  await expect(staff.getByRole("status")).toHaveText(s.notices.added);
  await expect(staff.getByRole("link", { name: format(s.open, { name }) })).toHaveAttribute("href", `/en/municipalities?oblast=${draft!.region}`);

  const coordinator = await (await browser.newContext()).newPage();
  try {
    await demoSignIn(coordinator, "coordinator");
    await coordinator.goto(`/en/municipalities/${draft!.slug}/edit`);
    await expect(coordinator.getByText(p.publication.draft)).toBeVisible();
    await coordinator.getByRole("button", { name: p.publication.publish }).click();
    await expect(coordinator.getByText(p.publication.published)).toBeVisible();

    // The clock a day short of the week: nothing. A week on: the mail. (The day's run of the job is
    // forgotten first, so that the spec can run again on one database.)
    const run = async (at: number) => {
      await query("DELETE FROM job_run WHERE job = 'savedSearches'");
      const response = await staff.request.post("/api/dev/jobs", { data: { now: new Date(at).toISOString(), job: "savedSearches" } });
      expect(response.status()).toBe(200);
      expect((await response.json()).outcomes).toEqual([expect.objectContaining({ job: "savedSearches", outcome: "ran" })]);
    };
    const mail = staff.getByRole("article").filter({ hasText: name });
    await run(Date.now() + 6 * DAY);
    await staff.goto("/en/dev/mailbox");
    await expect(mail).toHaveCount(0);
    await run(Date.now() + 7 * DAY + 3_600_000);
    await staff.goto("/en/dev/mailbox");
    await expect(mail).toHaveCount(1);
    await expect(mail).toContainText(`- ${draft!.name_en}, `);
    await expect(mail).toContainText(`/en/municipalities/${draft!.slug}`);
    await expect(mail).toContainText(`/en/municipalities?oblast=${draft!.region}`);
    await expect(mail).toContainText("/en/unsubscribe/");
  } finally {
    // The seed as the other specs know it: the profile published, the search gone.
    await query("UPDATE municipality SET status = 'PUBLISHED' WHERE slug = $1", [draft!.slug]);
    await query("DELETE FROM saved_search WHERE name = $1", [name]);
  }
});
