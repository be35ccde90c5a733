import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Forbidden, loadPrincipal, type Principal } from "@/server/auth/principal";
import { DEFAULT_QUEUE_FILTER, listRequestQueue, parseQueueFilter, QUEUE_PAGE_SIZE } from "@/server/requests/queue";
import { assignRequest } from "@/server/requests/assign";
import { bulkAskForInformation, bulkAssign } from "@/server/requests/bulk";
import { loadDashboard } from "@/server/coordinator/dashboard";
import { requestQueueCsv } from "@/server/open-data/coordinator-exports";
import { deleteOwnAccount } from "@/server/privacy/delete-account";
import { DomainError } from "@/server/errors";
import type { CooperationAreaSlug } from "@/lib/cooperation-areas";
import { db, resetDatabase } from "../support/database";
import { createEuMunicipality, createHromada } from "../support/fixtures";
import { addMembership, createUser } from "../support/accounts";

const DAY = 86_400_000;
const NOW = new Date("2026-12-07T12:00:00Z");
const ORIGIN = "https://portal.example";

let ids: Record<"lviv" | "kharkiv" | "sindelfingen" | "uppsala" | "lyon", number>;
let users: Record<"coordinator" | "second" | "administrator" | "editor" | "staff" | "plain", string>;
let p: Record<"coordinator" | "second" | "administrator" | "editor" | "staff", Principal>;

type RequestSpec = {
  reference: string;
  ua?: "lviv" | "kharkiv";
  eu?: "sindelfingen" | "uppsala" | "lyon" | null;
  proposed?: { name: string; country: string };
  status?: "SUBMITTED" | "UNDER_REVIEW" | "INFORMATION_REQUESTED" | "APPROVED" | "DECLINED" | "WITHDRAWN";
  daysAgo?: number;
  areas?: CooperationAreaSlug[];
  interpretationNeeded?: boolean;
  assigneeId?: string | null;
};

async function createRequest(r: RequestSpec, now = NOW): Promise<number> {
  const areas = await db().cooperationArea.findMany({ where: { slug: { in: r.areas ?? ["energy"] } }, select: { id: true } });
  const created = await db().partnershipRequest.create({
    data: {
      reference: r.reference,
      submissionToken: randomUUID(),
      ukrainianMunicipalityId: ids[r.ua ?? "lviv"],
      euMunicipalityId: r.proposed || r.eu === null ? null : ids[r.eu ?? "sindelfingen"],
      proposedMunicipalityName: r.proposed?.name ?? null,
      proposedCountry: r.proposed?.country ?? null,
      message: "We would like to work together on backup power for the hospital.",
      requesterName: "Anna Berg",
      requesterRole: "International relations",
      requesterEmail: `${r.reference.toLowerCase()}@requester.example`,
      languages: ["en"],
      locale: "en",
      status: r.status ?? "SUBMITTED",
      submittedAt: new Date(now.getTime() - (r.daysAgo ?? 1) * DAY),
      interpretationNeeded: r.interpretationNeeded ?? false,
      assigneeId: r.assigneeId ?? null,
      areas: { create: areas.map((a) => ({ areaId: a.id })) },
    },
  });
  return created.id;
}

const refs = async (params: Record<string, string>, who: Principal = p.coordinator) =>
  (await listRequestQueue(who, parseQueueFilter({ status: "all", ...params }), NOW)).rows.map((r) => r.reference);
const audits = (action: string) =>
  db().auditEvent.findMany({ where: { action }, orderBy: { id: "asc" }, select: { outcome: true, objectId: true, actorUserId: true, detail: true } });

