import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Until a linter enforces it: components are the floor below the routes, so nothing in
// src/components reaches up into src/app (a page passes its actions down as props).
const src = path.resolve(import.meta.dirname, "../../src");
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));

/** What a file imports or re-exports, resolved to a path under src when it is one of ours. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map(([, spec]) =>
    spec!.startsWith("@/") ? path.join(src, spec!.slice(2)) : spec!.startsWith(".") ? path.resolve(path.dirname(file), spec!) : spec!,
  );
}

describe("import boundaries", () => {
  it("finds the imports it checks, aliased and relative", () => {
    const all = files(path.join(src, "components")).flatMap(importsOf);
    expect(all).toContain(path.join(src, "lib/forms/state"));
    expect(all.some((i) => i.startsWith(path.join(src, "components")))).toBe(true);
  });

  it("no component imports from src/app", () => {
    const app = path.join(src, "app");
    const offending = files(path.join(src, "components")).flatMap((file) =>
      importsOf(file)
        .filter((target) => target === app || target.startsWith(app + path.sep))
        .map((target) => `${path.relative(src, file)} → ${path.relative(src, target)}`),
    );
    expect(offending).toEqual([]);
  });
});
