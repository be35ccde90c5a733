import { beforeEach, describe, expect, it } from "vitest";
import { setNetworkRole } from "@/server/accounts/roles";
import { DomainError } from "@/server/errors";
import { db, resetDatabase } from "../support/database";

beforeEach(resetDatabase);

const code = (promise: Promise<unknown>) =>
  promise.then(
    () => "no error",
    (e: unknown) => (e instanceof DomainError ? e.code : String(e)),
  );

describe("admin:grant (setNetworkRole)", () => {
  it("makes the first administrator of an empty database: the account is created with the role, audited", async () => {
    const result = await setNetworkRole(db(), "  First.Admin@Example.org ", "ADMINISTRATOR", null);
    expect(result).toMatchObject({ created: true, previous: null });
    expect(await db().user.findUnique({ where: { email: "first.admin@example.org" }, select: { role: true } })).toEqual({ role: "ADMINISTRATOR" });
    const audit = await db().auditEvent.findMany({ select: { action: true, objectId: true, actorUserId: true, detail: true } });
    expect(audit).toEqual([
      { action: "role.grant", objectId: result.userId, actorUserId: null, detail: { role: "ADMINISTRATOR", previous: null, via: "command line" } },
    ]);
  });

  it("gives an existing person a role, and takes it back", async () => {
    const user = await db().user.create({ data: { email: "staff@uppsala.example" } });
    await setNetworkRole(db(), "staff@uppsala.example", "COORDINATOR", null);
    expect((await db().user.findUnique({ where: { id: user.id } }))!.role).toBe("COORDINATOR");
    const back = await setNetworkRole(db(), "staff@uppsala.example", null, null);
    expect(back).toMatchObject({ created: false, previous: "COORDINATOR" });
    expect((await db().user.findUnique({ where: { id: user.id } }))!.role).toBeNull();
    expect((await db().auditEvent.findMany({ orderBy: { id: "asc" }, select: { action: true } })).map((a) => a.action)).toEqual(["role.grant", "role.revoke"]);
  });

  it("never leaves the network without an administrator, and refuses a bad address; neither changes anything", async () => {
    await setNetworkRole(db(), "only@example.org", "ADMINISTRATOR", null);
    expect(await code(setNetworkRole(db(), "only@example.org", "COORDINATOR", null))).toBe("lastAdministrator");
    expect(await code(setNetworkRole(db(), "not an address", "COORDINATOR", null))).toBe("email");
    expect(await db().user.count()).toBe(1);
    expect((await db().user.findFirst())!.role).toBe("ADMINISTRATOR");
    // With a second administrator, the first may step down.
    await setNetworkRole(db(), "second@example.org", "ADMINISTRATOR", null);
    expect(await code(setNetworkRole(db(), "only@example.org", "COORDINATOR", null))).toBe("no error");
  });
});