beforeEach(async () => {
  await resetDatabase();
  ids = {
    lviv: await createHromada({ slug: "lviv", nameEn: "Lviv", nameUk: "Львів", region: "lviv", population: 717803 }),
    kharkiv: await createHromada({ slug: "kharkiv", nameEn: "Kharkiv", nameUk: "Харків", region: "lviv", population: 1400000 }),
    sindelfingen: await createEuMunicipality("sindelfingen", "Sindelfingen", "DE"),
    uppsala: await createEuMunicipality("uppsala", "Uppsala", "SE"),
    lyon: await createEuMunicipality("lyon", "Lyon", "FR"),
  };
  users = {
    coordinator: await createUser("coordinator@network.example", "COORDINATOR"),
    second: await createUser("second@network.example", "COORDINATOR"),
    administrator: await createUser("admin@network.example", "ADMINISTRATOR"),
    editor: await createUser("olena@lviv.example"),
    staff: await createUser("anna@sindelfingen.example"),
    plain: await createUser("someone@elsewhere.example"),
  };
  await addMembership(users.editor, ids.lviv);
  await addMembership(users.staff, ids.sindelfingen);
  const principal = async (id: string) => (await loadPrincipal(id))!;
  p = {
    coordinator: await principal(users.coordinator),
    second: await principal(users.second),
    administrator: await principal(users.administrator),
    editor: await principal(users.editor),
    staff: await principal(users.staff),
  };
});

describe("the request queue's search and filters", () => {
  beforeEach(async () => {
    await createRequest({ reference: "C4C-AAAAAA", ua: "lviv", eu: "sindelfingen", areas: ["energy"], daysAgo: 20, assigneeId: users.coordinator });
    await createRequest({ reference: "C4C-BBBBBB", ua: "kharkiv", eu: "uppsala", areas: ["education"], daysAgo: 3, interpretationNeeded: true });
    await createRequest({
      reference: "C4C-CCCCCC",
      ua: "kharkiv",
      proposed: { name: "Gdynia", country: "PL" },
      areas: ["energy", "water"],
      daysAgo: 40,
      assigneeId: users.second,
    });
    const assigned = await createRequest({ reference: "C4C-DDDDDD", ua: "lviv", eu: "uppsala", areas: ["water"], daysAgo: 8, interpretationNeeded: true });
    await createRequest({ reference: "C4C-EEEEEE", ua: "lviv", eu: "lyon", areas: ["energy"], daysAgo: 100, status: "APPROVED" });
    const user = await createUser("iryna@interpreters.example");
    const interpreter = await db().interpreter.create({ data: { userId: user, name: "Iryna", languagePairs: ["uk-sv"] } });
    await db().interpreterAssignment.create({ data: { interpreterId: interpreter.id, requestId: assigned } });
  });

  it("each filter narrows the queue to what it names", async () => {
    expect(await refs({})).toEqual(["C4C-EEEEEE", "C4C-CCCCCC", "C4C-AAAAAA", "C4C-DDDDDD", "C4C-BBBBBB"]);
    // Search: the reference, either side's name (English, Ukrainian, local), a municipality not yet in the portal.
    expect(await refs({ q: "bbbb" })).toEqual(["C4C-BBBBBB"]);
    expect(await refs({ q: "харк" })).toEqual(["C4C-CCCCCC", "C4C-BBBBBB"]);
    expect(await refs({ q: "Upps" })).toEqual(["C4C-DDDDDD", "C4C-BBBBBB"]);
    expect(await refs({ q: "gdyn" })).toEqual(["C4C-CCCCCC"]);
    expect(await refs({ status: "undecided" })).toEqual(["C4C-CCCCCC", "C4C-AAAAAA", "C4C-DDDDDD", "C4C-BBBBBB"]);
    expect(await refs({ age: "14" })).toEqual(["C4C-EEEEEE", "C4C-CCCCCC", "C4C-AAAAAA"]);
    expect(await refs({ assignee: "me" })).toEqual(["C4C-AAAAAA"]);
    expect(await refs({ assignee: "me" }, p.second)).toEqual(["C4C-CCCCCC"]);
    expect(await refs({ assignee: users.second })).toEqual(["C4C-CCCCCC"]);
    expect(await refs({ assignee: "none" })).toEqual(["C4C-EEEEEE", "C4C-DDDDDD", "C4C-BBBBBB"]);
    expect(await refs({ country: "se" })).toEqual(["C4C-DDDDDD", "C4C-BBBBBB"]);
    expect(await refs({ country: "PL" })).toEqual(["C4C-CCCCCC"]);
    expect(await refs({ area: "water" })).toEqual(["C4C-CCCCCC", "C4C-DDDDDD"]);
    expect(await refs({ interpretation: "needed" })).toEqual(["C4C-BBBBBB"]);
    expect(await refs({ interpretation: "assigned" })).toEqual(["C4C-DDDDDD"]);
    expect(await refs({ interpretation: "none" })).toEqual(["C4C-EEEEEE", "C4C-CCCCCC", "C4C-AAAAAA"]);
  });

  it("combines the filters, flags overdue rows and ignores what it does not know", async () => {
    expect(await refs({ status: "undecided", area: "energy", assignee: "none" })).toEqual([]);
    expect(await refs({ status: "undecided", area: "energy" })).toEqual(["C4C-CCCCCC", "C4C-AAAAAA"]);
    expect(await refs({ country: "SE", interpretation: "needed", q: "kharkiv" })).toEqual(["C4C-BBBBBB"]);
    const rows = (await listRequestQueue(p.coordinator, parseQueueFilter({ status: "all" }), NOW)).rows;
    expect(rows.filter((r) => r.overdue).map((r) => r.reference)).toEqual(["C4C-CCCCCC", "C4C-AAAAAA"]);
    expect(rows.find((r) => r.reference === "C4C-AAAAAA")?.assignee).toMatchObject({ id: users.coordinator, me: true });
    expect(
      parseQueueFilter({ status: "x", age: "5", page: "-3", assignee: "a b", country: "Germany", area: "nope", interpretation: "x", q: "  two   words " }),
    ).toEqual({
      ...DEFAULT_QUEUE_FILTER,
      q: "two words",
    });
    // The Ukrainian side is not a filter of the EU side's country.
    expect(parseQueueFilter({ country: "UA" }).country).toBe("");
  });

  it("the CSV export honours the same filters", async () => {
    const csv = await requestQueueCsv(p.coordinator, { status: "all", country: "SE", interpretation: "needed" }, NOW);
    const text = JSON.stringify(csv);
    expect(text).toContain("C4C-BBBBBB");
    expect(text).not.toContain("C4C-DDDDDD");
    expect(text).not.toContain("C4C-AAAAAA");
  });

  it("pages the queue twenty at a time", async () => {
    for (let i = 0; i < 22; i++) await createRequest({ reference: `C4C-P${String(i).padStart(5, "0")}`, ua: "kharkiv", eu: "lyon", daysAgo: 2 });
    const filter = { status: "undecided", country: "FR" };
    const first = await listRequestQueue(p.coordinator, parseQueueFilter(filter), NOW);
    const second = await listRequestQueue(p.coordinator, parseQueueFilter({ ...filter, page: "2" }), NOW);
    expect(first).toMatchObject({ total: 22, pages: 2 });
    expect(first.rows).toHaveLength(QUEUE_PAGE_SIZE);
    expect(second.rows.map((r) => r.reference)).toEqual(["C4C-P00020", "C4C-P00021"]);
  });
});

