// Reflow (WCAG 1.4.10): every swept page, in the locales that show the layout's extremes (layoutLocales), at 320 CSS px wide and at 1280 px with
// 200 % zoom (a 640 CSS px viewport). The document must not scroll sideways and no
// content may be cut off; a table may scroll inside its own container (1.4.10 allows that), as
// long as the container keeps to the page's width and can be scrolled with the keyboard.
// Each page is loaded once, at 320 px on a 2× screen, and then resized to 640 px, as a person
// zooming out would: CSS lays a page out by its width in CSS pixels alone (the portal's styles ask
// nothing of the screen's resolution), so this is the layout a fresh load at 640 px gets, for half
// the page loads.
import { expect, test, type Page } from "@playwright/test";
import { ensureSessions, prepareWorld, type World } from "./matrix/principals";
import { VISITS, SWEPT_ROUTES, layoutLocales, visitsIn } from "./a11y/routes";
import { People, openAllDetails } from "./a11y/axe";

test.skip(!process.env.DATABASE_URL, "the reflow check signs people in through the e2e database: run with DATABASE_URL set");

const WIDTHS = [
  { name: "320 px", viewport: { width: 320, height: 640 } },
  { name: "1280 px at 200 %", viewport: { width: 640, height: 512 } },
];

/** What overflows on the page as it is: the document's sideways scroll, content past the edges, clipped boxes. */
function overflowsOf(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const doc = document.documentElement;
    const width = doc.clientWidth;
    if (doc.scrollWidth > width) problems.push(`the page scrolls sideways: scrollWidth ${doc.scrollWidth} > clientWidth ${width}`);
    const describe = (el: Element) => {
      const id = el.id ? `#${el.id}` : "";
      const cls = typeof el.className === "string" && el.className ? `.${el.className.trim().split(/\s+/).slice(0, 3).join(".")}` : "";
      const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
      return `<${el.tagName.toLowerCase()}${id}${cls}> "${text}"`;
    };
    // Inside a container that scrolls sideways itself, content may be wider than the page.
    const scrollsInside = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === "auto" || o === "scroll") return true;
      }
      return false;
    };
    const reported = new Set<Element>();
    const underReported = (el: Element) => {
      for (let p = el.parentElement; p; p = p.parentElement) if (reported.has(p)) return true;
      return false;
    };
    for (const el of document.body.querySelectorAll("*")) {
      const style = getComputedStyle(el);
      if (style.display === "none" || style.visibility === "hidden") continue;
      const box = el.getBoundingClientRect();
      // Visually hidden text (1 px, clipped) is for screen readers and cannot be cut off for anyone.
      if (box.width <= 1 || box.height <= 1) continue;
      if ((box.right > width + 1 || box.left < -1) && !scrollsInside(el) && !underReported(el)) {
        reported.add(el);
        problems.push(`past the edge (${Math.round(box.left)}–${Math.round(box.right)} of ${width}): ${describe(el)}`);
      }
      // A container that scrolls sideways is a named Tab stop, so that the keyboard can scroll it
      // even where its cells hold nothing focusable (a table's later columns).
      if ((style.overflowX === "auto" || style.overflowX === "scroll") && el.scrollWidth > el.clientWidth + 1) {
        const named = el.hasAttribute("aria-label") || el.hasAttribute("aria-labelledby");
        if ((el as HTMLElement).tabIndex < 0 || !named) problems.push(`scrolls sideways but is not a named Tab stop: ${describe(el)}`);
      }
      // A text field scrolls its own value: that is how a field works, not content cut off.
      if (el.matches("input, textarea, select")) continue;
      if ((style.overflowX === "hidden" || style.overflowX === "clip") && el.scrollWidth > el.clientWidth + 1 && !underReported(el)) {
        reported.add(el);
        problems.push(`clips its content (${el.scrollWidth} in ${el.clientWidth}): ${describe(el)}`);
      }
    }
    return problems;
  });
}

const locales = layoutLocales();
let world: World;
const started = Date.now();
let loads = 0;

test.beforeAll(async () => {
  world = await prepareWorld();
  await ensureSessions(world);
});

test.afterAll(() => {
  console.log(
    `reflow: ${SWEPT_ROUTES.length} routes × ${locales.length} locales, ${loads} page loads (each at ${WIDTHS.length} widths) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
});

test(`reflow at ${WIDTHS.map((w) => w.name).join(" and at ")}`, async ({ browser }) => {
  const visits = VISITS.filter((v) => !v.writes);
  test.setTimeout(8_000 * locales.reduce((n, locale) => n + visitsIn(locale, visits).length, 0));
  await ensureSessions(world);
  const people = new People(browser, world, { viewport: WIDTHS[0]!.viewport, deviceScaleFactor: 2 });
  const found: string[] = [];
  try {
    for (const locale of locales) {
      for (const visit of visitsIn(locale, visits)) {
        const page = await people.page(visit.as);
        await page.setViewportSize(WIDTHS[0]!.viewport);
        const url = visit.url(world, locale);
        await page.goto(url);
        loads++;
        await expect(page.locator("h1").first()).toBeVisible();
        await visit.act?.(page);
        // Each width with the menus closed, then (an absolutely placed menu must not stick out either) every <details> open.
        const problems: string[] = [];
        const atEachWidth = async (order: typeof WIDTHS, note: string) => {
          for (const width of order) {
            await page.setViewportSize(width.viewport);
            problems.push(...(await overflowsOf(page)).map((p) => `at ${width.name}${note}: ${p}`));
          }
        };
        await atEachWidth(WIDTHS, "");
        if ((await openAllDetails(page)) > 0) await atEachWidth([...WIDTHS].reverse(), ", with <details> open");
        if (problems.length > 0) {
          found.push(`• ${url} (${visit.state}, as ${visit.as}):\n    ${problems.join("\n    ")}`);
          await page.screenshot({ path: test.info().outputPath(`${locale}-${visit.route.replace(/\W+/g, "_")}-${visit.as}.png`), fullPage: true });
        }
      }
    }
  } finally {
    await people.close();
  }
  if (found.length > 0) console.log(`reflow:\n${found.join("\n")}`);
  expect(found, found.join("\n")).toEqual([]);
});
