import { beforeEach, describe, expect, it } from "vitest";
import { Forbidden, loadPrincipal, type Principal } from "@/server/auth/principal";
import { changePartnershipStage } from "@/server/partnerships/stage";
import { getPartnershipDetails } from "@/server/partnerships/details";
import { listMyPartnerships } from "@/server/partnerships/mine";
import { StageChanged } from "@/server/partnerships/errors";
import { db, resetDatabase } from "../support/database";
import { createEuMunicipality, createHromada } from "../support/fixtures";
import { addMembership, createUser } from "../support/accounts";
import { raceIt } from "../support/race";

type Who = "editorLviv" | "staffSindelfingen" | "editorStryi" | "staffGoteborg" | "coordinator" | "admin";
let users: Record<Who, string>;
let partnership: number;

async function principal(userId: string): Promise<Principal> {
  const p = await loadPrincipal(userId);
  if (!p) throw new Error(`no user ${userId}`);
  return p;
}

const stageNow = async () => (await db().partnership.findUniqueOrThrow({ where: { id: partnership } })).stage;
const counts = async () => ({
  stage: await stageNow(),
  events: await db().partnershipStageEvent.count(),
  outbox: await db().outboxMessage.count(),
  allowed: await db().auditEvent.count({ where: { outcome: "ALLOWED" } }),
});

beforeEach(async () => {
  await resetDatabase();
  const lviv = await createHromada({ slug: "lviv", nameEn: "Lviv", nameUk: "Львів", region: "lviv", population: 717803 });
  const stryi = await createHromada({ slug: "stryi", nameEn: "Stryi", nameUk: "Стрий", region: "lviv", population: 59000 });
  const sindelfingen = await createEuMunicipality("sindelfingen", "Sindelfingen", "DE");
  const goteborg = await createEuMunicipality("goteborg", "Göteborg", "SE");
  users = {
    editorLviv: await createUser("editor.lviv@example.org"),
    staffSindelfingen: await createUser("staff.sindelfingen@example.org"),
    editorStryi: await createUser("editor.stryi@example.org"),
    staffGoteborg: await createUser("staff.goteborg@example.org"),
    coordinator: await createUser("coordinator@example.org", "COORDINATOR"),
    admin: await createUser("admin@example.org", "ADMINISTRATOR"),
  };
  await addMembership(users.editorLviv, lviv);
  await addMembership(users.staffSindelfingen, sindelfingen);
  await addMembership(users.editorStryi, stryi);
  await addMembership(users.staffGoteborg, goteborg);
  // Stryi and Göteborg are partners too: their people are partners, but not of this partnership.
  await db().partnership.create({ data: { ukrainianMunicipalityId: stryi, euMunicipalityId: goteborg, since: new Date("2024-01-01") } });
  partnership = (
    await db().partnership.create({
      data: { ukrainianMunicipalityId: lviv, euMunicipalityId: sindelfingen, since: new Date("2022-06-01"), stage: "IN_CONTACT" },
    })
  ).id;
});