describe("assigning a request", () => {
  it("coordinators and administrators assign to any coordinator; each assignment is on the audit log", async () => {
    const id = await createRequest({ reference: "C4C-ASSIGN" });
    await assignRequest(p.coordinator, "C4C-ASSIGN", users.coordinator);
    await assignRequest(p.administrator, "C4C-ASSIGN", users.second);
    expect((await db().partnershipRequest.findUniqueOrThrow({ where: { id } })).assigneeId).toBe(users.second);
    await assignRequest(p.second, "C4C-ASSIGN", users.administrator);
    await assignRequest(p.second, "C4C-ASSIGN", null);
    expect((await db().partnershipRequest.findUniqueOrThrow({ where: { id } })).assigneeId).toBeNull();
    expect(await audits("request.assign")).toEqual([
      { outcome: "ALLOWED", objectId: String(id), actorUserId: users.coordinator, detail: { from: null, to: users.coordinator } },
      { outcome: "ALLOWED", objectId: String(id), actorUserId: users.administrator, detail: { from: users.coordinator, to: users.second } },
      { outcome: "ALLOWED", objectId: String(id), actorUserId: users.second, detail: { from: users.second, to: users.administrator } },
      { outcome: "ALLOWED", objectId: String(id), actorUserId: users.second, detail: { from: users.administrator, to: null } },
    ]);
  });

  it("refuses an editor and EU staff, even on their own municipality's request, and audits the refusal", async () => {
    const id = await createRequest({ reference: "C4C-REFUSE", ua: "lviv", eu: "sindelfingen" });
    await expect(assignRequest(p.editor, "C4C-REFUSE", users.coordinator)).rejects.toBeInstanceOf(Forbidden);
    await expect(assignRequest(p.staff, "C4C-REFUSE", users.coordinator)).rejects.toBeInstanceOf(Forbidden);
    await expect(assignRequest(null, "C4C-REFUSE", users.coordinator)).rejects.toBeInstanceOf(Forbidden);
    expect((await db().partnershipRequest.findUniqueOrThrow({ where: { id } })).assigneeId).toBeNull();
    expect((await audits("request.assign")).map((a) => [a.outcome, a.actorUserId, a.objectId])).toEqual([
      ["REFUSED", users.editor, String(id)],
      ["REFUSED", users.staff, String(id)],
      ["REFUSED", null, String(id)],
    ]);
  });

  it("refuses an assignee who is not a coordinator, an unknown id and a decided request, changing nothing", async () => {
    const id = await createRequest({ reference: "C4C-UNKNWN", assigneeId: users.second });
    await createRequest({ reference: "C4C-DECIDE", status: "DECLINED" });
    for (const who of [users.editor, users.plain, "no-such-user", "nul\u0000byte"]) {
      await expect(assignRequest(p.coordinator, "C4C-UNKNWN", who)).rejects.toMatchObject({ code: "unknownCoordinator", field: "assignee" });
    }
    await expect(assignRequest(p.coordinator, "C4C-DECIDE", users.coordinator)).rejects.toMatchObject({ code: "closed" });
    await expect(assignRequest(p.coordinator, "C4C-NOPE00", users.coordinator)).rejects.toMatchObject({ code: "notFound" });
    expect((await db().partnershipRequest.findUniqueOrThrow({ where: { id } })).assigneeId).toBe(users.second);
    expect((await audits("request.assign")).map((a) => [a.outcome, (a.detail as { reason?: string } | null)?.reason])).toEqual([
      ["FAILED", "unknownCoordinator"],
      ["FAILED", "unknownCoordinator"],
      ["FAILED", "unknownCoordinator"],
      ["FAILED", "unknownCoordinator"],
      ["FAILED", "closed"],
    ]);
  });

  it("an assignee who deletes their account leaves the request unassigned, and the request stays", async () => {
    const id = await createRequest({ reference: "C4C-ERASED", assigneeId: users.second });
    await deleteOwnAccount(p.second, users.second, "second@network.example");
    expect(await db().partnershipRequest.findUniqueOrThrow({ where: { id }, select: { assigneeId: true, reference: true } })).toEqual({
      assigneeId: null,
      reference: "C4C-ERASED",
    });
    expect(await refs({ assignee: "none", status: "undecided" })).toEqual(["C4C-ERASED"]);
  });
});

