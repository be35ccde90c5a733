// The accessibility sweep: every page route of the build, in every locale of the interface, as
// the person who sees its real content and in each of its states (tests/e2e/a11y/routes.ts: the
// default state in every locale, the others in English and Ukrainian), checked by axe against WCAG 2.x A and AA; once per route, in English and Ukrainian, also with every <details>
// (the language menu among them) open. A page route of the build without an entry fails it.
import { expect, test } from "@playwright/test";
import { ensureSessions, prepareWorld, type World } from "./matrix/principals";
import { routesOfBuild } from "./matrix/endpoints";
import { STATE_LOCALES, SWEPT_ROUTES, VISITS, sweptLocales, visitsIn } from "./a11y/routes";
import { People, openAllDetails, violationsOf } from "./a11y/axe";

test.skip(!process.env.DATABASE_URL, "the sweep signs people in through the e2e database: run with DATABASE_URL set");

const locales = sweptLocales();
let world: World;
let people: People;
const started = Date.now();
let checks = 0;
let loads = 0;
/** Where the time goes, in ms: axe's own share is most of it. */
const timing = { load: 0, axe: 0 };

test.beforeAll(async ({ browser }) => {
  world = await prepareWorld();
  await ensureSessions(world);
  people = new People(browser, world);
});

test.afterAll(async () => {
  await people?.close();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `a11y sweep: ${SWEPT_ROUTES.length} routes × ${locales.length} locales, ${loads} page loads, ${checks} axe checks in ${seconds} s (loading and bringing pages into their state ${(timing.load / 1000).toFixed(1)} s, axe ${(timing.axe / 1000).toFixed(1)} s)`,
  );
});

test("every page route of the build has a sweep entry", () => {
  const built = routesOfBuild("page").sort();
  expect(
    built.filter((r) => !SWEPT_ROUTES.includes(r)),
    "page routes without an entry in tests/e2e/a11y/routes.ts",
  ).toEqual([]);
  expect(
    SWEPT_ROUTES.filter((r) => !built.includes(r)),
    "sweep entries for routes the build no longer has",
  ).toEqual([]);
});

for (const route of SWEPT_ROUTES) {
  const visits = VISITS.filter((v) => v.route === route);
  test(`axe: ${route}`, async () => {
    test.setTimeout(20_000 * locales.reduce((n, locale) => n + visitsIn(locale, visits).length, 0));
    await ensureSessions(world);
    const found: string[] = [];
    for (const locale of locales) {
      let detailsOpened = false;
      for (const visit of visitsIn(locale, visits)) {
        const page = await people.page(visit.as);
        const url = visit.url(world, locale);
        const t0 = Date.now();
        const response = await page.goto(url);
        loads++;
        expect(response?.status(), `${url} as ${visit.as}`).toBe(visit.status ?? 200);
        await expect(page.locator("h1").first()).toBeVisible();
        await visit.act?.(page);
        const t1 = Date.now();
        const what = `${route} (${locale}, ${visit.state}, as ${visit.as})`;
        found.push(...(await violationsOf(page, what)));
        checks++;
        timing.load += t1 - t0;
        timing.axe += Date.now() - t1;
        // Menus open once per route, in English and Ukrainian: the menus hold the same controls in every language.
        if (!detailsOpened && STATE_LOCALES.includes(locale) && (await openAllDetails(page)) > 0) {
          detailsOpened = true;
          found.push(...(await violationsOf(page, `${what} with every <details> open`)));
          checks++;
        }
      }
    }
    if (found.length > 0) console.log(found.join("\n"));
    expect(found, found.join("\n")).toEqual([]);
  });
}
