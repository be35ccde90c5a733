// The edition of the codifier that ships with the portal (prisma/register/), imported into every
// database right after its migrations: real or embedded, with or without demo data.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { parseRegister } from "@/lib/register/register";
import { refreshStaleSearchIndex } from "@/server/catalogue/search-index";
import { importRegister, type RegisterReport } from "./import";

export const BUNDLED_REGISTER = path.join("prisma", "register", "ua-hromadas-katottg.csv");

/** Reads a codifier file: its entries and its digest, or an error listing every bad line. */
export async function readRegisterFile(file: string) {
  const bytes = await readFile(file);
  const parsed = parseRegister(bytes.toString("utf8"));
  if (!parsed.ok) {
    throw new Error(`${file} was not imported:\n${parsed.problems.map((p) => `  line ${p.line}: ${p.message}`).join("\n")}`);
  }
  return { entries: parsed.entries, sha256: createHash("sha256").update(bytes).digest("hex") };
}

async function withClient<T>(connectionString: string, work: (client: PrismaClient) => Promise<T>): Promise<T> {
  const pool = new pg.Pool({ connectionString, max: 1, options: "-c TimeZone=UTC" });
  const client = new PrismaClient({ adapter: new PrismaPg(pool) });
  try {
    return await work(client);
  } finally {
    await client.$disconnect();
    await pool.end().catch(() => undefined);
  }
}

/** Imports a codifier file into the database at `connectionString` (a no-op for a file imported before). */
export async function importRegisterFile(connectionString: string, file: string, source = path.basename(file)): Promise<RegisterReport> {
  const { entries, sha256 } = await readRegisterFile(file);
  return withClient(connectionString, (client) => importRegister(client, entries, { sha256, source }));
}

/**
 * The bundled edition, once per database (after `migrate`); then the search index is rewritten if
 * an older portal wrote it in another format (refreshStaleSearchIndex): every path that prepares a
 * database comes through here.
 */
export async function importBundledRegister(connectionString: string, root = process.cwd()): Promise<RegisterReport> {
  const report = await importRegisterFile(connectionString, path.join(root, BUNDLED_REGISTER), `bundled: ${BUNDLED_REGISTER}`);
  await withClient(connectionString, refreshStaleSearchIndex);
  return report;
}
