import { beforeEach, describe, expect, it } from "vitest";
import { Forbidden, loadPrincipal, type Principal } from "@/server/auth/principal";
import { listAuditEvents } from "@/server/audit/read";
import { ANONYMOUS_REFUSALS_PER_HOUR, recordAudit } from "@/server/audit/record";
import { ANONYMOUS_REFUSALS_CAPPED, parseAuditFilter } from "@/lib/audit-filter";
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
const read = async (who: keyof typeof users, params: Record<string, string> = {}) => listAuditEvents(await principal(users[who]), parseAuditFilter(params).filter);

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
        ["partnership.changeStage", "ALLOWED", { kind: "person", name: "editor.lviv", email: "editor.lviv@example.org" }],
        ["auth.signIn", "ALLOWED", { kind: "deleted" }],
        ["auth.requestLink", "REFUSED", { kind: "anonymous" }],
      ]);
      expect(log.rows[0]).toMatchObject({ objectType: "partnership", objectId: String(partnership) });
    }
  });

  it("filters by action, outcome and days, and ignores what it cannot use", async () => {
    await changePartnershipStage(await principal(users.editor), partnership, "LETTER_OF_INTENT", "", "INTRODUCED");
    await expect(changePartnershipStage(await principal(users.admin), partnership, "LETTER_OF_INTENT", "", "INTRODUCED")).rejects.toMatchObject({ code: "stageChanged" });
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
  // Anyone can post to a server action without signing in; each refusal would be a row kept for
  // good. They are listed one by one up to a bound per hour, network-wide.
  const hour = new Date("2026-11-29T10:00:00Z");
  const refuseAnonymous = (now: Date, objectId = "1") =>
    recordAudit(db(), { actorUserId: null, action: "profile.edit", objectType: "municipality", objectId, outcome: "REFUSED" }, now);

  it("lists them up to the hour's bound, then one line that counts the rest of the hour", async () => {
    const limit = ANONYMOUS_REFUSALS_PER_HOUR;
    for (let i = 0; i < limit + 50; i++) await refuseAnonymous(new Date(hour.getTime() + i * 1000), String(i));
    expect(await db().auditEvent.count({ where: { action: "profile.edit", actorUserId: null } })).toBe(limit);
    const capped = await db().auditEvent.findMany({ where: { action: ANONYMOUS_REFUSALS_CAPPED }, select: { outcome: true, actorUserId: true, detail: true } });
    expect(capped).toEqual([{ outcome: "REFUSED", actorUserId: null, detail: { perHour: limit, notListed: 50 } }]);
    // The coordinators read it in words, like every other line.
    const log = await read("coordinator", { action: ANONYMOUS_REFUSALS_CAPPED });
    expect(log.rows.map((r) => [r.action, r.actor])).toEqual([[ANONYMOUS_REFUSALS_CAPPED, { kind: "anonymous" }]]);

    // A signed-in person's refusal is still listed, with their account.
    await expect(setProfilePublished(await principal(users.staff), "lviv", false)).rejects.toBeInstanceOf(Forbidden);
    expect(await db().auditEvent.count({ where: { action: "profile.publish", actorUserId: users.staff, outcome: "REFUSED" } })).toBe(1);

    // The next hour lists them again.
    await refuseAnonymous(new Date(hour.getTime() + 60 * 60 * 1000), "next-hour");
    expect(await db().auditEvent.count({ where: { action: "profile.edit", objectId: "next-hour" } })).toBe(1);
  }, 60_000);
});
