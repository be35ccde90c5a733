import { beforeEach, describe, expect, it } from "vitest";
import { Forbidden, loadPrincipal, type Principal } from "@/server/auth/principal";
import { changePartnershipStage, decideStageProposal, withdrawStageProposal } from "@/server/partnerships/stage";
import { getPartnershipDetails } from "@/server/partnerships/details";
import { listMyPartnerships } from "@/server/partnerships/mine";
import { listActivePartnerships } from "@/server/partnerships/registry";
import { allPartnerships } from "@/server/open-data/partnerships";
import type { StageOutcome } from "@/server/partnerships/stage-transition";
import { ProposalClosed, ProposalOpen, StageChanged } from "@/server/partnerships/errors";
import { db, resetDatabase } from "../support/database";
import { createEuMunicipality, createHromada } from "../support/fixtures";
import { addMembership, createUser } from "../support/accounts";
import { raceIt } from "../support/race";

type Who = "editorLviv" | "editorLviv2" | "staffSindelfingen" | "editorStryi" | "staffGoteborg" | "coordinator" | "admin";
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
  proposals: await db().stageProposal.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
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
    editorLviv2: await createUser("second.editor.lviv@example.org"),
    staffSindelfingen: await createUser("staff.sindelfingen@example.org"),
    editorStryi: await createUser("editor.stryi@example.org"),
    staffGoteborg: await createUser("staff.goteborg@example.org"),
    coordinator: await createUser("coordinator@example.org", "COORDINATOR"),
    admin: await createUser("admin@example.org", "ADMINISTRATOR"),
  };
  await addMembership(users.editorLviv, lviv);
  await addMembership(users.editorLviv2, lviv);
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

const ORIGIN = "https://portal.example.org";
const propose = async (who: Who, to: string, expected: string, note = "") =>
  changePartnershipStage(await principal(users[who]), partnership, to, note, expected, ORIGIN);
const confirm = async (who: Who, proposalId: number) => decideStageProposal(await principal(users[who]), proposalId, "confirm", "", ORIGIN);
const outboxTo = async () => (await db().outboxMessage.findMany({ orderBy: { to: "asc" }, select: { to: true } })).map((m) => m.to);
const audits = async (action: string) =>
  db().auditEvent.findMany({
    where: { action },
    orderBy: { id: "asc" },
    select: { outcome: true, actorUserId: true, objectType: true, objectId: true, detail: true },
  });

