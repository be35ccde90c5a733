import { beforeEach, describe, expect, it } from "vitest";
import { Forbidden, loadPrincipal, type Principal } from "@/server/auth/principal";
import { listAuditEvents } from "@/server/audit/read";
import { ACCOUNT_REFUSALS_PER_HOUR, ANONYMOUS_REFUSALS_PER_HOUR, recordAudit } from "@/server/audit/record";
import { ACCOUNT_REFUSALS_CAPPED, ANONYMOUS_REFUSALS_CAPPED, parseAuditFilter } from "@/lib/audit-filter";
import { changePartnershipStage } from "@/server/partnerships/stage";
import { setProfilePublished } from "@/server/municipalities/editor/publication";
import { db, resetDatabase } from "../support/database";
import { createEuMunicipality, createHromada } from "../support/fixtures";
import { addMembership, createUser } from "../support/accounts";

let users: Record<"editor" | "staff" | "coordinator" | "admin" | "leaver", string>;
let partnership: number;

async function principal(userId: string): Promise<Principal> {
  const p = await loadPrincipal(userId);
  if (!p) throw new Error(`no user ${userId}`);
  return p;
}
const read = async (who: keyof typeof users, params: Record<string, string> = {}) =>
  listAuditEvents(await principal(users[who]), parseAuditFilter(params).filter);

beforeEach(async () => {
  await resetDatabase();
  const lviv = await createHromada({ slug: "lviv", nameEn: "Lviv", nameUk: "Львів", region: "lviv", population: 717803 });
  const sindelfingen = await createEuMunicipality("sindelfingen", "Sindelfingen", "DE");
  users = {
    editor: await createUser("editor.lviv@example.org"),
    staff: await createUser("staff.sindelfingen@example.org"),
    coordinator: await createUser("coordinator@example.org", "COORDINATOR"),
    admin: await createUser("admin@example.org", "ADMINISTRATOR"),
    leaver: await createUser("leaver@example.org"),
  };
  await addMembership(users.editor, lviv);
  await addMembership(users.staff, sindelfingen);
  partnership = (await db().partnership.create({ data: { ukrainianMunicipalityId: lviv, euMunicipalityId: sindelfingen, since: new Date("2022-06-01") } })).id;
});

