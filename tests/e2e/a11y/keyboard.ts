// Moving through a page with the keyboard alone, checking at every Tab stop that focus can be seen.
import { expect, type Page } from "@playwright/test";

/** Where focus is, and whether it can be seen: the focused style must differ from the unfocused one
 * by an outline or a box shadow (WCAG 2.4.7). Returns a description, and the problem if any. */
export async function focusState(page: Page): Promise<{ where: string; problem: string | null }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { where: "<body>", problem: null };
    const label = (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 50);
    const where = `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.getAttribute("href") ? ` href=${el.getAttribute("href")}` : ""}> "${label}"`;
    const look = () => {
      const s = getComputedStyle(el);
      return {
        outline: s.outlineStyle === "none" ? "none" : `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
        outlineWidth: parseFloat(s.outlineWidth),
        shadow: s.boxShadow,
      };
    };
    const focused = look();
    const visible = el.matches(":focus-visible");
    el.blur();
    const unfocused = look();
    el.focus({ preventScroll: true });
    const outlineShown = focused.outline !== "none" && focused.outlineWidth >= 2 && focused.outline !== unfocused.outline;
    const shadowShown = focused.shadow !== "none" && focused.shadow !== unfocused.shadow;
    if (!visible) return { where, problem: `${where} does not match :focus-visible` };
    if (!outlineShown && !shadowShown) return { where, problem: `${where} shows no focus indicator (outline ${focused.outline}, shadow ${focused.shadow})` };
    return { where, problem: null };
  });
}

/** Presses `key` and checks that the focused element shows a focus indicator. */
export async function press(page: Page, key: string): Promise<string> {
  await page.keyboard.press(key);
  const { where, problem } = await focusState(page);
  expect(problem, `after ${key}`).toBeNull();
  return where;
}

/** Tabs (or shift-tabs) until the focused element matches `selector`, checking every stop on the way. */
export async function tabTo(page: Page, selector: string, { back = false, max = 120 } = {}): Promise<void> {
  const stops: string[] = [];
  for (let i = 0; i < max; i++) {
    stops.push(await press(page, back ? "Shift+Tab" : "Tab"));
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`no Tab stop matching ${selector} within ${max} presses; stops: ${stops.slice(-15).join(" → ")}`);
}

/** After a page load (focus at the start): the skip link is the first Tab stop, shown when
 * focused, and Enter moves focus to main. */
export async function useSkipLink(page: Page): Promise<void> {
  await press(page, "Tab");
  const skip = page.locator('a[href="#main"]');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
}

/** Focus after a page change is where a reader starts: the top of the document, main or its heading. */
export async function expectFocusAtStart(page: Page): Promise<void> {
  const where = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "start";
    if (el.closest("main") || el.matches("main, h1")) return "main";
    return `<${el.tagName.toLowerCase()}> ${(el.textContent ?? "").trim().slice(0, 40)}`;
  });
  expect(["start", "main"], `focus after navigation is at ${where}`).toContain(where);
}

/** Every Tab stop of the page, focused in turn after a key press (so that :focus-visible applies as
 * for the keyboard): those whose focused look does not differ from their unfocused look by an
 * outline of 2 px or more or a box shadow. */
export async function stopsWithoutFocusIndicator(page: Page): Promise<{ checked: number; problems: string[] }> {
  await page.keyboard.press("Shift");
  return page.evaluate(() => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const problems: string[] = [];
    let checked = 0;
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (el.matches(":disabled") || el.tabIndex < 0) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      el.focus({ preventScroll: true });
      if (document.activeElement !== el) continue;
      checked++;
      const look = () => {
        const s = getComputedStyle(el);
        return {
          outline: s.outlineStyle === "none" ? "none" : `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
          width: parseFloat(s.outlineWidth),
          shadow: s.boxShadow,
        };
      };
      const focused = look();
      const visible = el.matches(":focus-visible");
      el.blur();
      const unfocused = look();
      const shown =
        (focused.outline !== "none" && focused.width >= 2 && focused.outline !== unfocused.outline) ||
        (focused.shadow !== "none" && focused.shadow !== unfocused.shadow);
      if (!visible || !shown) {
        const label = (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
        problems.push(
          `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}> "${label}": ${visible ? `no indicator (outline ${focused.outline}, shadow ${focused.shadow})` : "not :focus-visible"}`,
        );
      }
    }
    return { checked, problems };
  });
}
