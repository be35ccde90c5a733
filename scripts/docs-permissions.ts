// `npm run docs:permissions`: writes docs/permissions.md from src/lib/permissions.ts, `can` and the
// access inventory (scripts/lib/permissions-doc.ts). Run it after changing any of them.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { permissionsDocument } from "./lib/permissions-doc";

const file = path.resolve(import.meta.dirname, "../docs/permissions.md");
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, permissionsDocument());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
