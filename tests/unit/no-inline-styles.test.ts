import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pagePolicy } from "@/lib/content-security-policy";

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : sources(full);
    return /\.tsx$/.test(e.name) ? [full] : [];
  });
}

describe("inline styles", () => {
  it("are not allowed by the pages' policy", () => {
    const styleSrc = pagePolicy("n0nce")
      .split("; ")
      .find((d) => d.startsWith("style-src"));
    expect(styleSrc).toBe("style-src 'self'");
  });

  it("are written by no component: a style attribute rendered on the server would be blocked", () => {
    const offenders = sources(path.resolve("src")).filter((file) => /\sstyle=\{/.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });
});
