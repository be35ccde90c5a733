import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { Forbidden, loadPrincipal, type Principal } from "@/server/auth/principal";
import { DomainError } from "@/server/errors";
import { createInterpreter, listInterpreters, setInterpreterActive, updateInterpreter } from "@/server/interpretation/interpreters";
import { assignInterpreter, interpreterChoices, interpretersOf, unassignInterpreter } from "@/server/interpretation/assignments";
import { assignedInterpreterUserIds } from "@/server/interpretation/assigned";
import { getAssignedRequest, listMyAssignments } from "@/server/interpretation/desk";
import { listMeetings, planMeeting } from "@/server/interpretation/meetings";
import { attachmentsOf } from "@/server/mail/outbox";
import type { MeetingInput } from "@/lib/interpretation/forms";
import { db, resetDatabase } from "../support/database";
import { createEuMunicipality, createHromada } from "../support/fixtures";
import { addMembership, createUser } from "../support/accounts";

let ids: Record<"lviv" | "bar" | "sindelfingen" | "uppsala", number>;
let users: Record<"editorLviv" | "staffSindelfingen" | "editorBar" | "staffUppsala" | "coordinator" | "nobody", string>;
let partnershipId: number;
let requestId: number;
let reference: string;

async function principal(userId: string): Promise<Principal> {
  const p = await loadPrincipal(userId);
  if (!p) throw new Error(`no user ${userId}`);
  return p;
}

const interpreterInput = (email: string, pairs: string[], name = "Iryna Kovalenko") => ({
  name,
  email,
  languagePairs: pairs as `${string}-${string}`[],
  paid: false,
  availability: "Weekdays",
  contact: null,
});

const meeting = (over: Partial<MeetingInput> = {}): MeetingInput => ({
  title: "First call",
  date: "2027-01-15",
  time: "10:00",
  timeZone: "Europe/Stockholm",
  durationMinutes: 60,
  onlineLink: "https://meet.example.org/c4c",
  place: null,
  languages: ["uk", "de"],
  interpretationNeeded: true,
  ...over,
});
const NOW = new Date("2026-12-07T12:00:00Z");

const refusedAudits = (action: string) => db().auditEvent.count({ where: { action, outcome: "REFUSED" } });

beforeEach(async () => {
  await resetDatabase();
  ids = {
    lviv: await createHromada({ slug: "lviv", nameEn: "Lviv", nameUk: "Львів", region: "lviv", population: 717803, needs: ["energy"] }),
    bar: await createHromada({ slug: "bar", nameEn: "Bar", nameUk: "Бар", region: "vinnytsia", population: 15000, needs: ["water"] }),
    sindelfingen: await createEuMunicipality("sindelfingen", "Sindelfingen", "DE"),
    uppsala: await createEuMunicipality("uppsala", "Uppsala", "SE"),
  };
  users = {
    editorLviv: await createUser("editor.lviv@example.org"),
    staffSindelfingen: await createUser("staff.sindelfingen@example.org"),
    editorBar: await createUser("editor.bar@example.org"),
    staffUppsala: await createUser("staff.uppsala@example.org"),
    coordinator: await createUser("coordinator@example.org", "COORDINATOR"),
    nobody: await createUser("nobody@example.org"),
  };
  await addMembership(users.editorLviv, ids.lviv);
  await addMembership(users.staffSindelfingen, ids.sindelfingen);
  await addMembership(users.editorBar, ids.bar);
  await addMembership(users.staffUppsala, ids.uppsala);
  reference = `C4C-${randomUUID().slice(0, 6).toUpperCase()}`;
  requestId = (
    await db().partnershipRequest.create({
      data: {
        reference,
        submissionToken: randomUUID(),
        ukrainianMunicipalityId: ids.lviv,
        euMunicipalityId: ids.sindelfingen,
        message: "We would like to help with energy.",
        requesterName: "Anna Berg",
        requesterRole: "International relations",
        requesterEmail: "staff.sindelfingen@example.org",
        requesterUserId: users.staffSindelfingen,
        languages: ["de", "en"],
        interpretationNeeded: true,
        locale: "de",
      },
      select: { id: true },
    })
  ).id;
  partnershipId = (
    await db().partnership.create({
      data: { ukrainianMunicipalityId: ids.lviv, euMunicipalityId: ids.sindelfingen, since: new Date("2026-01-01") },
      select: { id: true },
    })
  ).id;
});

