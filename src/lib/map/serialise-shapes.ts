import type { UkraineShapes } from "./derive-shapes";

/** One region per line: small diffs when the source changes, still plain JSON. */
export function serialiseShapes(shapes: UkraineShapes): string {
  const regions = shapes.regions.map((r) => "    " + JSON.stringify(r)).join(",\n");
  return `{\n  "source": ${JSON.stringify(shapes.source)},\n  "simplification": ${JSON.stringify(shapes.simplification)},\n  "regions": [\n${regions}\n  ]\n}\n`;
}
