import { createServer } from "node:net";
import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { databaseReachable } from "@/server/db/ready";

describe("readiness", () => {
  it("reports the test database as reachable", async () => {
    expect(await databaseReachable()).toBe(true);
  });

  it("reports a database that does not answer as unreachable, within its timeout", async () => {
    // A port that accepts connections and never speaks: the worst case, a hung database.
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as { port: number };
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: `postgresql://x@127.0.0.1:${port}/x`, connectionTimeoutMillis: 10_000 }) });
    const started = Date.now();
    expect(await databaseReachable(500, client)).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
    silent.close();
  });
});