describe("reading the audit log", () => {
  for (const who of ["editor", "staff"] as const) {
    it(`refuses ${who} and audits the refusal`, async () => {
      await expect(read(who)).rejects.toBeInstanceOf(Forbidden);
      expect(await db().auditEvent.findMany({ select: { action: true, outcome: true, actorUserId: true } })).toEqual([
        { action: "audit.read", outcome: "REFUSED", actorUserId: users[who] },
      ]);
    });
  }

  it("refuses the signed-out, who are to sign in", async () => {
    await expect(listAuditEvents(null, { page: 1 })).rejects.toMatchObject({ signedIn: false });
  });

  it("shows coordinators and administrators the stage change, newest first, with the actor; anonymous and deleted accounts said as such", async () => {
    await recordAudit(db(), { actorUserId: null, action: "auth.requestLink", outcome: "REFUSED" });
    await recordAudit(db(), { actorUserId: users.leaver, action: "auth.signIn", objectType: "user", objectId: users.leaver, outcome: "ALLOWED" });
    await db().user.delete({ where: { id: users.leaver } });
    await changePartnershipStage(await principal(users.editor), partnership, "LETTER_OF_INTENT", "", "INTRODUCED");
    for (const who of ["coordinator", "admin"] as const) {
      const log = await read(who);
      expect(log.rows.map((r) => [r.action, r.outcome, r.actor])).toEqual([
        ["partnership.proposeStage", "ALLOWED", { kind: "person", name: "editor.lviv", jobTitle: null, email: "editor.lviv@example.org" }],
        ["auth.signIn", "ALLOWED", { kind: "deleted" }],
        ["auth.requestLink", "REFUSED", { kind: "anonymous" }],
      ]);
      expect(log.rows[0]).toMatchObject({ objectType: "partnership", objectId: String(partnership) });
    }
  });

  it("filters by action, outcome and days, and ignores what it cannot use", async () => {
    await changePartnershipStage(await principal(users.coordinator), partnership, "LETTER_OF_INTENT", "", "INTRODUCED");
    await expect(changePartnershipStage(await principal(users.admin), partnership, "LETTER_OF_INTENT", "", "INTRODUCED")).rejects.toMatchObject({
      code: "stageChanged",
    });
    await expect(read("staff")).rejects.toBeInstanceOf(Forbidden);
    const old = await db().auditEvent.create({ data: { action: "auth.signIn", outcome: "ALLOWED", at: new Date("2026-01-10T21:30:00Z") } });

    const byAction = await read("coordinator", { action: "partnership.changeStage" });
    expect(byAction.rows.map((r) => r.outcome)).toEqual(["FAILED", "ALLOWED"]);
    expect((await read("coordinator", { action: "partnership.changeStage", outcome: "ALLOWED" })).total).toBe(1);
    expect((await read("coordinator", { outcome: "REFUSED" })).rows.map((r) => r.action)).toEqual(["audit.read"]);
    // 21:30 UTC on 10 January is 23:30 on the 10th in Kyiv: the day is Kyiv's.
    expect((await read("coordinator", { from: "2026-01-10", to: "2026-01-10" })).rows.map((r) => r.id)).toEqual([old.id]);
    expect((await read("coordinator", { from: "2026-01-11", to: "2026-01-11" })).total).toBe(0);
    expect((await read("coordinator", { to: "2026-01-09" })).total).toBe(0);

    const parsed = parseAuditFilter({ action: "drop table;", outcome: "MAYBE", from: "2026-02-30", to: "yesterday", page: "0" });
    expect(parsed.ignored).toEqual(["action", "outcome", "from", "to", "page"]);
    expect(parsed.filter).toEqual({ page: 1 });
    expect(parseAuditFilter({ from: "2026-03-01", to: "2026-02-01" })).toEqual({ filter: { page: 1 }, ignored: ["range"] });
    // Ignored filters show the whole log, never an error.
    expect((await listAuditEvents(await principal(users.coordinator), parsed.filter)).total).toBe(await db().auditEvent.count());
  });
});

describe("what is audited", () => {
  it("taking a profile out of the catalogue (profile.publish) is audited with who did it", async () => {
    await db().municipality.update({ where: { slug: "lviv" }, data: { status: "DRAFT" } });
    await setProfilePublished(await principal(users.coordinator), "lviv", false);
    expect(await db().auditEvent.findMany({ where: { action: "profile.publish" }, select: { outcome: true, actorUserId: true, byAccount: true } })).toEqual([
      { outcome: "ALLOWED", actorUserId: users.coordinator, byAccount: true },
    ]);
  });
});