describe("interpreters, kept by coordinators", () => {
  it("adds an interpreter, linking the account of their address (made when new), and refuses everyone else, audited", async () => {
    const coordinator = await principal(users.coordinator);
    const { id } = await createInterpreter(coordinator, interpreterInput("Iryna@Example.org".toLowerCase(), ["uk-de", "uk-pl"]));
    const row = await db().interpreter.findUniqueOrThrow({ where: { id }, select: { languagePairs: true, user: { select: { email: true, name: true } } } });
    expect(row).toEqual({ languagePairs: ["uk-de", "uk-pl"], user: { email: "iryna@example.org", name: "Iryna Kovalenko" } });
    // An existing account is linked, not duplicated.
    await createInterpreter(coordinator, interpreterInput("nobody@example.org", ["uk-sv"], "Nobody Else"));
    expect(await db().user.count({ where: { email: "nobody@example.org" } })).toBe(1);
    // One interpreter per account.
    await expect(createInterpreter(coordinator, interpreterInput("nobody@example.org", ["uk-sv"]))).rejects.toMatchObject({
      code: "emailTaken",
      field: "email",
    });

    for (const who of [users.editorLviv, users.staffSindelfingen, users.nobody]) {
      const before = await refusedAudits("interpreter.manage");
      await expect(createInterpreter(await principal(who), interpreterInput(`x${who}@example.org`, ["uk-de"]))).rejects.toBeInstanceOf(Forbidden);
      await expect(listInterpreters(await principal(who))).rejects.toBeInstanceOf(Forbidden);
      await expect(updateInterpreter(await principal(who), id, interpreterInput("iryna@example.org", ["uk-it"]))).rejects.toBeInstanceOf(Forbidden);
      await expect(setInterpreterActive(await principal(who), id, false)).rejects.toBeInstanceOf(Forbidden);
      expect(await refusedAudits("interpreter.manage")).toBe(before + 4);
    }
    await expect(createInterpreter(null, interpreterInput("anon@example.org", ["uk-de"]))).rejects.toBeInstanceOf(Forbidden);
    expect((await listInterpreters(coordinator)).map((i) => i.email)).toEqual(["iryna@example.org", "nobody@example.org"]);
  });

  it("a deactivated interpreter loses the role and reads nothing they were assigned to", async () => {
    const coordinator = await principal(users.coordinator);
    const { id } = await createInterpreter(coordinator, interpreterInput("nobody@example.org", ["uk-de"]));
    await assignInterpreter(coordinator, { requestId }, id);
    expect((await principal(users.nobody)).interpreterId).toBe(id);
    await setInterpreterActive(coordinator, id, false);
    const after = await principal(users.nobody);
    expect(after.interpreterId).toBeNull();
    await expect(getAssignedRequest(after, reference)).rejects.toBeInstanceOf(Forbidden);
    expect(await assignedInterpreterUserIds(db(), { requestId })).toEqual([]);
  });
});

