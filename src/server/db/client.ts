import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/server/env";
import { reportDatabaseFailure, setDatabaseProbe } from "./availability";
import { embeddedDatabaseUrl } from "./embedded-url";

/**
 * How long opening one connection may take. A database that is down refuses at once; one that
 * is unreachable would otherwise hang every request until the operating system gives up.
 * Waiting for a free connection of the pool has no such limit: under load that wait is normal.
 */
const CONNECT_TIMEOUT_MS = 3000;

/**
 * Settings of the portal's database sessions (the load scripts use them too).
 * - No JIT: the catalogue's queries are short, and Postgres's cost estimate for the facet counts
 *   at 50,000 profiles crosses jit_above_cost: compiling took 0.7 s of a 1 s query.
 * - random_page_cost 1.1 (default 4, a spinning disk's): the profiles fit in memory or on SSD,
 *   where reading a page out of order costs little more than reading it in order. At 4, a search
 *   that matches a few thousand of 50,000 profiles ("Kyiv": its oblast) was planned as a
 *   sequential scan reading every profile's search text: 237 ms for the page, 407 ms for the
 *   filter counts; with 1.1 it uses the search indexes: 31 ms and 29 ms.
 * - TimeZone UTC: Prisma's pg adapter sends a time as UTC without an offset (prisma/orm#28629),
 *   and Postgres reads such a time in the session's time zone. On a server set to any other zone,
 *   every time the portal writes (`@default(now())` included: Prisma fills it in) was stored
 *   shifted by that zone's offset. The integration tests run on a database set to Asia/Kathmandu.
 */
export const SESSION_OPTIONS = "-c jit=off -c random_page_cost=1.1 -c TimeZone=UTC";

function databaseUrl(): string {
  const url = env.DATABASE_URL ?? embeddedDatabaseUrl();
  if (!url) throw new Error("No database: DATABASE_URL is unset and the embedded database has not started.");
  return url;
}

/** A connection that gives up connecting after CONNECT_TIMEOUT_MS and reports any failure. */
class WatchedClient extends pg.Client {
  constructor(config?: pg.ClientConfig) {
    super({ ...config, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    // Also keeps a connection lost while checked out from being an unhandled 'error' event.
    this.on("error", reportDatabaseFailure);
  }

  // @ts-expect-error pg's two overloads (callback, promise) as one implementation
  override connect(callback?: (error: Error | undefined) => void) {
    if (!callback) {
      return super.connect().catch((error: unknown) => {
        reportDatabaseFailure(error);
        throw error;
      });
    }
    return super.connect((error: Error | undefined) => {
      if (error) reportDatabaseFailure(error);
      callback(error);
    });
  }
}

function createClient(): PrismaClient {
  const connectionString = databaseUrl();
  // The embedded database is one Postgres session shared by every socket connection: statements
  // of two connections' transactions would interleave in it. One connection keeps each
  // transaction whole; the others wait for the pool.
  const max = env.DATABASE_URL ? env.DATABASE_POOL_SIZE : 1;
  const pool = new pg.Pool({ connectionString, max, options: SESSION_OPTIONS, Client: WatchedClient as unknown as typeof pg.Client });
  setDatabaseProbe(async () => {
    const probe = new pg.Client({ connectionString, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    probe.on("error", () => undefined);
    try {
      await probe.connect();
      await probe.query("SELECT 1");
    } finally {
      await probe.end().catch(() => undefined);
    }
  });
  const adapter = new PrismaPg(pool, { onPoolError: reportDatabaseFailure, onConnectionError: reportDatabaseFailure });
  return new PrismaClient({ adapter });
}

const holder = globalThis as unknown as { __c4cPrisma?: PrismaClient };

/** The one Prisma client of this process, created on first use. */
export function db(): PrismaClient {
  holder.__c4cPrisma ??= createClient();
  return holder.__c4cPrisma;
}
