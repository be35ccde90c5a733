import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/server/env";
import { embeddedDatabaseUrl } from "./embedded-url";

function databaseUrl(): string {
  const url = env.DATABASE_URL ?? embeddedDatabaseUrl();
  if (!url) throw new Error("No database: DATABASE_URL is unset and the embedded database has not started.");
  return url;
}

function createClient(): PrismaClient {
  // The embedded database is one Postgres session shared by every socket connection: statements
  // of two connections' transactions would interleave in it. One connection keeps each
  // transaction whole; the others wait for the pool.
  const max = env.DATABASE_URL ? env.DATABASE_POOL_SIZE : 1;
  // No JIT: the catalogue's queries are short, and Postgres's cost estimate for the facet counts
  // at 50,000 profiles crosses jit_above_cost: compiling took 0.7 s of a 1 s query.
  const adapter = new PrismaPg({ connectionString: databaseUrl(), max, options: "-c jit=off" });
  return new PrismaClient({ adapter });
}

const holder = globalThis as unknown as { __c4cPrisma?: PrismaClient };

/** The one Prisma client of this process, created on first use. */
export function db(): PrismaClient {
  holder.__c4cPrisma ??= createClient();
  return holder.__c4cPrisma;
}
