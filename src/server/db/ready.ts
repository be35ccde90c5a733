import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { db } from "./client";

/** Whether the database answers within `timeoutMs`: a dead database must not hang the probe. */
export async function databaseReachable(timeoutMs = 2000, client: PrismaClient = db()): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([client.$queryRaw`SELECT 1`.then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