describe("bulk actions over a selection", () => {
  it("asks each requester once, one audit line per request; a decided one is skipped and named, untouched", async () => {
    const a = await createRequest({ reference: "C4C-BULK01" });
    const b = await createRequest({ reference: "C4C-BULK02", status: "UNDER_REVIEW" });
    const decided = await createRequest({ reference: "C4C-BULK03", status: "APPROVED" });
    const result = await bulkAskForInformation(
      p.coordinator,
      ["C4C-BULK01", "c4c-bulk02", "C4C-BULK03", "C4C-BULK01"],
      "Which buildings come first, and when?",
      ORIGIN,
    );
    expect(result).toEqual({ done: ["C4C-BULK01", "C4C-BULK02"], skipped: [{ reference: "C4C-BULK03", reason: "alreadyDecided" }] });
    const rows = await db().partnershipRequest.findMany({
      where: { id: { in: [a, b, decided] } },
      orderBy: { id: "asc" },
      select: { status: true, _count: { select: { events: true } } },
    });
    expect(rows).toEqual([
      { status: "INFORMATION_REQUESTED", _count: { events: 1 } },
      { status: "INFORMATION_REQUESTED", _count: { events: 1 } },
      { status: "APPROVED", _count: { events: 0 } },
    ]);
    expect((await audits("request.decide")).map((l) => [l.outcome, l.objectId])).toEqual([
      ["ALLOWED", String(a)],
      ["ALLOWED", String(b)],
      ["FAILED", String(decided)],
    ]);
    const mails = await db().outboxMessage.findMany({ where: { to: { endsWith: "@requester.example" } }, select: { to: true, text: true } });
    expect(mails.map((m) => m.to).sort()).toEqual(["c4c-bulk01@requester.example", "c4c-bulk02@requester.example"]);
    expect(mails.every((m) => m.text.includes("Which buildings come first"))).toBe(true);
  });

  it("assigns each selected request, skipping one not found and one withdrawn", async () => {
    const a = await createRequest({ reference: "C4C-ASGN01" });
    const b = await createRequest({ reference: "C4C-ASGN02", assigneeId: users.coordinator });
    await createRequest({ reference: "C4C-ASGN03", status: "WITHDRAWN" });
    const result = await bulkAssign(p.administrator, ["C4C-ASGN01", "C4C-ASGN02", "C4C-ASGN03", "C4C-GONE00"], users.second);
    expect(result).toEqual({
      done: ["C4C-ASGN01", "C4C-ASGN02"],
      skipped: [
        { reference: "C4C-ASGN03", reason: "closed" },
        { reference: "C4C-GONE00", reason: "notFound" },
      ],
    });
    expect(await refs({ assignee: users.second })).toEqual(["C4C-ASGN01", "C4C-ASGN02"]);
    expect((await audits("request.assign")).map((l) => [l.outcome, l.objectId])).toEqual([
      ["ALLOWED", String(a)],
      ["ALLOWED", String(b)],
      ["FAILED", expect.any(String)],
    ]);
  });

  it("refuses the whole bulk before touching a request: not a coordinator, nothing selected, a bad note, an unknown coordinator", async () => {
    await createRequest({ reference: "C4C-WHOLE1" });
    await expect(bulkAssign(p.editor, ["C4C-WHOLE1"], users.editor)).rejects.toBeInstanceOf(Forbidden);
    await expect(bulkAskForInformation(p.staff, ["C4C-WHOLE1"], "Which buildings come first?")).rejects.toBeInstanceOf(Forbidden);
    await expect(bulkAssign(p.coordinator, ["not a reference!"], users.coordinator)).rejects.toMatchObject({ code: "noneSelected" });
    await expect(bulkAskForInformation(p.coordinator, ["C4C-WHOLE1"], "short")).rejects.toMatchObject({ code: "noteTooShort", field: "note" });
    await expect(bulkAssign(p.coordinator, ["C4C-WHOLE1"], users.plain)).rejects.toBeInstanceOf(DomainError);
    await expect(
      bulkAssign(
        p.coordinator,
        Array.from({ length: 101 }, (_, i) => `C4C-X${i}`),
        null,
      ),
    ).rejects.toMatchObject({ code: "tooMany" });
    expect(await db().partnershipRequest.findUniqueOrThrow({ where: { reference: "C4C-WHOLE1" }, select: { status: true, assigneeId: true } })).toEqual({
      status: "SUBMITTED",
      assigneeId: null,
    });
    expect(await db().outboxMessage.count()).toBe(0);
    expect(await db().auditEvent.count({ where: { outcome: "ALLOWED" } })).toBe(0);
    expect(await db().auditEvent.count({ where: { outcome: "REFUSED" } })).toBe(2);
  });
});