describe("moving a partnership's stage", () => {
  it("by the Ukrainian side's editor: stage, history, audit line and notices to the other side and the coordinators, together", async () => {
    const result = await changePartnershipStage(
      await principal(users.editorLviv),
      partnership,
      "AGREEMENT_SIGNED",
      "  Signed in Sindelfingen on 3 May.  ",
      "IN_CONTACT",
    );
    expect(result).toEqual({ stage: "AGREEMENT_SIGNED" });
    expect(await stageNow()).toBe("AGREEMENT_SIGNED");
    expect(
      await db().partnershipStageEvent.findMany({ select: { partnershipId: true, actorUserId: true, fromStage: true, toStage: true, note: true } }),
    ).toEqual([
      {
        partnershipId: partnership,
        actorUserId: users.editorLviv,
        fromStage: "IN_CONTACT",
        toStage: "AGREEMENT_SIGNED",
        note: "Signed in Sindelfingen on 3 May.",
      },
    ]);
    expect(
      await db().auditEvent.findMany({
        where: { action: "partnership.changeStage" },
        select: { outcome: true, actorUserId: true, objectType: true, objectId: true, detail: true },
      }),
    ).toEqual([
      {
        outcome: "ALLOWED",
        actorUserId: users.editorLviv,
        objectType: "partnership",
        objectId: String(partnership),
        detail: { from: "IN_CONTACT", to: "AGREEMENT_SIGNED" },
      },
    ]);
    const outbox = await db().outboxMessage.findMany({ orderBy: { to: "asc" }, select: { to: true, subject: true, text: true } });
    // The EU side and the coordinator; not the actor, not the other partnership's people, not the administrator.
    expect(outbox.map((m) => m.to)).toEqual(["coordinator@example.org", "staff.sindelfingen@example.org"]);
    expect(outbox[1].subject).toContain("Agreement signed");
    expect(outbox[1].text).toContain("Signed in Sindelfingen on 3 May.");
  });

  it("by the EU side's staff: the Ukrainian editor is told, in Ukrainian", async () => {
    await changePartnershipStage(await principal(users.staffSindelfingen), partnership, "LETTER_OF_INTENT", "", "IN_CONTACT");
    expect(await stageNow()).toBe("LETTER_OF_INTENT");
    const toEditor = await db().outboxMessage.findFirstOrThrow({ where: { to: "editor.lviv@example.org" } });
    expect(toEditor.subject).toContain("Лист про наміри");
    expect(await db().outboxMessage.count({ where: { to: "staff.sindelfingen@example.org" } })).toBe(0);
  });

  it("by a coordinator: both sides are told; they may also reopen an ended partnership, which its partners may not", async () => {
    await changePartnershipStage(await principal(users.coordinator), partnership, "ENDED", null, "IN_CONTACT");
    expect((await db().outboxMessage.findMany({ orderBy: { to: "asc" } })).map((m) => m.to)).toEqual([
      "editor.lviv@example.org",
      "staff.sindelfingen@example.org",
    ]);
    const before = await counts();
    await expect(changePartnershipStage(await principal(users.editorLviv), partnership, "IN_CONTACT", "", "ENDED")).rejects.toMatchObject({
      code: "endedIsFinal",
    });
    expect(await counts()).toEqual(before);
    await changePartnershipStage(await principal(users.admin), partnership, "IN_CONTACT", "Reopened after a call.", "ENDED");
    expect(await stageNow()).toBe("IN_CONTACT");
  });

  for (const who of ["editorStryi", "staffGoteborg"] as const) {
    it(`refuses ${who} (a partner, but not of this partnership): nothing written but a REFUSED audit line`, async () => {
      const before = await counts();
      await expect(changePartnershipStage(await principal(users[who]), partnership, "LETTER_OF_INTENT", "", "IN_CONTACT")).rejects.toBeInstanceOf(Forbidden);
      expect(await counts()).toEqual(before);
      expect(await db().auditEvent.findMany({ where: { outcome: "REFUSED" }, select: { action: true, actorUserId: true, objectId: true } })).toEqual([
        { action: "partnership.changeStage", actorUserId: users[who], objectId: String(partnership) },
      ]);
    });
  }

  it("refuses the signed-out, telling the caller to sign in; an unknown partnership is refused to a partner and not found for a coordinator", async () => {
    await expect(changePartnershipStage(null, partnership, "LETTER_OF_INTENT", "", "IN_CONTACT")).rejects.toMatchObject({ signedIn: false });
    await expect(changePartnershipStage(await principal(users.editorLviv), 999999, "LETTER_OF_INTENT", "", "IN_CONTACT")).rejects.toBeInstanceOf(Forbidden);
    await expect(changePartnershipStage(await principal(users.coordinator), 999999, "LETTER_OF_INTENT", "", "IN_CONTACT")).rejects.toMatchObject({
      code: "notFound",
    });
    expect(await stageNow()).toBe("IN_CONTACT");
  });

  it.each([
    ["an unknown stage", "SIGNED", "IN_CONTACT", "invalidStage"],
    ["an unknown expected stage", "LETTER_OF_INTENT", "nonsense", "invalidStage"],
    ["the stage it is at", "IN_CONTACT", "IN_CONTACT", "sameStage"],
    ["two stages back", "INTRODUCED", "LETTER_OF_INTENT", "backTooFar"],
  ])("rejects %s with its own error and writes nothing", async (_what, to, expected, code) => {
    if (expected === "LETTER_OF_INTENT") await db().partnership.update({ where: { id: partnership }, data: { stage: "LETTER_OF_INTENT" } });
    const before = await counts();
    await expect(changePartnershipStage(await principal(users.editorLviv), partnership, to, "", expected)).rejects.toMatchObject({ code });
    expect(await counts()).toEqual(before);
  });

  it("rejects a note over 1,000 characters, and allows one step back to correct a mistake", async () => {
    const editor = await principal(users.editorLviv);
    await expect(changePartnershipStage(editor, partnership, "LETTER_OF_INTENT", "x".repeat(1001), "IN_CONTACT")).rejects.toMatchObject({
      code: "noteTooLong",
      field: "note",
    });
    expect(await db().partnershipStageEvent.count()).toBe(0);
    await changePartnershipStage(editor, partnership, "INTRODUCED", "Wrong click, not in contact yet.", "IN_CONTACT");
    expect(await stageNow()).toBe("INTRODUCED");
  });

  raceIt("two people moving it at once from the same stage: exactly one wins, the other is told where it is now", async () => {
    const [editor, staff] = await Promise.all([principal(users.editorLviv), principal(users.staffSindelfingen)]);
    const results = await Promise.allSettled([
      changePartnershipStage(editor, partnership, "LETTER_OF_INTENT", "", "IN_CONTACT"),
      changePartnershipStage(staff, partnership, "ENDED", "", "IN_CONTACT"),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toBeInstanceOf(StageChanged);
    const winner = (won[0] as PromiseFulfilledResult<{ stage: string }>).value.stage;
    expect(lost[0].reason).toMatchObject({ current: winner });
    expect(await stageNow()).toBe(winner);
    expect(await db().partnershipStageEvent.count()).toBe(1);
    expect(await db().auditEvent.count({ where: { action: "partnership.changeStage", outcome: "ALLOWED" } })).toBe(1);
    expect(await db().auditEvent.count({ where: { action: "partnership.changeStage", outcome: "FAILED" } })).toBe(1);
  });
});

describe("the partnership's page and the account list", () => {
  it("shows the history to everyone, but who moved it and the note only to those who may move it", async () => {
    await changePartnershipStage(await principal(users.editorLviv), partnership, "LETTER_OF_INTENT", "Mayor X agreed in principle.", "IN_CONTACT");
    const anonymous = await getPartnershipDetails(null, partnership);
    expect(anonymous).toMatchObject({ stage: "LETTER_OF_INTENT", mayChange: false, moves: [] });
    expect(anonymous!.history).toEqual([expect.objectContaining({ from: "IN_CONTACT", to: "LETTER_OF_INTENT", note: undefined, actor: undefined })]);
    expect(JSON.stringify(anonymous)).not.toContain("Mayor X");
    const stranger = await getPartnershipDetails(await principal(users.editorStryi), partnership);
    expect(stranger!.mayChange).toBe(false);
    expect(JSON.stringify(stranger)).not.toContain("Mayor X");
    const partner = await getPartnershipDetails(await principal(users.staffSindelfingen), partnership);
    expect(partner!.history[0]).toMatchObject({ note: "Mayor X agreed in principle.", actor: "editor.lviv" });
    expect(partner!.moves).toEqual(["IN_CONTACT", "AGREEMENT_SIGNED", "JOINT_PROJECT", "FUNDED", "ENDED"]);
    expect(await getPartnershipDetails(null, 999999)).toBeNull();
  });

  it("lists a person's own partnerships only", async () => {
    expect((await listMyPartnerships(await principal(users.editorLviv))).map((p) => p.id)).toEqual([partnership]);
    expect(await listMyPartnerships(await principal(users.coordinator))).toEqual([]);
    expect(await listMyPartnerships(null)).toEqual([]);
  });

  it("shows the public the confirmed course, without a corrected step; the partners and coordinators every move", async () => {
    const editor = await principal(users.editorLviv);
    await changePartnershipStage(editor, partnership, "LETTER_OF_INTENT", "", "IN_CONTACT");
    await changePartnershipStage(editor, partnership, "IN_CONTACT", "Too early: no letter yet.", "LETTER_OF_INTENT");
    await changePartnershipStage(editor, partnership, "AGREEMENT_SIGNED", "", "IN_CONTACT");
    const moves = (d: Awaited<ReturnType<typeof getPartnershipDetails>>) => d!.history.map((e) => `${e.from}→${e.to}`);
    expect(moves(await getPartnershipDetails(null, partnership))).toEqual(["IN_CONTACT→AGREEMENT_SIGNED"]);
    expect(moves(await getPartnershipDetails(await principal(users.editorStryi), partnership))).toEqual(["IN_CONTACT→AGREEMENT_SIGNED"]);
    const full = ["IN_CONTACT→LETTER_OF_INTENT", "LETTER_OF_INTENT→IN_CONTACT", "IN_CONTACT→AGREEMENT_SIGNED"];
    expect(moves(await getPartnershipDetails(await principal(users.coordinator), partnership))).toEqual(full);
    expect(moves(await getPartnershipDetails(await principal(users.staffSindelfingen), partnership))).toEqual(full);
  });
});
