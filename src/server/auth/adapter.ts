import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter } from "next-auth/adapters";
import type { PrismaClient } from "@/generated/prisma/client";

/**
 * Auth.js's Prisma adapter, with one difference: deleting a session that is already gone returns
 * null instead of throwing. Auth.js deletes the session named by the browser's cookie when a
 * person signs in by a magic link, and when they sign out; the row may already be gone (signed out
 * in another tab at the same moment, ended by an erasure or a removed membership, purged after
 * expiry). The stock adapter's `delete` then throws and Auth.js shows "Configuration" instead of
 * signing the person in.
 */
export function portalAdapter(client: PrismaClient): Adapter {
  const base = PrismaAdapter(client);
  return {
    ...base,
    async deleteSession(sessionToken) {
      const [session] = await client.session.findMany({ where: { sessionToken }, take: 1 });
      if (!session) return null;
      const { count } = await client.session.deleteMany({ where: { sessionToken } });
      return count === 1 ? session : null;
    },
  };
}