describe("a partner's stage change is a proposal the other side confirms", () => {
  it("the Ukrainian side proposes, nothing moves yet and the EU side is asked; the EU side confirms: stage, history, audit and notices together", async () => {
    const proposed = await propose("editorLviv", "AGREEMENT_SIGNED", "IN_CONTACT", "  Signed in Sindelfingen on 3 May.  ");
    expect(proposed).toEqual({ stage: "IN_CONTACT", proposalId: expect.any(Number) });
    const id = proposed.proposalId!;
    expect(await stageNow()).toBe("IN_CONTACT");
    expect(await db().partnershipStageEvent.count()).toBe(0);
    expect(await db().stageProposal.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "OPEN",
      side: "UKRAINIAN",
      fromStage: "IN_CONTACT",
      toStage: "AGREEMENT_SIGNED",
      note: "Signed in Sindelfingen on 3 May.",
      proposerUserId: users.editorLviv,
    });
    // Only the other side is asked, with a link to the page where it confirms or declines.
    const ask = await db().outboxMessage.findMany({ select: { to: true, subject: true, text: true } });
    expect(ask.map((m) => m.to)).toEqual(["staff.sindelfingen@example.org"]);
    expect(ask[0].subject).toContain("please confirm");
    expect(ask[0].text).toContain(`${ORIGIN}/en/partnerships/${partnership}#stage`);
    expect(ask[0].text).toContain("Signed in Sindelfingen on 3 May.");

    await db().outboxMessage.deleteMany();
    expect(await confirm("staffSindelfingen", id)).toEqual({ stage: "AGREEMENT_SIGNED", proposalId: id });
    expect(await stageNow()).toBe("AGREEMENT_SIGNED");
    expect(await db().partnershipStageEvent.findMany({ select: { actorUserId: true, fromStage: true, toStage: true, note: true, proposalId: true } })).toEqual([
      { actorUserId: users.editorLviv, fromStage: "IN_CONTACT", toStage: "AGREEMENT_SIGNED", note: "Signed in Sindelfingen on 3 May.", proposalId: id },
    ]);
    expect(await db().stageProposal.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "CONFIRMED",
      deciderUserId: users.staffSindelfingen,
      openPartnershipId: null,
    });
    expect(await audits("partnership.proposeStage")).toEqual([
      {
        outcome: "ALLOWED",
        actorUserId: users.editorLviv,
        objectType: "partnership",
        objectId: String(partnership),
        detail: { proposal: id, from: "IN_CONTACT", to: "AGREEMENT_SIGNED" },
      },
    ]);
    expect(await audits("partnership.decideStage")).toEqual([
      {
        outcome: "ALLOWED",
        actorUserId: users.staffSindelfingen,
        objectType: "partnership",
        objectId: String(partnership),
        detail: { proposal: id, decision: "confirmed", from: "IN_CONTACT", to: "AGREEMENT_SIGNED" },
      },
    ]);
    // The proposer's side (in Ukrainian) and the coordinators hear of the confirmed move; not the confirmer, not the administrator.
    expect(await outboxTo()).toEqual(["coordinator@example.org", "editor.lviv@example.org", "second.editor.lviv@example.org"]);
    expect((await db().outboxMessage.findFirstOrThrow({ where: { to: "editor.lviv@example.org" } })).subject).toContain("Угоду підписано");
  });

  it("the EU side proposes: the Ukrainian editors are asked, in Ukrainian; a coordinator may confirm it too", async () => {
    const { proposalId } = await propose("staffSindelfingen", "LETTER_OF_INTENT", "IN_CONTACT");
    const toEditor = await db().outboxMessage.findFirstOrThrow({ where: { to: "editor.lviv@example.org" } });
    expect(toEditor.subject).toContain("Лист про наміри");
    expect(await db().outboxMessage.count({ where: { to: { in: ["staff.sindelfingen@example.org", "coordinator@example.org"] } } })).toBe(0);
    await confirm("coordinator", proposalId!);
    expect(await stageNow()).toBe("LETTER_OF_INTENT");
  });

  it("the proposer's own side cannot confirm it (refused and audited), the proposer may withdraw it, and the other side is told", async () => {
    const { proposalId } = await propose("editorLviv", "LETTER_OF_INTENT", "IN_CONTACT");
    const id = proposalId!;
    const before = await counts();
    for (const who of ["editorLviv", "editorLviv2"] as const) {
      await expect(confirm(who, id)).rejects.toBeInstanceOf(Forbidden);
      await expect(decideStageProposal(await principal(users[who]), id, "decline", "No.")).rejects.toBeInstanceOf(Forbidden);
    }
    // Only the proposer withdraws: not their colleague, not the other side, not a coordinator.
    for (const who of ["editorLviv2", "staffSindelfingen", "coordinator"] as const) {
      await expect(withdrawStageProposal(await principal(users[who]), id)).rejects.toBeInstanceOf(Forbidden);
    }
    expect(await counts()).toEqual(before);
    expect((await audits("partnership.decideStage")).map((a) => [a.outcome, a.actorUserId, a.objectType, a.objectId])).toEqual([
      ["REFUSED", users.editorLviv, "stageProposal", String(id)],
      ["REFUSED", users.editorLviv, "stageProposal", String(id)],
      ["REFUSED", users.editorLviv2, "stageProposal", String(id)],
      ["REFUSED", users.editorLviv2, "stageProposal", String(id)],
    ]);
    await db().outboxMessage.deleteMany();
    await withdrawStageProposal(await principal(users.editorLviv), id, ORIGIN);
    expect(await db().stageProposal.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "WITHDRAWN", deciderUserId: users.editorLviv });
    expect(await stageNow()).toBe("IN_CONTACT");
    expect(await outboxTo()).toEqual(["staff.sindelfingen@example.org"]);
    // A withdrawn proposal cannot be confirmed afterwards.
    await expect(confirm("staffSindelfingen", id)).rejects.toBeInstanceOf(ProposalClosed);
    expect(await stageNow()).toBe("IN_CONTACT");
  });

  it("the other side declines with a reason (required): the proposer's side is told, the stage stays", async () => {
    const { proposalId } = await propose("editorLviv", "ENDED", "IN_CONTACT");
    const staff = await principal(users.staffSindelfingen);
    await expect(decideStageProposal(staff, proposalId!, "decline", "   ")).rejects.toMatchObject({ code: "reasonMissing", field: "reason" });
    await expect(decideStageProposal(staff, proposalId!, "decline", "x".repeat(1001))).rejects.toMatchObject({ code: "reasonTooLong" });
    await db().outboxMessage.deleteMany();
    await decideStageProposal(staff, proposalId!, "decline", "We still plan the summer exchange.", ORIGIN);
    expect(await stageNow()).toBe("IN_CONTACT");
    expect(await db().stageProposal.findUniqueOrThrow({ where: { id: proposalId! } })).toMatchObject({
      status: "DECLINED",
      reason: "We still plan the summer exchange.",
    });
    expect(await outboxTo()).toEqual(["editor.lviv@example.org", "second.editor.lviv@example.org"]);
    expect((await db().outboxMessage.findFirstOrThrow({ where: { to: "editor.lviv@example.org" } })).text).toContain("We still plan the summer exchange.");
    // Declined, a new proposal may be made.
    expect((await propose("editorLviv", "LETTER_OF_INTENT", "IN_CONTACT")).proposalId).toEqual(expect.any(Number));
  });

  for (const who of ["editorStryi", "staffGoteborg"] as const) {
    it(`refuses ${who} (a partner, but not of this partnership) proposing, confirming and withdrawing: nothing written but REFUSED audit lines`, async () => {
      const { proposalId } = await propose("editorLviv", "LETTER_OF_INTENT", "IN_CONTACT");
      const before = await counts();
      const stranger = await principal(users[who]);
      await expect(changePartnershipStage(stranger, partnership, "LETTER_OF_INTENT", "", "IN_CONTACT")).rejects.toBeInstanceOf(Forbidden);
      await expect(decideStageProposal(stranger, proposalId!, "confirm", "")).rejects.toBeInstanceOf(Forbidden);
      await expect(withdrawStageProposal(stranger, proposalId!)).rejects.toBeInstanceOf(Forbidden);
      expect(await counts()).toEqual(before);
      expect(
        await db().auditEvent.findMany({ where: { outcome: "REFUSED" }, orderBy: { id: "asc" }, select: { action: true, actorUserId: true, objectId: true } }),
      ).toEqual([
        { action: "partnership.proposeStage", actorUserId: users[who], objectId: String(partnership) },
        { action: "partnership.decideStage", actorUserId: users[who], objectId: String(proposalId) },
        { action: "stageProposal.withdrawOwn", actorUserId: users[who], objectId: String(proposalId) },
      ]);
    });
  }

  it("a coordinator's move takes effect at once and supersedes the open proposal, which can then not be confirmed", async () => {
    const { proposalId } = await propose("editorLviv", "LETTER_OF_INTENT", "IN_CONTACT");
    await db().outboxMessage.deleteMany();
    expect(await changePartnershipStage(await principal(users.coordinator), partnership, "ENDED", null, "IN_CONTACT")).toEqual({
      stage: "ENDED",
      proposalId: null,
    });
    expect(await stageNow()).toBe("ENDED");
    expect(await db().stageProposal.findUniqueOrThrow({ where: { id: proposalId! } })).toMatchObject({
      status: "SUPERSEDED",
      deciderUserId: users.coordinator,
    });
    expect((await audits("partnership.changeStage"))[0]).toMatchObject({
      outcome: "ALLOWED",
      detail: { from: "IN_CONTACT", to: "ENDED", superseded: proposalId },
    });
    expect(await outboxTo()).toEqual(["editor.lviv@example.org", "second.editor.lviv@example.org", "staff.sindelfingen@example.org"]);
    const before = await counts();
    await expect(confirm("staffSindelfingen", proposalId!)).rejects.toMatchObject({ code: "proposalClosed", status: "SUPERSEDED" });
    expect(await counts()).toEqual(before);
    expect((await audits("partnership.decideStage")).at(-1)).toMatchObject({ outcome: "FAILED", detail: { reason: "proposalClosed", proposal: proposalId } });
    // Ended is final for the partners, even as a proposal; a coordinator or administrator reopens it.
    await expect(propose("editorLviv", "IN_CONTACT", "ENDED")).rejects.toMatchObject({ code: "endedIsFinal" });
    await changePartnershipStage(await principal(users.admin), partnership, "IN_CONTACT", "Reopened after a call.", "ENDED");
    expect(await stageNow()).toBe("IN_CONTACT");
  });

  it("a confirmation when the stage moved meanwhile is refused, saying where it is now, and changes nothing", async () => {
    const { proposalId } = await propose("editorLviv", "AGREEMENT_SIGNED", "IN_CONTACT");
    // Moved by other means than a coordinator's move (a merge of municipalities, an import).
    await db().partnership.update({ where: { id: partnership }, data: { stage: "LETTER_OF_INTENT" } });
    const before = await counts();
    const refusal = confirm("staffSindelfingen", proposalId!);
    await expect(refusal).rejects.toBeInstanceOf(StageChanged);
    await expect(refusal).rejects.toMatchObject({ current: "LETTER_OF_INTENT" });
    expect(await counts()).toEqual(before);
    expect(await db().stageProposal.findUniqueOrThrow({ where: { id: proposalId! } })).toMatchObject({ status: "OPEN" });
  });

  it("one open proposal at a time: a second is refused, naming the one waiting", async () => {
    const { proposalId } = await propose("editorLviv", "LETTER_OF_INTENT", "IN_CONTACT");
    const second = propose("staffSindelfingen", "ENDED", "IN_CONTACT");
    await expect(second).rejects.toBeInstanceOf(ProposalOpen);
    await expect(second).rejects.toMatchObject({ open: { id: proposalId, to: "LETTER_OF_INTENT", proposer: "editor.lviv" } });
    expect(await db().stageProposal.count()).toBe(1);
  });

  it.each([
    ["an unknown stage", "SIGNED", "IN_CONTACT", "invalidStage"],
    ["an unknown expected stage", "LETTER_OF_INTENT", "nonsense", "invalidStage"],
    ["the stage it is at", "IN_CONTACT", "IN_CONTACT", "sameStage"],
    ["two stages back", "INTRODUCED", "LETTER_OF_INTENT", "backTooFar"],
  ])("rejects %s with its own error and writes nothing", async (_what, to, expected, code) => {
    if (expected === "LETTER_OF_INTENT") await db().partnership.update({ where: { id: partnership }, data: { stage: "LETTER_OF_INTENT" } });
    const before = await counts();
    await expect(propose("editorLviv", to, expected)).rejects.toMatchObject({ code });
    expect(await counts()).toEqual(before);
  });

  it("refuses the signed-out, telling the caller to sign in; an unknown partnership is refused to a partner and not found for a coordinator", async () => {
    await expect(changePartnershipStage(null, partnership, "LETTER_OF_INTENT", "", "IN_CONTACT")).rejects.toMatchObject({ signedIn: false });
    await expect(decideStageProposal(null, 1, "confirm", "")).rejects.toMatchObject({ signedIn: false });
    await expect(changePartnershipStage(await principal(users.editorLviv), 999999, "LETTER_OF_INTENT", "", "IN_CONTACT")).rejects.toBeInstanceOf(Forbidden);
    await expect(changePartnershipStage(await principal(users.coordinator), 999999, "LETTER_OF_INTENT", "", "IN_CONTACT")).rejects.toMatchObject({
      code: "notFound",
    });
    await expect(decideStageProposal(await principal(users.coordinator), 999999, "confirm", "")).rejects.toMatchObject({ code: "notFound" });
    expect(await stageNow()).toBe("IN_CONTACT");
  });

  it("rejects a note over 1,000 characters; a step back to correct a mistake is a proposal like any other", async () => {
    await expect(propose("editorLviv", "LETTER_OF_INTENT", "IN_CONTACT", "x".repeat(1001))).rejects.toMatchObject({ code: "noteTooLong", field: "note" });
    expect(await db().stageProposal.count()).toBe(0);
    const { proposalId } = await propose("editorLviv", "INTRODUCED", "IN_CONTACT", "Wrong click, not in contact yet.");
    expect(await stageNow()).toBe("IN_CONTACT");
    await confirm("staffSindelfingen", proposalId!);
    expect(await stageNow()).toBe("INTRODUCED");
  });

  raceIt("two proposals at once: exactly one is stored, the other is told which one won", async () => {
    const [editor, staff] = await Promise.all([principal(users.editorLviv), principal(users.staffSindelfingen)]);
    const results = await Promise.allSettled([
      changePartnershipStage(editor, partnership, "LETTER_OF_INTENT", "", "IN_CONTACT"),
      changePartnershipStage(staff, partnership, "ENDED", "", "IN_CONTACT"),
    ]);
    const won = results.filter((r): r is PromiseFulfilledResult<StageOutcome> => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toBeInstanceOf(ProposalOpen);
    expect(lost[0].reason).toMatchObject({ open: { id: won[0].value.proposalId } });
    expect(await db().stageProposal.findMany({ select: { id: true, status: true } })).toEqual([{ id: won[0].value.proposalId, status: "OPEN" }]);
    expect(await stageNow()).toBe("IN_CONTACT");
    expect(await db().auditEvent.count({ where: { action: "partnership.proposeStage", outcome: "ALLOWED" } })).toBe(1);
    expect(await db().auditEvent.count({ where: { action: "partnership.proposeStage", outcome: "FAILED" } })).toBe(1);
  });

  raceIt("a confirmation and a withdrawal at once: exactly one wins", async () => {
    const { proposalId } = await propose("editorLviv", "LETTER_OF_INTENT", "IN_CONTACT");
    const [editor, staff] = await Promise.all([principal(users.editorLviv), principal(users.staffSindelfingen)]);
    const results = await Promise.allSettled([decideStageProposal(staff, proposalId!, "confirm", ""), withdrawStageProposal(editor, proposalId!)]);
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toBeInstanceOf(ProposalClosed);
    const { status } = await db().stageProposal.findUniqueOrThrow({ where: { id: proposalId! } });
    expect(lost[0].reason).toMatchObject({ status });
    expect(await stageNow()).toBe(status === "CONFIRMED" ? "LETTER_OF_INTENT" : "IN_CONTACT");
    expect(await db().partnershipStageEvent.count()).toBe(status === "CONFIRMED" ? 1 : 0);
  });

  raceIt("two coordinators moving it at once from the same stage: exactly one wins, the other is told where it is now", async () => {
    const [coordinator, admin] = await Promise.all([principal(users.coordinator), principal(users.admin)]);
    const results = await Promise.allSettled([
      changePartnershipStage(coordinator, partnership, "LETTER_OF_INTENT", "", "IN_CONTACT"),
      changePartnershipStage(admin, partnership, "ENDED", "", "IN_CONTACT"),
    ]);
    const won = results.filter((r): r is PromiseFulfilledResult<StageOutcome> => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost[0].reason).toBeInstanceOf(StageChanged);
    expect(lost[0].reason).toMatchObject({ current: won[0].value.stage });
    expect(await db().partnershipStageEvent.count()).toBe(1);
  });
});

