import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The portal's own component classes (buttons, tags, form fields) are defined once in
// globals.css; a class name used in a component but defined nowhere renders as nothing — a
// submit button that looks like plain text. Every such name used in src must be defined.
const src = path.resolve(import.meta.dirname, "../../src");
const css = readFileSync(path.join(src, "app/globals.css"), "utf8");
const OWN = /^(btn|tag|field|input|skip)(-[a-z]+)*$/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe("component classes", () => {
  it("are all defined in globals.css", () => {
    const used = new Map<string, string>();
    for (const file of files(src).filter((f) => f.endsWith(".tsx"))) {
      for (const match of readFileSync(file, "utf8").matchAll(/className=(?:"([^"]*)"|\{`([^`]*)`\}|\{[^}]*?"([^"]*)"[^}]*?\})/g)) {
        for (const token of (match[1] ?? match[2] ?? match[3] ?? "").split(/\s+/)) {
          if (OWN.test(token) && !used.has(token)) used.set(token, path.relative(src, file));
        }
      }
    }
    expect(used.size).toBeGreaterThan(3);
    const undefinedClasses = [...used].filter(([token]) => !new RegExp(`\\.${token}[\\s{,:\\[]`).test(css)).map(([t, f]) => `${t} (${f})`);
    expect(undefinedClasses).toEqual([]);
  });
});
