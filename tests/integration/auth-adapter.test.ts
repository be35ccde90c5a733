import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { portalAdapter } from "@/server/auth/adapter";
import { db, resetDatabase } from "../support/database";

// Auth.js deletes the session named by the browser's cookie when a person signs in by a magic link
// or signs out. A cookie whose session is already gone must not stop them signing in.
describe("the sign-in adapter", () => {
  let userId: string;
  beforeAll(async () => {
    await resetDatabase();
    userId = (await db().user.create({ data: { email: `adapter.${randomUUID()}@example.org` } })).id;
  });

  it("deletes a session and hands it back, so that signing out is audited for its person", async () => {
    const sessionToken = `token-${randomUUID()}`;
    await db().session.create({ data: { sessionToken, userId, expires: new Date(Date.now() + 86_400_000) } });
    const deleted = await portalAdapter(db()).deleteSession!(sessionToken);
    expect(deleted).toMatchObject({ sessionToken, userId });
    expect(await db().session.count({ where: { sessionToken } })).toBe(0);
  });

  it("answers null for a session already gone, rather than failing the sign-in", async () => {
    await expect(portalAdapter(db()).deleteSession!(`gone-${randomUUID()}`)).resolves.toBeNull();
  });

  it("lets two requests delete one session at the same moment, both without error", async () => {
    const sessionToken = `token-${randomUUID()}`;
    await db().session.create({ data: { sessionToken, userId, expires: new Date(Date.now() + 86_400_000) } });
    const adapter = portalAdapter(db());
    // Neither throws (the stock adapter's second delete did, and the sign-in showed "Configuration").
    await expect(Promise.all([adapter.deleteSession!(sessionToken), adapter.deleteSession!(sessionToken)])).resolves.toHaveLength(2);
    expect(await db().session.count({ where: { sessionToken } })).toBe(0);
  });
});
