import { describe, expect, it } from "vitest";
import { can, type Principal, type Subject } from "@/server/auth/principal";

const LVIV = 1;
const STRYI = 2;
const SINDELFINGEN = 10;
const GOTEBORG = 11;

const editorOfLviv: Principal = { userId: "u-ed", email: "ed@x", globalRole: null, memberships: [{ municipalityId: LVIV, kind: "MUNICIPALITY_EDITOR" }] };
const staffOfSindelfingen: Principal = { userId: "u-st", email: "st@x", globalRole: null, memberships: [{ municipalityId: SINDELFINGEN, kind: "EU_STAFF" }] };
const coordinator: Principal = { userId: "u-co", email: "co@x", globalRole: "COORDINATOR", memberships: [] };
const administrator: Principal = { userId: "u-ad", email: "ad@x", globalRole: "ADMINISTRATOR", memberships: [] };
const newcomer: Principal = { userId: "u-new", email: "new@x", globalRole: null, memberships: [] };

const lviv: Subject = { type: "municipality", id: LVIV };
const stryi: Subject = { type: "municipality", id: STRYI };
const requestBy = (userId: string | null, ua = LVIV, eu: number | null = SINDELFINGEN): Subject => ({
  type: "request",
  id: 7,
  requesterUserId: userId,
  ukrainianMunicipalityId: ua,
  euMunicipalityId: eu,
});

