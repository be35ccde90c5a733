// Shared helpers for the end-to-end specs: the message catalogues and the request form.
import { expect, type Page } from "@playwright/test";
import en from "../../src/i18n/messages/en.json" with { type: "json" };
import uk from "../../src/i18n/messages/uk.json" with { type: "json" };
import enSearch from "../../src/i18n/messages/features/search.en.json" with { type: "json" };
import ukSearch from "../../src/i18n/messages/features/search.uk.json" with { type: "json" };

export { en, uk, enSearch, ukSearch };
export type Messages = typeof en;
export const messages = { en, uk } as const;
export type Locale = keyof typeof messages;

/** Fills simple ICU placeholders ({name}); plurals are not needed by the specs. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** One case of an ICU plural message, e.g. pluralCase("{count, plural, =0 {None} …}", "=0") → "None". */
export function pluralCase(message: string, selector: string): string {
  const match = message.match(new RegExp(`(?:^|\\s)${literal(selector).source} \\{([^{}]*)\\}`));
  if (!match) throw new Error(`no case ${selector} in ${message}`);
  return match[1];
}

/** A RegExp matching a message with simple placeholders, each captured: "Page {page} of {pageCount}". */
export function templatePattern(template: string): RegExp {
  const parts = template.split(/\{\w+\}/).map((part) => literal(part).source);
  return new RegExp(`^${parts.join("(.+?)")}$`);
}

/** A RegExp that matches `text` literally. */
export function literal(text: string, flags = ""): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), flags);
}

/** A RegExp matching an accessible name that starts with `text` (checkbox labels carry counts or hints). */
export function startsWith(text: string): RegExp {
  return new RegExp(`^${literal(text).source}(\\s|$)`);
}

export const REFERENCE = /C4C-[A-Z0-9]{6}/g;

/** Every distinct request reference in a text. */
export function referencesIn(text: string): string[] {
  return [...new Set(text.match(REFERENCE) ?? [])];
}

/** A language's name in itself, from the same CLDR data the portal's server uses. */
export function endonym(code: string): string {
  return new Intl.DisplayNames([code], { type: "language" }).of(code) ?? code;
}

/** A requester address no other test uses, so that its stored requests can be told apart. */
export function uniqueEmail(): string {
  return `anna.schmidt+${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}@sindelfingen.example`;
}

/** The request form of a municipality, and helpers to fill it in the page's language. */
export function requestForm(page: Page, locale: Locale = "en") {
  const t = messages[locale].requestForm;
  const areas = messages[locale].areas;
  const field = (name: keyof typeof t.fields) => page.getByLabel(t.fields[name], { exact: true });
  return {
    t,
    field,
    submit: page.getByRole("button", { name: t.submit }),
    area: (slug: keyof typeof areas) => page.getByRole("checkbox", { name: startsWith(areas[slug]) }),
    /** A working language by its code; the form names each in itself ("Deutsch", "українська"). */
    language: (code: string) => page.getByRole("checkbox", { name: endonym(code), exact: true }),
    confirmation: page.getByRole("heading", { name: t.sent.title }),
    /** Fills every field validly; the requester's details can be varied to tell requests apart. */
    async fillValid(options: { euMunicipality?: string; requesterEmail?: string; language?: string } = {}) {
      await field("euMunicipality").selectOption(options.euMunicipality ?? "sindelfingen");
      await this.area("energy").check();
      await this.area("water").check();
      await field("message").fill(
        "Our utilities would like to share experience with heat pumps and rebuild a water pumping station together.",
      );
      await field("requesterName").fill("Anna Schmidt");
      await field("requesterRole").fill("Head of International Relations");
      await field("requesterEmail").fill(options.requesterEmail ?? uniqueEmail());
      await this.language(options.language ?? "de").check();
      await field("consent").check();
    },
  };
}

/** The confirmation block after a request was sent; returns the reference it shows. */
export async function expectConfirmation(page: Page, locale: Locale = "en"): Promise<string> {
  const t = messages[locale].requestForm;
  const status = page.getByRole("status").filter({ has: page.getByRole("heading", { name: t.sent.title }) });
  await expect(status).toBeVisible();
  await expect(status.getByRole("heading", { name: t.sent.title })).toBeFocused();
  const text = (await status.innerText()).trim();
  const refs = text.match(REFERENCE) ?? [];
  expect(refs, `one reference in the confirmation: ${text}`).toHaveLength(1);
  // The whole page shows that reference once, and no other.
  const body = await page.locator("body").innerText();
  expect(body.match(REFERENCE) ?? [], "references on the page").toEqual(refs);
  return refs[0]!;
}
