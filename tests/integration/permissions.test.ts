import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { authorize, can, Forbidden, loadPrincipal, type Principal } from "@/server/auth/principal";
import { municipalitySubject, partnershipSubject } from "@/server/auth/subjects";
import { requestSubject } from "@/server/requests/load";
import { db, resetDatabase } from "../support/database";
import { createEuMunicipality, createHromada } from "../support/fixtures";
import { addMembership, createUser } from "../support/accounts";

let ids: Record<"lviv" | "stryi" | "sindelfingen" | "goteborg", number>;
let users: Record<"editorLviv" | "editorStryi" | "staffSindelfingen" | "staffGoteborg" | "coordinator" | "administrator" | "pending", string>;

async function principal(userId: string): Promise<Principal> {
  const p = await loadPrincipal(userId);
  if (!p) throw new Error(`no user ${userId}`);
  return p;
}

async function createRequest(ua: number, eu: number, requesterUserId: string): Promise<number> {
  const r = await db().partnershipRequest.create({
    data: {
      reference: `C4C-${randomUUID().slice(0, 6).toUpperCase()}`,
      submissionToken: randomUUID(),
      ukrainianMunicipalityId: ua,
      euMunicipalityId: eu,
      message: "We would like to help.",
      requesterName: "Anna Berg",
      requesterRole: "International relations",
      requesterEmail: "anna@example.org",
      languages: ["en"],
      locale: "en",
      requesterUserId,
    },
  });
  return r.id;
}

beforeEach(async () => {
  await resetDatabase();
  ids = {
    lviv: await createHromada({ slug: "lviv", nameEn: "Lviv", nameUk: "Львів", region: "lviv", population: 717803 }),
    stryi: await createHromada({ slug: "stryi", nameEn: "Stryi", nameUk: "Стрий", region: "lviv", population: 59000 }),
    sindelfingen: await createEuMunicipality("sindelfingen", "Sindelfingen", "DE"),
    goteborg: await createEuMunicipality("goteborg", "Gothenburg", "SE"),
  };
  users = {
    editorLviv: await createUser("editor.lviv@example.org"),
    editorStryi: await createUser("editor.stryi@example.org"),
    staffSindelfingen: await createUser("staff.sindelfingen@example.org"),
    staffGoteborg: await createUser("staff.goteborg@example.org"),
    coordinator: await createUser("coordinator@example.org", "COORDINATOR"),
    administrator: await createUser("admin@example.org", "ADMINISTRATOR"),
    pending: await createUser("pending@example.org"),
  };
  await addMembership(users.editorLviv, ids.lviv);
  await addMembership(users.editorStryi, ids.stryi);
  await addMembership(users.staffSindelfingen, ids.sindelfingen);
  await addMembership(users.staffGoteborg, ids.goteborg);
  await addMembership(users.pending, ids.lviv, "PENDING");
});

describe("principals loaded from the database", () => {
  it("take their role from the municipality's country and count approved memberships only", async () => {
    expect((await principal(users.editorLviv)).memberships).toEqual([{ municipalityId: ids.lviv, kind: "MUNICIPALITY_EDITOR" }]);
    expect((await principal(users.staffSindelfingen)).memberships).toEqual([{ municipalityId: ids.sindelfingen, kind: "EU_STAFF" }]);
    expect((await principal(users.pending)).memberships).toEqual([]);
    expect((await principal(users.coordinator)).globalRole).toBe("COORDINATOR");
    expect(await loadPrincipal("no-such-user")).toBeNull();
  });

  it("a pending membership grants nothing", async () => {
    const lviv = await municipalitySubject(ids.lviv);
    expect(can(await principal(users.pending), "profile.edit", lviv!)).toBe(false);
  });
});

describe("object checks on stored rows", () => {
  it("editor of Lviv may save Lviv's profile and not Stryi's", async () => {
    const editor = await principal(users.editorLviv);
    expect(can(editor, "profile.edit", (await municipalitySubject(ids.lviv))!)).toBe(true);
    expect(can(editor, "profile.edit", (await municipalitySubject(ids.stryi))!)).toBe(false);
  });

  it("staff of Sindelfingen read their own request by id, not Gothenburg staff's", async () => {
    const own = await createRequest(ids.lviv, ids.sindelfingen, users.staffSindelfingen);
    const theirs = await createRequest(ids.lviv, ids.goteborg, users.staffGoteborg);
    const staff = await principal(users.staffSindelfingen);
    expect(can(staff, "request.readOwn", (await requestSubject(own))!)).toBe(true);
    expect(can(staff, "request.readOwn", (await requestSubject(theirs))!)).toBe(false);
    expect(can(await principal(users.editorLviv), "request.readForMunicipality", (await requestSubject(theirs))!)).toBe(true);
    expect(can(await principal(users.editorStryi), "request.readForMunicipality", (await requestSubject(theirs))!)).toBe(false);
    expect(can(await principal(users.coordinator), "request.readAll")).toBe(true);
  });

  it("a partnership's contact details and stage are open to both partners and closed to others", async () => {
    const p = await db().partnership.create({ data: { ukrainianMunicipalityId: ids.lviv, euMunicipalityId: ids.sindelfingen, since: new Date("2025-01-01") } });
    const lviv = (await municipalitySubject(ids.lviv))!;
    expect(can(await principal(users.staffSindelfingen), "contact.read", lviv)).toBe(true);
    expect(can(await principal(users.staffGoteborg), "contact.read", lviv)).toBe(false);
    const partnership = (await partnershipSubject(p.id))!;
    // The partners propose a stage change (the other side confirms it); coordinators and administrators move it at once.
    expect(can(await principal(users.staffSindelfingen), "partnership.proposeStage", partnership)).toBe(true);
    expect(can(await principal(users.staffSindelfingen), "partnership.changeStage", partnership)).toBe(false);
    expect(can(await principal(users.editorStryi), "partnership.proposeStage", partnership)).toBe(false);
    expect(can(await principal(users.administrator), "partnership.changeStage", partnership)).toBe(true);
  });
});

describe("authorize", () => {
  it("refuses with Forbidden and records who was refused what, on which object", async () => {
    const editor = await principal(users.editorLviv);
    const stryi = (await municipalitySubject(ids.stryi))!;
    const refusal = await authorize(editor, "profile.edit", stryi).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(Forbidden);
    expect((refusal as Forbidden).signedIn).toBe(true);
    const events = await db().auditEvent.findMany();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorUserId: users.editorLviv,
      action: "profile.edit",
      objectType: "municipality",
      objectId: String(ids.stryi),
      outcome: "REFUSED",
    });
  });

  it("refuses the signed-out as not signed in, and records it with no actor", async () => {
    const refusal = await authorize(null, "audit.read").catch((e: unknown) => e);
    expect((refusal as Forbidden).signedIn).toBe(false);
    expect(await db().auditEvent.findFirst({ select: { actorUserId: true, outcome: true } })).toEqual({ actorUserId: null, outcome: "REFUSED" });
  });

  it("returns the principal when allowed and writes nothing", async () => {
    const editor = await principal(users.editorLviv);
    await expect(authorize(editor, "profile.edit", (await municipalitySubject(ids.lviv))!)).resolves.toBe(editor);
    expect(await db().auditEvent.count()).toBe(0);
  });
});
