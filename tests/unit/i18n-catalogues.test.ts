import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { messagesFor } from "@/i18n/messages";
import { routing } from "@/i18n/routing";

function flatten(tree: Record<string, unknown>, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (value !== null && typeof value === "object") {
      for (const [k, v] of flatten(value as Record<string, unknown>, `${prefix}${key}.`)) out.set(k, v);
    } else {
      out.set(`${prefix}${key}`, String(value));
    }
  }
  return out;
}

const english = flatten(messagesFor("en"));

describe("message catalogues", () => {
  for (const locale of routing.locales) {
    const catalogue = flatten(messagesFor(locale));

    it(`${locale} has exactly the keys of English`, () => {
      expect([...catalogue.keys()].filter((k) => !english.has(k))).toEqual([]);
      expect([...english.keys()].filter((k) => !catalogue.has(k))).toEqual([]);
    });

    it(`${locale}: every message parses and has no empty text`, () => {
      for (const [key, text] of catalogue) {
        expect(text.trim(), key).not.toBe("");
        expect(() => new IntlMessageFormat(text, locale, undefined, { ignoreTag: false }), key).not.toThrow();
      }
    });

    it(`${locale}: no message needs an argument the English one is not given`, () => {
      const args = (text: string) => new Set([...text.matchAll(/\{\s*([a-zA-Z]+)\s*[,}]/g)].map((m) => m[1]));
      for (const [key, text] of catalogue) {
        const given = args(english.get(key)!);
        expect(
          [...args(text)].filter((a) => !given.has(a)),
          key,
        ).toEqual([]);
      }
    });
  }

  it("formats Ukrainian plurals by their own rules (1, 2, 5, 21 differ)", () => {
    const uk = flatten(messagesFor("uk"));
    const format = (n: number) => new IntlMessageFormat(uk.get("catalogue.resultCount")!, "uk").format({ count: n, formatted: String(n) });
    expect([1, 2, 5, 21].map(format)).toEqual(["1 громада", "2 громади", "5 громад", "21 громада"]);
  });

  it("formats Polish and Romanian plurals by their own rules", () => {
    const count = (locale: "pl" | "ro", n: number) =>
      new IntlMessageFormat(flatten(messagesFor(locale)).get("catalogue.resultCount")!, locale).format({ count: n, formatted: String(n) });
    expect([1, 2, 5, 22].map((n) => count("pl", n))).toEqual(["1 gmina", "2 gminy", "5 gmin", "22 gminy"]);
    expect([1, 2, 20].map((n) => count("ro", n))).toEqual(["1 municipalitate", "2 municipalități", "20 de municipalități"]);
  });
});