describe("the dashboard's counts", () => {
  // Funding programmes outlive resetDatabase (the files share one database): take ours out again.
  afterEach(async () => void (await db().fundingProgramme.deleteMany({ where: { slug: { in: ["in-thirty-days", "in-thirty-one-days", "yesterday"] } } })));
  const partnership = async (eu: "sindelfingen" | "uppsala" | "lyon", ua: "lviv" | "kharkiv", daysAgo: number, stage: "INTRODUCED" | "ENDED" = "INTRODUCED") =>
    (
      await db().partnership.create({
        data: {
          ukrainianMunicipalityId: ids[ua],
          euMunicipalityId: ids[eu],
          since: new Date("2026-01-01"),
          stage,
          createdAt: new Date(NOW.getTime() - daysAgo * DAY),
        },
      })
    ).id;

  it("an undecided request is overdue from 14 days, not at 13", async () => {
    await createRequest({ reference: "C4C-DAY013", daysAgo: 13 });
    await createRequest({ reference: "C4C-DAY014", daysAgo: 14, status: "INFORMATION_REQUESTED" });
    await createRequest({ reference: "C4C-DAY090", daysAgo: 90, status: "DECLINED" });
    const dashboard = await loadDashboard(p.coordinator, NOW);
    expect(dashboard.overdue.total).toBe(1);
    expect(dashboard.overdue.rows.map((r) => r.reference)).toEqual(["C4C-DAY014"]);
    expect(dashboard.fresh.rows.map((r) => r.reference)).toEqual(["C4C-DAY013"]);
  });

  it("a partnership is stalled from 90 quiet days, not at 89; a message or a meeting is activity; an ended one is not listed", async () => {
    await partnership("sindelfingen", "lviv", 89);
    const stalled = await partnership("uppsala", "lviv", 90);
    const talking = await partnership("lyon", "lviv", 400);
    const meeting = await partnership("sindelfingen", "kharkiv", 400);
    await partnership("uppsala", "kharkiv", 400, "ENDED");
    await db().conversation.create({ data: { partnershipId: talking, lastMessageAt: new Date(NOW.getTime() - 10 * DAY) } });
    await db().meeting.create({
      data: {
        uid: randomUUID(),
        partnershipId: meeting,
        title: "Call",
        startsAt: new Date(NOW.getTime() - 5 * DAY),
        durationMinutes: 60,
        timeZone: "Europe/Kyiv",
        createdAt: new Date(NOW.getTime() - 200 * DAY),
      },
    });
    const dashboard = await loadDashboard(p.coordinator, NOW);
    expect(dashboard.stalled.total).toBe(1);
    expect(dashboard.stalled.rows.map((r) => r.id)).toEqual([stalled]);
    // A stage change 89 days ago wakes it.
    await db().partnershipStageEvent.create({
      data: { partnershipId: stalled, fromStage: "INTRODUCED", toStage: "IN_CONTACT", at: new Date(NOW.getTime() - 89 * DAY) },
    });
    expect((await loadDashboard(p.coordinator, NOW)).stalled.total).toBe(0);
  });

  it("counts what else needs attention: mine, interpretation, answered, memberships, contact messages, deadlines", async () => {
    await createRequest({ reference: "C4C-MINE01", assigneeId: users.coordinator, interpretationNeeded: true });
    await createRequest({ reference: "C4C-MINE02", assigneeId: users.coordinator, status: "APPROVED" });
    const answered = await createRequest({ reference: "C4C-ANSWER", status: "UNDER_REVIEW" });
    await db().requestEvent.create({ data: { requestId: answered, kind: "INFO_PROVIDED", fromStatus: "INFORMATION_REQUESTED", toStatus: "UNDER_REVIEW" } });
    await addMembership(users.plain, ids.kharkiv, "PENDING");
    await db().contactMessage.create({ data: { name: "Ola", email: "ola@example.org", subject: "Joining", message: "How do we join?", locale: "en" } });
    // A far future "now", so the programmes every database starts with are past their deadlines.
    const later = new Date("2040-06-01T12:00:00Z");
    const programme = (slug: string, days: number) =>
      db().fundingProgramme.create({
        data: {
          slug,
          position: 99,
          texts: { name: { en: slug, uk: slug } },
          areas: [],
          deadlineKind: "calls",
          deadlineLastKnown: new Date(Date.parse("2040-06-01") + days * DAY),
          rules: {},
          sourceUrl: "https://example.org",
          lastChecked: new Date("2040-01-01"),
        },
      });
    await programme("in-thirty-days", 30);
    await programme("in-thirty-one-days", 31);
    await programme("yesterday", -1);
    const dashboard = await loadDashboard(p.coordinator, NOW);
    expect(dashboard).toMatchObject({ mine: 1, memberships: 1, openMessages: 1, answered: { total: 1 }, interpretation: { total: 1 } });
    expect(dashboard.answered.rows.map((r) => r.reference)).toEqual(["C4C-ANSWER"]);
    const future = await loadDashboard(p.coordinator, later);
    expect(future.deadlines.rows.map((d) => d.slug)).toEqual(["in-thirty-days"]);
    await expect(loadDashboard(p.editor, NOW)).rejects.toBeInstanceOf(Forbidden);
  });
});
