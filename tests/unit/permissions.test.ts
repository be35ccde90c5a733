import { describe, expect, it } from "vitest";
import { ACTIONS, OWN_ACTIONS, ROLE_ACTIONS, ROLES, SIGNED_IN_ACTIONS, rolesAllow, type Action, type Role } from "@/lib/permissions";

/** The whole map, written out: a change to who may do what must change this table too. */
const expected: Record<Action, Role[]> = {
  "profile.edit": ["EU_STAFF", "MUNICIPALITY_EDITOR", "COORDINATOR", "ADMINISTRATOR"],
  "profile.publish": ["MUNICIPALITY_EDITOR", "COORDINATOR", "ADMINISTRATOR"],
  "profile.confirm": ["MUNICIPALITY_EDITOR"],
  "contact.read": ["EU_STAFF", "MUNICIPALITY_EDITOR", "COORDINATOR", "ADMINISTRATOR"],
  "request.submit": ["EU_STAFF"],
  "request.propose": ["MUNICIPALITY_EDITOR"],
  "request.answerForMunicipality": ["MUNICIPALITY_EDITOR"],
  "request.readOwn": [],
  "request.withdrawOwn": ["EU_STAFF", "MUNICIPALITY_EDITOR", "ADMINISTRATOR"],
  "request.readForMunicipality": ["EU_STAFF", "MUNICIPALITY_EDITOR", "COORDINATOR", "ADMINISTRATOR"],
  "request.readAll": ["COORDINATOR", "ADMINISTRATOR"],
  "request.decide": ["COORDINATOR", "ADMINISTRATOR"],
  "request.assign": ["COORDINATOR", "ADMINISTRATOR"],
  "membership.request": [],
  "membership.decide": ["COORDINATOR", "ADMINISTRATOR"],
  "partnership.changeStage": ["COORDINATOR", "ADMINISTRATOR"],
  "partnership.proposeStage": ["EU_STAFF", "MUNICIPALITY_EDITOR"],
  "partnership.decideStage": ["EU_STAFF", "MUNICIPALITY_EDITOR", "COORDINATOR", "ADMINISTRATOR"],
  "stageProposal.withdrawOwn": ["EU_STAFF", "MUNICIPALITY_EDITOR"],
  "partnership.import": ["COORDINATOR", "ADMINISTRATOR"],
  // Interpreters read a partnership's documents (they translate them) and write nothing there.
  "partnership.readWorkspace": ["EU_STAFF", "MUNICIPALITY_EDITOR", "COORDINATOR", "ADMINISTRATOR", "INTERPRETER"],
  "partnership.writeWorkspace": ["EU_STAFF", "MUNICIPALITY_EDITOR", "COORDINATOR", "ADMINISTRATOR"],
  "audit.read": ["COORDINATOR", "ADMINISTRATOR"],
  "contact.erase": ["COORDINATOR", "ADMINISTRATOR"],
  "contactMessage.read": ["COORDINATOR", "ADMINISTRATOR"],
  "request.answerOwn": ["EU_STAFF", "MUNICIPALITY_EDITOR", "ADMINISTRATOR"],
  "contactMessage.answer": ["COORDINATOR", "ADMINISTRATOR"],
  "account.exportOwn": [],
  "account.deleteOwn": [],
  "account.updateOwn": [],
  "interest.express": ["EU_STAFF"],
  "shortlist.keepOwn": ["EU_STAFF"],
  "savedSearch.keepOwn": ["EU_STAFF"],
  "interest.read": ["COORDINATOR", "ADMINISTRATOR"],
  "join.propose": [],
  "join.decide": ["COORDINATOR", "ADMINISTRATOR"],
  "municipality.manage": ["COORDINATOR", "ADMINISTRATOR"],
  "role.grant": ["ADMINISTRATOR"],
  "funding.manage": ["COORDINATOR", "ADMINISTRATOR"],
  "interpreter.manage": ["COORDINATOR", "ADMINISTRATOR"],
  "interpretation.readAssigned": ["COORDINATOR", "ADMINISTRATOR", "INTERPRETER"],
  "meeting.plan": ["EU_STAFF", "MUNICIPALITY_EDITOR", "COORDINATOR", "ADMINISTRATOR"],
  "meeting.read": ["EU_STAFF", "MUNICIPALITY_EDITOR", "COORDINATOR", "ADMINISTRATOR", "INTERPRETER"],
  "conversation.read": [],
  "conversation.write": [],
  "conversation.noteInternal": ["COORDINATOR", "ADMINISTRATOR"],
  "notification.setOwn": [],
};

describe("the role → actions map", () => {
  it("lists every action exactly once in the expected table", () => {
    expect(Object.keys(expected).sort()).toEqual([...ACTIONS].sort());
    expect(new Set(ACTIONS).size).toBe(ACTIONS.length);
  });

  for (const action of ACTIONS) {
    it(`${action}: allowed to exactly ${expected[action].join(", ") || "every signed-in person"}`, () => {
      const allowed = ROLES.filter((role) => ROLE_ACTIONS[role].includes(action));
      expect(allowed).toEqual(expected[action]);
    });
  }

  it("names only known actions", () => {
    for (const role of ROLES) for (const action of ROLE_ACTIONS[role]) expect(ACTIONS).toContain(action);
  });

  it("lets every signed-in person, even without a role, ask to join a municipality, read the requests they sent, keep their account's settings, take out or delete their data, take part in their conversations and choose their notifications", () => {
    expect(SIGNED_IN_ACTIONS.filter((a) => rolesAllow([], a))).toEqual([
      "membership.request",
      "join.propose",
      "request.readOwn",
      "account.exportOwn",
      "account.deleteOwn",
      "account.updateOwn",
      "conversation.read",
      "conversation.write",
      "notification.setOwn",
    ]);
    expect(ACTIONS.filter((a) => rolesAllow([], a)).sort()).toEqual([...SIGNED_IN_ACTIONS].sort());
  });

  it("treats every *Own action as an own action", () => {
    expect([...OWN_ACTIONS].sort()).toEqual(ACTIONS.filter((a) => a.endsWith("Own")).sort());
  });

  it("gives a hromada's own voice (its answer to a request, its proposal to an EU municipality) to its editors alone: not to coordinators, nor administrators", () => {
    for (const action of ["request.propose", "request.answerForMunicipality"] as const) {
      expect(rolesAllow(["MUNICIPALITY_EDITOR"], action)).toBe(true);
      expect(rolesAllow(["EU_STAFF"], action)).toBe(false);
      expect(rolesAllow(["COORDINATOR"], action)).toBe(false);
      expect(rolesAllow(["ADMINISTRATOR"], action)).toBe(false);
    }
  });
});
