import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { messagesFor } from "../../src/i18n/messages";
import errorEn from "../../src/i18n/messages/features/error.en.json" with { type: "json" };
import { pickMessages } from "../../src/lib/pick-messages";

describe("pickMessages", () => {
  const messages = { a: { b: "B", c: { d: "D" } }, e: "E", f: { g: "G" } };

  it("keeps the namespaces asked for, in their places, and nothing else", () => {
    expect(pickMessages(messages, ["a.c", "e"])).toEqual({ a: { c: { d: "D" } }, e: "E" });
    expect(pickMessages(messages, ["a.b", "a.c"])).toEqual({ a: { b: "B", c: { d: "D" } } });
    expect(pickMessages(messages, [])).toEqual({});
  });

  it("refuses a namespace the catalogue does not have, instead of sending keys to be shown", () => {
    expect(() => pickMessages(messages, ["a.x"])).toThrow('No messages at "a.x"');
    expect(() => pickMessages(messages, ["e.x"])).toThrow('No messages at "e.x"');
  });

  it("picks from the real catalogue", () => {
    expect(pickMessages(messagesFor("en") as never, ["error"])).toEqual({ error: errorEn.error });
  });
});

/**
 * A page sends its client components only the messages a <ClientMessages namespaces={[…]}> around
 * them names. A client component that reads a namespace no page sends would show message keys:
 * every `useTranslations("…")` of a "use client" file must be within some namespace given.
 */
describe("client components' messages", () => {
  const ROOT = join(__dirname, "../../src");
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? (e.name === "generated" ? [] : files(join(dir, e.name))) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
    );
  const sources = files(ROOT).map((path) => ({ path, text: readFileSync(path, "utf8") }));
  const given = sources.flatMap(({ text }) =>
    [...text.matchAll(/namespaces=\{\[([^\]]*)\]\}/g)].flatMap((m) => [...m[1]!.matchAll(/"([^"]+)"/g)].map((n) => n[1]!)),
  );
  const read = sources
    .filter(({ text }) => /^["']use client["']/m.test(text))
    .flatMap(({ path, text }) => [...text.matchAll(/useTranslations\("([^"]+)"\)/g)].map((m) => ({ file: relative(ROOT, path), namespace: m[1]! })));

  it("finds the client components and what the pages give them", () => {
    expect(read.length).toBeGreaterThan(10);
    expect(given).toContain("error");
  });

  it("every namespace a client component reads is given by some page", () => {
    const missing = read.filter(({ namespace }) => !given.some((g) => namespace === g || namespace.startsWith(`${g}.`)));
    expect(missing).toEqual([]);
  });
});
