import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROUTES, SERVER_ACTIONS } from "@/lib/access-inventory";

const appDir = path.resolve(import.meta.dirname, "../../src/app");

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

const routeOf = (file: string) => "/" + path.relative(appDir, path.dirname(file)).split(path.sep).filter(Boolean).join("/");
const all = files(appDir);

describe("the access inventory", () => {
  it("lists every page and route handler of the app, and nothing that is not one", () => {
    const found = Object.fromEntries(
      all.filter((f) => /\/(page\.tsx|route\.ts)$/.test(f)).map((f) => [routeOf(f).replace(/^\/$/, "/"), f.endsWith("route.ts") ? "route" : "page"]),
    );
    expect(Object.fromEntries(Object.entries(ROUTES).map(([r, e]) => [r, e.type]))).toEqual(found);
  });

  it("lists every exported server action, and nothing that is not one", () => {
    const found = all
      .filter((f) => /\.tsx?$/.test(f) && /^\s*["']use server["']/m.test(readFileSync(f, "utf8")))
      .flatMap((f) => [...readFileSync(f, "utf8").matchAll(/^export\s+async\s+function\s+(\w+)/gm)].map((m) => `${routeOf(f)}#${m[1]}`));
    expect(found.length).toBeGreaterThan(0);
    expect(Object.keys(SERVER_ACTIONS).sort()).toEqual(found.sort());
  });
});