describe("can: the role and the object", () => {
  it("refuses everything to the signed-out", () => {
    expect(can(null, "membership.request")).toBe(false);
    expect(can(null, "contact.read", lviv)).toBe(false);
  });

  it("lets an editor edit, publish and confirm their own municipality only", () => {
    for (const action of ["profile.edit", "profile.publish", "profile.confirm"] as const) {
      expect(can(editorOfLviv, action, lviv), action).toBe(true);
      expect(can(editorOfLviv, action, stryi), action).toBe(false);
      expect(can(editorOfLviv, action), `${action} without an object`).toBe(false);
    }
  });

  it("lets EU staff read their own requests, not a colleague's or another municipality's", () => {
    expect(can(staffOfSindelfingen, "request.readOwn", requestBy("u-st"))).toBe(true);
    expect(can(staffOfSindelfingen, "request.withdrawOwn", requestBy("u-st"))).toBe(true);
    expect(can(staffOfSindelfingen, "request.readOwn", requestBy("u-other"))).toBe(false);
    expect(can(staffOfSindelfingen, "request.readOwn", requestBy(null))).toBe(false);
    expect(can(staffOfSindelfingen, "request.readAll")).toBe(false);
  });

  it("lets EU staff submit only for their own municipality", () => {
    expect(can(staffOfSindelfingen, "request.submit", { type: "municipality", id: SINDELFINGEN })).toBe(true);
    expect(can(staffOfSindelfingen, "request.submit", { type: "municipality", id: GOTEBORG })).toBe(false);
    expect(can(editorOfLviv, "request.submit", lviv)).toBe(false);
  });

  it("lets an editor read the requests addressed to their municipality only", () => {
    expect(can(editorOfLviv, "request.readForMunicipality", requestBy("u-st", LVIV))).toBe(true);
    expect(can(editorOfLviv, "request.readForMunicipality", requestBy("u-st", STRYI))).toBe(false);
  });

  it("lets EU staff read the list of proposals addressed to their own municipality, and no single request through it", () => {
    expect(can(staffOfSindelfingen, "request.readForMunicipality", { type: "municipality", id: SINDELFINGEN })).toBe(true);
    expect(can(staffOfSindelfingen, "request.readForMunicipality", { type: "municipality", id: GOTEBORG })).toBe(false);
    expect(can(staffOfSindelfingen, "request.readForMunicipality", lviv)).toBe(false);
    expect(can(editorOfLviv, "request.readForMunicipality", { type: "municipality", id: SINDELFINGEN })).toBe(false);
    expect(can(staffOfSindelfingen, "request.readForMunicipality", requestBy("u-other", LVIV))).toBe(false);
  });

  it("shows contact details to the municipality's people and its partners' staff, not to strangers", () => {
    expect(can(editorOfLviv, "contact.read", lviv)).toBe(true);
    expect(can(staffOfSindelfingen, "contact.read", lviv)).toBe(false);
    expect(can(staffOfSindelfingen, "contact.read", { type: "municipality", id: LVIV, partnerMunicipalityIds: [SINDELFINGEN] })).toBe(true);
    expect(can(newcomer, "contact.read", lviv)).toBe(false);
  });

  it("lets either partner's people propose a stage change, the other side confirm it, the proposer withdraw it, and coordinators move it at once", () => {
    const partnership: Subject = { type: "partnership", id: 3, ukrainianMunicipalityId: LVIV, euMunicipalityId: SINDELFINGEN };
    const other: Subject = { type: "partnership", id: 4, ukrainianMunicipalityId: STRYI, euMunicipalityId: GOTEBORG };
    expect(can(editorOfLviv, "partnership.proposeStage", partnership)).toBe(true);
    expect(can(staffOfSindelfingen, "partnership.proposeStage", partnership)).toBe(true);
    expect(can(editorOfLviv, "partnership.proposeStage", other)).toBe(false);
    expect(can(staffOfSindelfingen, "partnership.proposeStage", other)).toBe(false);
    expect(can(coordinator, "partnership.proposeStage", partnership)).toBe(false);
    expect(can(editorOfLviv, "partnership.changeStage", partnership)).toBe(false);
    expect(can(staffOfSindelfingen, "partnership.changeStage", partnership)).toBe(false);
    expect(can(coordinator, "partnership.changeStage", other)).toBe(true);
    const byLviv: Subject = {
      type: "stageProposal",
      id: 7,
      partnershipId: 3,
      ukrainianMunicipalityId: LVIV,
      euMunicipalityId: SINDELFINGEN,
      side: "UKRAINIAN",
      proposerUserId: editorOfLviv.userId,
    };
    expect(can(staffOfSindelfingen, "partnership.decideStage", byLviv)).toBe(true);
    expect(can(editorOfLviv, "partnership.decideStage", byLviv)).toBe(false);
    expect(can(coordinator, "partnership.decideStage", byLviv)).toBe(true);
    expect(can(editorOfLviv, "stageProposal.withdrawOwn", byLviv)).toBe(true);
    expect(can(staffOfSindelfingen, "stageProposal.withdrawOwn", byLviv)).toBe(false);
    expect(can(coordinator, "stageProposal.withdrawOwn", byLviv)).toBe(false);
    expect(can(staffOfSindelfingen, "partnership.decideStage", { ...byLviv, euMunicipalityId: GOTEBORG })).toBe(false);
  });

  it("lets coordinators and administrators act on every object of their actions", () => {
    for (const p of [coordinator, administrator]) {
      expect(can(p, "profile.edit", stryi)).toBe(true);
      expect(can(p, "request.decide")).toBe(true);
      expect(can(p, "membership.decide")).toBe(true);
      expect(can(p, "audit.read")).toBe(true);
    }
    // Neither speaks for a municipality: saying its profile is current, sending its requests.
    for (const p of [coordinator, administrator]) {
      expect(can(p, "profile.confirm", stryi)).toBe(false);
      expect(can(p, "request.submit", { type: "municipality", id: SINDELFINGEN })).toBe(false);
    }
  });

  it("keeps own actions own, for administrators too", () => {
    expect(can(administrator, "account.deleteOwn", { type: "user", id: "u-ad" })).toBe(true);
    expect(can(administrator, "account.deleteOwn", { type: "user", id: "u-ed" })).toBe(false);
    expect(can(administrator, "request.readOwn", requestBy("u-st"))).toBe(false);
    expect(can(newcomer, "account.exportOwn", { type: "user", id: "u-new" })).toBe(true);
    expect(can(newcomer, "account.exportOwn")).toBe(false);
  });

  it("lets a person without a role ask to join a municipality, and nothing more", () => {
    expect(can(newcomer, "membership.request", lviv)).toBe(true);
    expect(can(newcomer, "profile.edit", lviv)).toBe(false);
    expect(can(newcomer, "request.submit", { type: "municipality", id: SINDELFINGEN })).toBe(false);
  });
});