describe("the partnership's page and the account list", () => {
  it("shows the public confirmed stages only; the partners see the open proposal, with who and when", async () => {
    const { proposalId } = await propose("editorLviv", "LETTER_OF_INTENT", "IN_CONTACT", "Mayor X agreed in principle.");
    const anonymous = await getPartnershipDetails(null, partnership);
    expect(anonymous).toMatchObject({ stage: "IN_CONTACT", mayChange: false, moves: [], history: [], openProposal: null, closedProposals: [] });
    expect(JSON.stringify(anonymous)).not.toContain("Mayor X");
    const stranger = await getPartnershipDetails(await principal(users.editorStryi), partnership);
    expect(stranger).toMatchObject({ stage: "IN_CONTACT", mayChange: false, openProposal: null });
    // The registry and the open data API read the confirmed stage only.
    expect((await listActivePartnerships(1)).partnerships.find((r) => r.id === partnership)).toMatchObject({ stage: "IN_CONTACT" });
    expect((await allPartnerships()).find((r) => r.id === partnership)).toMatchObject({ stage: "in_contact" });
    const other = await getPartnershipDetails(await principal(users.staffSindelfingen), partnership);
    expect(other!.openProposal).toMatchObject({
      id: proposalId,
      to: "LETTER_OF_INTENT",
      proposer: "editor.lviv",
      note: "Mayor X agreed in principle.",
      proposedAt: expect.any(Date),
      mayDecide: true,
      mayWithdraw: false,
    });
    expect((await getPartnershipDetails(await principal(users.editorLviv), partnership))!.openProposal).toMatchObject({ mayDecide: false, mayWithdraw: true });
    expect((await getPartnershipDetails(await principal(users.editorLviv2), partnership))!.openProposal).toMatchObject({
      mayDecide: false,
      mayWithdraw: false,
    });

    await confirm("staffSindelfingen", proposalId!);
    const after = await getPartnershipDetails(null, partnership);
    expect(after).toMatchObject({ stage: "LETTER_OF_INTENT" });
    expect(after!.history).toEqual([
      expect.objectContaining({ from: "IN_CONTACT", to: "LETTER_OF_INTENT", note: undefined, actor: undefined, confirmedBy: undefined }),
    ]);
    const partner = await getPartnershipDetails(await principal(users.staffSindelfingen), partnership);
    expect(partner!.history[0]).toMatchObject({ note: "Mayor X agreed in principle.", actor: "editor.lviv", confirmedBy: "staff.sindelfingen" });
    expect(partner!.moves).toEqual(["IN_CONTACT", "AGREEMENT_SIGNED", "JOINT_PROJECT", "FUNDED", "ENDED"]);
    expect(await getPartnershipDetails(null, 999999)).toBeNull();
  });

  it("shows the members declined and withdrawn proposals with who and when; the public never", async () => {
    const first = await propose("editorLviv", "ENDED", "IN_CONTACT");
    await decideStageProposal(await principal(users.staffSindelfingen), first.proposalId!, "decline", "Not yet.");
    const second = await propose("staffSindelfingen", "LETTER_OF_INTENT", "IN_CONTACT");
    await withdrawStageProposal(await principal(users.staffSindelfingen), second.proposalId!);
    const members = await getPartnershipDetails(await principal(users.editorLviv), partnership);
    expect(members!.closedProposals.map((q) => [q.to, q.status, q.proposer, q.decider, q.reason, q.decidedAt instanceof Date])).toEqual([
      ["ENDED", "DECLINED", "editor.lviv", "staff.sindelfingen", "Not yet.", true],
      ["LETTER_OF_INTENT", "WITHDRAWN", "staff.sindelfingen", "staff.sindelfingen", null, true],
    ]);
    const anonymous = await getPartnershipDetails(null, partnership);
    expect(anonymous!.closedProposals).toEqual([]);
    expect(JSON.stringify(anonymous)).not.toContain("Not yet.");
  });

  it("lists a person's own partnerships only", async () => {
    expect((await listMyPartnerships(await principal(users.editorLviv))).map((p) => p.id)).toEqual([partnership]);
    expect(await listMyPartnerships(await principal(users.coordinator))).toEqual([]);
    expect(await listMyPartnerships(null)).toEqual([]);
  });

  it("shows the public the confirmed course, without a corrected step; the partners and coordinators every confirmed move", async () => {
    const step = async (who: Who, by: Who, to: string, from: string, note = "") => confirm(by, (await propose(who, to, from, note)).proposalId!);
    await step("editorLviv", "staffSindelfingen", "LETTER_OF_INTENT", "IN_CONTACT");
    await step("staffSindelfingen", "editorLviv", "IN_CONTACT", "LETTER_OF_INTENT", "Too early: no letter yet.");
    await step("editorLviv", "staffSindelfingen", "AGREEMENT_SIGNED", "IN_CONTACT");
    const moves = (d: Awaited<ReturnType<typeof getPartnershipDetails>>) => d!.history.map((e) => `${e.from}→${e.to}`);
    expect(moves(await getPartnershipDetails(null, partnership))).toEqual(["IN_CONTACT→AGREEMENT_SIGNED"]);
    expect(moves(await getPartnershipDetails(await principal(users.editorStryi), partnership))).toEqual(["IN_CONTACT→AGREEMENT_SIGNED"]);
    const full = ["IN_CONTACT→LETTER_OF_INTENT", "LETTER_OF_INTENT→IN_CONTACT", "IN_CONTACT→AGREEMENT_SIGNED"];
    expect(moves(await getPartnershipDetails(await principal(users.coordinator), partnership))).toEqual(full);
    expect(moves(await getPartnershipDetails(await principal(users.staffSindelfingen), partnership))).toEqual(full);
  });
});