describe("refusals of callers not signed in", () => {
  // Anyone can post to a server action without signing in; each refusal would be a line kept for
  // good. They are listed one by one up to a bound per action and hour, network-wide.
  const refuseAnonymous = (action: string, objectId: string) =>
    recordAudit(db(), { actorUserId: null, action, objectType: "municipality", objectId, outcome: "REFUSED" });
  const listed = (action: string) => db().auditEvent.count({ where: { action, actorUserId: null } });

  beforeEach(async () => {
    // The bound counts by the database's hour: start well inside one.
    const [{ left }] = await db().$queryRaw<
      { left: number }[]
    >`SELECT extract(epoch FROM date_trunc('hour', now()) + interval '1 hour' - now())::float8 AS left`;
    if (left < 30) await new Promise((resolve) => setTimeout(resolve, (left + 1) * 1000));
  }, 40_000);

  it("lists them up to the hour's bound per action, then one line counts the rest; other actions and signed-in refusals are still listed", async () => {
    const limit = ANONYMOUS_REFUSALS_PER_HOUR;
    for (let i = 0; i < limit + 50; i++) await refuseAnonymous("profile.edit", String(i));
    expect(await listed("profile.edit")).toBe(limit);
    const counting = await db().auditEvent.findMany({
      where: { action: ANONYMOUS_REFUSALS_CAPPED },
      select: { outcome: true, actorUserId: true, detail: true },
    });
    expect(counting).toEqual([{ outcome: "REFUSED", actorUserId: null, detail: { action: "profile.edit", perHour: limit, notListed: 50 } }]);

    // Flooding one action hides no other.
    await refuseAnonymous("profile.publish", "1");
    expect(await listed("profile.publish")).toBe(1);
    // A signed-in person's refusal is listed, with their account, through a real refusal.
    await expect(setProfilePublished(await principal(users.staff), "lviv", false)).rejects.toBeInstanceOf(Forbidden);
    expect(await db().auditEvent.count({ where: { action: "profile.publish", actorUserId: users.staff, outcome: "REFUSED" } })).toBe(1);

    // The coordinators read the counting line in words, with its count.
    const log = await read("coordinator", { action: ANONYMOUS_REFUSALS_CAPPED });
    expect(log.rows.map((r) => [r.action, r.actor, r.notListed])).toEqual([
      [ANONYMOUS_REFUSALS_CAPPED, { kind: "anonymous" }, { action: "profile.edit", count: 50 }],
    ]);

    // An hour later they are listed again.
    await db().$executeRaw`UPDATE audit_event SET at = at - interval '1 hour'`;
    await refuseAnonymous("profile.edit", "an hour later");
    expect(await db().auditEvent.count({ where: { action: "profile.edit", objectId: "an hour later" } })).toBe(1);
  }, 90_000);

  it("counts a refusal through authorize() like any other", async () => {
    // A signed-out caller's refusal of a real action goes through the same bound.
    await db().auditEvent.createMany({
      data: Array.from({ length: ANONYMOUS_REFUSALS_PER_HOUR }, (_, i) => ({ action: "profile.publish", outcome: "REFUSED" as const, objectId: String(i) })),
    });
    await expect(setProfilePublished(null, "lviv", false)).rejects.toBeInstanceOf(Forbidden);
    expect(await listed("profile.publish")).toBe(ANONYMOUS_REFUSALS_PER_HOUR);
    expect(await db().auditEvent.findFirst({ where: { action: ANONYMOUS_REFUSALS_CAPPED }, select: { detail: true } })).toEqual({
      detail: { action: "profile.publish", perHour: ANONYMOUS_REFUSALS_PER_HOUR, notListed: 1 },
    });
  });
});

describe("refusals of one signed-in account", () => {
  beforeEach(async () => {
    const [{ left }] = await db().$queryRaw<
      { left: number }[]
    >`SELECT extract(epoch FROM date_trunc('hour', now()) + interval '1 hour' - now())::float8 AS left`;
    if (left < 30) await new Promise((resolve) => setTimeout(resolve, (left + 1) * 1000));
  }, 40_000);

  it("are listed up to the hour's bound per action, through real refusals; then one line of that account counts the rest", async () => {
    const staff = await principal(users.staff);
    for (let i = 0; i < ACCOUNT_REFUSALS_PER_HOUR + 40; i++) {
      await expect(setProfilePublished(staff, "lviv", false)).rejects.toBeInstanceOf(Forbidden);
    }
    expect(await db().auditEvent.count({ where: { action: "profile.publish", actorUserId: users.staff } })).toBe(ACCOUNT_REFUSALS_PER_HOUR);
    expect(await db().auditEvent.findMany({ where: { action: ACCOUNT_REFUSALS_CAPPED }, select: { actorUserId: true, detail: true } })).toEqual([
      { actorUserId: users.staff, detail: { action: "profile.publish", perHour: ACCOUNT_REFUSALS_PER_HOUR, notListed: 40 } },
    ]);
    // Another account, and anonymous callers, are listed as before.
    await expect(setProfilePublished(await principal(users.editor), "sindelfingen", false)).rejects.toBeInstanceOf(Forbidden);
    expect(await db().auditEvent.count({ where: { action: "profile.publish", actorUserId: users.editor } })).toBe(1);
    await expect(setProfilePublished(null, "lviv", false)).rejects.toBeInstanceOf(Forbidden);
    expect(await db().auditEvent.count({ where: { action: "profile.publish", actorUserId: null } })).toBe(1);
  }, 90_000);
});
