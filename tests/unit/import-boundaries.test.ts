import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// `npm run lint` keeps the layers apart (eslint.config.mjs); this proves that its rules catch each
// crossing, aliased and relative, so that a change to the config cannot quietly drop one.
const root = path.resolve(import.meta.dirname, "../..");
const eslint = new ESLint({ cwd: root });

/** The boundary rules a file of that name, with that text, breaks. */
async function crossings(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId === "import/no-restricted-paths" || m.ruleId === "c4c/client-imports-no-server").map((m) => m.ruleId!);
}

describe("import boundaries", { timeout: 60_000 }, () => {
  it("no component imports from src/app", async () => {
    expect(await crossings("src/components/probe.tsx", 'import Layout from "@/app/[locale]/layout";\nexport const x = Layout;\n')).toEqual([
      "import/no-restricted-paths",
    ]);
    expect(await crossings("src/components/form/probe.tsx", 'import type { Metadata } from "../../app/[locale]/layout";\nexport type X = Metadata;\n')).toEqual(
      ["import/no-restricted-paths"],
    );
    expect(
      await crossings("src/components/probe.tsx", 'import { FailureAlert } from "@/components/form/failure-alert";\nexport const x = FailureAlert;\n'),
    ).toEqual([]);
  });

  it("no code of the portal imports the demo seed; the entry point wires it in", async () => {
    const seed = 'export const load = () => import("../../../prisma/seed/demo");\n';
    expect(await crossings("src/server/db/probe.ts", seed)).toEqual(["import/no-restricted-paths"]);
    expect(await crossings("src/app/api/probe.ts", 'import { seedDemo } from "../../../prisma/seed/demo";\nexport const x = seedDemo;\n')).toEqual([
      "import/no-restricted-paths",
    ]);
    expect(await crossings("src/instrumentation.ts", 'export const load = () => import("../prisma/seed/demo");\n')).toEqual([]);
  });

  it('no client component ("use client") imports src/server or "server-only"', async () => {
    const client = (imports: string) => `"use client";\n\n${imports}\nexport const x = 1;\n`;
    expect(await crossings("src/components/probe.tsx", client('import { env } from "@/server/env";\nvoid env;'))).toEqual(["c4c/client-imports-no-server"]);
    expect(
      await crossings("src/components/probe.tsx", client('import type { PrismaClient } from "../server/db/client";\nexport type C = PrismaClient;')),
    ).toEqual(["c4c/client-imports-no-server"]);
    expect(await crossings("src/app/[locale]/probe.tsx", client('import "server-only";'))).toEqual(["c4c/client-imports-no-server"]);
    // A server component may.
    expect(await crossings("src/components/probe.tsx", 'import { env } from "@/server/env";\nexport const x = env;\n')).toEqual([]);
  });

  it("src/lib, safe on both sides, imports nothing from the server, the routes or the components", async () => {
    expect(await crossings("src/lib/probe.ts", 'import { env } from "@/server/env";\nexport const x = env;\n')).toEqual(["import/no-restricted-paths"]);
    expect(
      await crossings("src/lib/forms/probe.ts", 'import { FailureAlert } from "../../components/form/failure-alert";\nexport const x = FailureAlert;\n'),
    ).toEqual(["import/no-restricted-paths"]);
  });
});