describe("assigning an interpreter", () => {
  it("suggests matching pairs first, assigns, tells the interpreter, and both sides read who interprets", async () => {
    const coordinator = await principal(users.coordinator);
    await createInterpreter(coordinator, interpreterInput("sv@example.org", ["uk-sv"], "Alla Svensson"));
    const de = await createInterpreter(coordinator, interpreterInput("de@example.org", ["uk-de"], "Zoriana Müller"));
    const choices = await interpreterChoices(coordinator, { requestId }, ["de", "en", "uk"]);
    expect(choices.map((c) => c.name)).toEqual(["Zoriana Müller", "Alla Svensson"]);

    await assignInterpreter(coordinator, { requestId }, de.id, "https://portal.example.org");
    await expect(assignInterpreter(coordinator, { requestId }, de.id)).rejects.toMatchObject({ code: "alreadyAssigned" });
    expect((await interpretersOf({ requestId })).map((i) => i.name)).toEqual(["Zoriana Müller"]);
    const mail = await db().outboxMessage.findFirstOrThrow({ where: { to: "de@example.org" } });
    expect(mail.text).toContain(`https://portal.example.org/en/interpreting/requests/${reference}`);

    // The conversation's entry: the request's interpreters, and the partnership's (incl. those of the request it grew from).
    const deUser = (await db().interpreter.findUniqueOrThrow({ where: { id: de.id } })).userId;
    expect(await assignedInterpreterUserIds(db(), { requestId })).toEqual([deUser]);
    expect(await assignedInterpreterUserIds(db(), { partnershipId })).toEqual([]);
    await db().partnership.update({ where: { id: partnershipId }, data: { requestId } });
    expect(await assignedInterpreterUserIds(db(), { partnershipId })).toEqual([deUser]);

    // The queue says a request asks for interpretation, and whether it has an interpreter.
    const { listRequestQueue, parseQueueFilter } = await import("@/server/requests/queue");
    expect((await listRequestQueue(coordinator, parseQueueFilter({}))).rows.map((r) => r.interpretation)).toEqual(["assigned"]);
    await unassignInterpreter(coordinator, { requestId }, de.id);
    expect((await listRequestQueue(coordinator, parseQueueFilter({}))).rows.map((r) => r.interpretation)).toEqual(["needed"]);
    expect(await interpretersOf({ requestId })).toEqual([]);
    await expect(unassignInterpreter(coordinator, { requestId }, de.id)).rejects.toBeInstanceOf(DomainError);
  });

  it("refuses assignment to anyone but coordinators (the sides and interpreters too), audited", async () => {
    const coordinator = await principal(users.coordinator);
    const { id } = await createInterpreter(coordinator, interpreterInput("nobody@example.org", ["uk-de"]));
    await assignInterpreter(coordinator, { partnershipId }, id);
    for (const who of [users.editorLviv, users.staffSindelfingen, users.editorBar, users.nobody]) {
      await expect(assignInterpreter(await principal(who), { requestId }, id)).rejects.toBeInstanceOf(Forbidden);
      await expect(unassignInterpreter(await principal(who), { partnershipId }, id)).rejects.toBeInstanceOf(Forbidden);
    }
    await expect(assignInterpreter(coordinator, { requestId: 999999 }, id)).rejects.toMatchObject({ code: "notFound" });
    expect(await db().interpreterAssignment.count()).toBe(1);
  });
});

describe("what an interpreter reads", () => {
  it("sees only what they are assigned to: that request, not another; not the coordinators' queue", async () => {
    const coordinator = await principal(users.coordinator);
    const { id } = await createInterpreter(coordinator, interpreterInput("nobody@example.org", ["uk-de"]));
    const other = `C4C-${randomUUID().slice(0, 6).toUpperCase()}`;
    await db().partnershipRequest.create({
      data: {
        reference: other,
        submissionToken: randomUUID(),
        ukrainianMunicipalityId: ids.bar,
        euMunicipalityId: ids.uppsala,
        message: "Water.",
        requesterName: "B",
        requesterRole: "R",
        requesterEmail: "staff.uppsala@example.org",
        languages: ["sv"],
        locale: "sv",
      },
    });
    await assignInterpreter(coordinator, { requestId }, id);
    const interpreter = await principal(users.nobody);
    expect((await getAssignedRequest(interpreter, reference)).message).toBe("We would like to help with energy.");
    await expect(getAssignedRequest(interpreter, other)).rejects.toBeInstanceOf(Forbidden);
    await expect(getAssignedRequest(interpreter, "C4C-NOPE99")).rejects.toBeInstanceOf(Forbidden);
    expect((await listMyAssignments(interpreter)).map((a) => a.reference)).toEqual([reference]);
    // Not an interpreter: nothing on their desk; a third municipality's editor cannot read the request as one.
    expect(await listMyAssignments(await principal(users.editorBar))).toEqual([]);
    await expect(listMyAssignments(null)).rejects.toBeInstanceOf(Forbidden);
    await expect(getAssignedRequest(await principal(users.editorBar), reference)).rejects.toBeInstanceOf(Forbidden);
    // The partnership's meetings only once assigned to it (or to the request it grew from).
    expect(await listMeetings(interpreter, partnershipId)).toBeNull();
    await assignInterpreter(coordinator, { partnershipId }, id);
    expect(await listMeetings(await principal(users.nobody), partnershipId)).toEqual({ mayPlan: false, meetings: [] });
  });
});

