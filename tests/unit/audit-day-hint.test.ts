import { describe, expect, it } from "vitest";
import { routing } from "@/i18n/routing";
import { messagesFor } from "@/i18n/messages";

/**
 * The audit log's day fields are native date inputs: the browser shows the date in the reader's
 * own format (mm/dd/yyyy in an American English browser). A hint spelling out "YYYY-MM-DD"
 * contradicted what people saw, so the hint names the time zone only.
 */
describe("the audit log's day hint", () => {
  for (const locale of routing.locales) {
    it(`spells out no date pattern in ${locale}`, () => {
      const hint = (messagesFor(locale) as { audit: { dayHint: string } }).audit.dayHint;
      expect(hint).not.toMatch(/(\p{L})\1{3}|\p{Lu}{2}-\p{Lu}{2}/u);
      expect(hint.length).toBeGreaterThan(5);
    });
  }
});
