import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * Every text a person reads comes from the message catalogues: a word written straight into a
 * component would show in English (or Ukrainian) on every language's page. This reads each
 * component's source and lists the JSX text and the user-visible attribute values that contain a
 * letter. Punctuation and symbols between translated parts ("·", "—", "(") are allowed.
 */
const ROOT = join(__dirname, "../../src");
const VISIBLE_ATTRIBUTES = new Set(["aria-label", "aria-description", "aria-roledescription", "aria-valuetext", "title", "alt", "placeholder", "label"]);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(path);
    return entry.name.endsWith(".tsx") ? [path] : [];
  });
}

function hardCodedTexts(file: string, text = readFileSync(file, "utf8")): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) => `${relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) found.push(`${where(node)} text "${node.text.trim()}"`);
    if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
      const value = ts.isStringLiteral(node.initializer)
        ? node.initializer.text
        : ts.isJsxExpression(node.initializer) && node.initializer.expression && ts.isStringLiteralLike(node.initializer.expression)
          ? node.initializer.expression.text
          : null;
      if (value !== null && /\p{L}/u.test(value)) found.push(`${where(node)} ${node.name.getText(source)}="${value}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("no hard-coded text", () => {
  const files = sources(ROOT);

  it("reads the components", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  // Parses every component: seconds on a busy machine, so more than vitest's default 5 s.
  it("finds no words in JSX outside the message catalogues", { timeout: 60_000 }, () => {
    expect(files.flatMap((file) => hardCodedTexts(file))).toEqual([]);
  });

  it("would notice a hard-coded word or label", () => {
    const probe = join(ROOT, "components/site-footer.tsx");
    const text = readFileSync(probe, "utf8");
    expect(text).toContain("</footer>");
    const changed = text.replace("</footer>", '<span aria-label="Footer">Contact us</span></footer>');
    expect(hardCodedTexts(probe, changed).map((f) => f.replace(/:\d+/, ""))).toEqual([
      'components/site-footer.tsx aria-label="Footer"',
      'components/site-footer.tsx text "Contact us"',
    ]);
  });
});