describe("meetings", () => {
  it("either side or a coordinator plans; an interpreter, a third municipality and the signed-out are refused, audited", async () => {
    const coordinator = await principal(users.coordinator);
    const { id } = await createInterpreter(coordinator, interpreterInput("nobody@example.org", ["uk-de"]));
    await assignInterpreter(coordinator, { partnershipId }, id);
    await planMeeting(await principal(users.editorLviv), partnershipId, meeting(), undefined, NOW);
    await planMeeting(await principal(users.staffSindelfingen), partnershipId, meeting({ title: "Second" }), undefined, NOW);
    await planMeeting(coordinator, partnershipId, meeting({ title: "Third" }), undefined, NOW);
    const before = await refusedAudits("meeting.plan");
    for (const who of [users.nobody, users.editorBar, users.staffUppsala]) {
      await expect(planMeeting(await principal(who), partnershipId, meeting(), undefined, NOW)).rejects.toBeInstanceOf(Forbidden);
    }
    await expect(planMeeting(null, partnershipId, meeting(), undefined, NOW)).rejects.toBeInstanceOf(Forbidden);
    expect(await refusedAudits("meeting.plan")).toBe(before + 4);
    expect(await db().meeting.count()).toBe(3);
    // Reading: the sides, the interpreter, coordinators; not a third municipality nor the public.
    for (const who of [users.editorLviv, users.staffSindelfingen, users.nobody, users.coordinator]) {
      expect((await listMeetings(await principal(who), partnershipId))?.meetings.map((m) => m.title)).toEqual(["First call", "Second", "Third"]);
    }
    expect(await listMeetings(await principal(users.editorBar), partnershipId)).toBeNull();
    expect(await listMeetings(await principal(users.staffUppsala), partnershipId)).toBeNull();
    expect(await listMeetings(null, partnershipId)).toBeNull();
  });

  it("refuses a time that does not exist in the zone, a past date, and an unknown partnership, changing nothing", async () => {
    const editor = await principal(users.editorLviv);
    // 02:30 on the last Sunday of March 2027 does not exist in Stockholm.
    await expect(planMeeting(editor, partnershipId, meeting({ date: "2027-03-28", time: "02:30" }), undefined, NOW)).rejects.toMatchObject({
      code: "timeNotInZone",
      field: "time",
    });
    await expect(planMeeting(editor, partnershipId, meeting({ date: "2026-12-01" }), undefined, NOW)).rejects.toMatchObject({ code: "inPast" });
    await expect(planMeeting(await principal(users.coordinator), 999999, meeting(), undefined, NOW)).rejects.toMatchObject({ code: "notFound" });
    expect(await db().meeting.count()).toBe(0);
    expect(await db().outboxMessage.count()).toBe(0);
  });

  it("mails both sides, the interpreter and the planner, each in their language and zone, with a calendar file in the meeting's zone", async () => {
    const coordinator = await principal(users.coordinator);
    const { id } = await createInterpreter(coordinator, interpreterInput("nobody@example.org", ["uk-de"]));
    await assignInterpreter(coordinator, { partnershipId }, id);
    await db().outboxMessage.deleteMany();
    await db().user.update({ where: { id: users.staffSindelfingen }, data: { locale: "de" } });
    await planMeeting(await principal(users.staffSindelfingen), partnershipId, meeting(), "https://portal.example.org", NOW);
    const stored = await db().meeting.findFirstOrThrow({ select: { startsAt: true, timeZone: true } });
    // 10:00 in Stockholm in January is 09:00 UTC, 11:00 in Kyiv.
    expect(stored).toEqual({ startsAt: new Date("2027-01-15T09:00:00Z"), timeZone: "Europe/Stockholm" });
    const mails = await db().outboxMessage.findMany({ orderBy: { to: "asc" }, select: { to: true, subject: true, text: true, attachments: true } });
    expect(mails.map((m) => m.to)).toEqual(["editor.lviv@example.org", "nobody@example.org", "staff.sindelfingen@example.org"]);
    const ua = mails[0];
    expect(ua.subject).toContain("Львів");
    // The Ukrainian editor reads the meeting's time in Stockholm's zone and their own, each named.
    expect(ua.text).toMatch(/10:00 \(Stockholm, /);
    expect(ua.text).toMatch(/11:00 \(Kyiv, /);
    const de = mails[2];
    expect(de.text).toMatch(/10:00 \(Stockholm, MEZ\)/);
    expect(de.text).toMatch(/10:00 \(Berlin, MEZ\)/);
    const [file] = attachmentsOf(de.attachments);
    expect(file.filename).toBe("meeting.ics");
    expect(file.contentType).toContain("text/calendar");
    expect(file.content).toContain("DTSTART;TZID=Europe/Stockholm:20270115T100000\r\n");
    expect(file.content).toContain("DTEND;TZID=Europe/Stockholm:20270115T110000\r\n");
    expect(file.content).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Stockholm\r\n/);
    expect(file.content).toContain("TZOFFSETTO:+0100");
    expect(file.content).toContain("URL:https://meet.example.org/c4c");
  });
});

describe("personal data", () => {
  it("the export holds the interpreter record and the meetings planned; deleting the account deletes the record; a deactivated one is purged after a year", async () => {
    const { exportOwnData } = await import("@/server/privacy/export");
    const { deleteOwnAccount } = await import("@/server/privacy/delete-account");
    const { purgeFormerInterpreters } = await import("@/server/interpretation/personal-data");
    const coordinator = await principal(users.coordinator);
    const { id } = await createInterpreter(coordinator, { ...interpreterInput("nobody@example.org", ["uk-de"]), contact: "+49 170 1234567" });
    await assignInterpreter(coordinator, { requestId }, id);
    await planMeeting(await principal(users.editorLviv), partnershipId, meeting(), undefined, NOW);

    const data = await exportOwnData(await principal(users.nobody));
    expect(data.interpreter).toMatchObject({
      name: "Iryna Kovalenko",
      languagePairs: ["uk-de"],
      contact: "+49 170 1234567",
      assignments: [{ request: reference, partnershipId: null }],
    });
    expect((await exportOwnData(await principal(users.editorLviv))).meetingsPlanned.map((m) => m.title)).toEqual(["First call"]);

    await deleteOwnAccount(await principal(users.nobody), users.nobody, "nobody@example.org");
    expect(await db().interpreter.count()).toBe(0);
    expect(await db().interpreterAssignment.count()).toBe(0);
    await deleteOwnAccount(await principal(users.editorLviv), users.editorLviv, "editor.lviv@example.org");
    expect(await db().meeting.findFirstOrThrow({ select: { plannedById: true, title: true } })).toEqual({ plannedById: null, title: "First call" });

    const other = await createInterpreter(coordinator, interpreterInput("former@example.org", ["uk-pl"]));
    await setInterpreterActive(coordinator, other.id, false);
    expect(await purgeFormerInterpreters(new Date())).toBe(0);
    expect(await purgeFormerInterpreters(new Date(Date.now() + 366 * 86_400_000))).toBe(1);
  });
});
