import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { Forbidden, loadPrincipal, type Principal } from "@/server/auth/principal";
import { approveRequest, declineRequest } from "@/server/requests/decide";
import { answerForHromada } from "@/server/requests/hromada-answer";
import { listRequestsAddressedTo } from "@/server/requests/addressed";
import { getEditorOverviews } from "@/server/requests/editor-overview";
import { listRequestQueue, parseQueueFilter } from "@/server/requests/queue";
import { getRequestForReview } from "@/server/requests/review";
import { getOwnRequest } from "@/server/requests/own";
import { OpenRequestExists } from "@/server/requests/open-requests";
import { submitPartnershipRequest, type SubmitContext } from "@/server/requests/submit";
import { proposePartnership } from "@/server/requests/propose";
import { withdrawRequest } from "@/server/requests/withdraw";
import { getResponsiveness } from "@/server/municipalities/responsiveness";
import { browseEuMunicipalities, parseEuBrowseFilter } from "@/server/municipalities/eu-browse";
import { parsePartnershipRequest } from "@/lib/partnership-request-schema";
import { db, resetDatabase } from "../support/database";
import { createEuMunicipality, createHromada } from "../support/fixtures";
import { addMembership, createUser } from "../support/accounts";
import { formData } from "../support/forms";

const ORIGIN = "https://portal.example";
const CONTEXT: SubmitContext = { locale: "en", clientAddress: null, origin: ORIGIN };
const REASON = "Our council decides on new partnerships only after the spring budget.";

let ids: Record<"lviv" | "stryi" | "sindelfingen", number>;
let p: Record<"staff" | "editor" | "stryiEditor" | "coordinator" | "administrator" | "outsider", Principal>;

const principal = async (id: string) => (await loadPrincipal(id))!;
const input = (sender = "") => {
  const parsed = parsePartnershipRequest(
    formData({
      submissionToken: randomUUID(),
      euMunicipality: sender,
      areas: ["energy"],
      message: "We would like to work together on backup power for the hospital.",
      requesterName: "Anna Berg",
      requesterRole: "International relations",
      languages: ["de", "en"],
      consent: "on",
    }),
  );
  if (!parsed.ok) throw new Error("invalid fixture");
  return parsed.input;
};
const send = async () => (await submitPartnershipRequest(p.staff, "lviv", input(), CONTEXT)).reference;
const stored = (reference: string) =>
  db().partnershipRequest.findUniqueOrThrow({
    where: { reference },
    select: {
      status: true,
      direction: true,
      hromadaAnswer: true,
      hromadaAnswerReason: true,
      hromadaAnsweredAt: true,
      hromadaFirstAnsweredAt: true,
      ukrainianMunicipalityId: true,
      euMunicipalityId: true,
      requesterUserId: true,
    },
  });
const answeredEvents = (reference: string) => db().requestEvent.count({ where: { kind: "HROMADA_ANSWERED", request: { reference } } });

beforeEach(async () => {
  await resetDatabase();
  ids = {
    lviv: await createHromada({ slug: "lviv", nameEn: "Lviv", nameUk: "Львів", region: "lviv", population: 717803, needs: ["energy"] }),
    stryi: await createHromada({ slug: "stryi", nameEn: "Stryi", nameUk: "Стрий", region: "lviv", population: 59000, needs: ["water"] }),
    sindelfingen: await createEuMunicipality("sindelfingen", "Sindelfingen", "DE"),
  };
  const staff = await createUser("anna@sindelfingen.example");
  const editor = await createUser("olena@lviv.example");
  const stryiEditor = await createUser("taras@stryi.example");
  const coordinator = await createUser("coordinator@network.example", "COORDINATOR");
  const administrator = await createUser("admin@network.example", "ADMINISTRATOR");
  const outsider = await createUser("someone@elsewhere.example");
  await addMembership(staff, ids.sindelfingen);
  await addMembership(editor, ids.lviv);
  await addMembership(stryiEditor, ids.stryi);
  p = {
    staff: await principal(staff),
    editor: await principal(editor),
    stryiEditor: await principal(stryiEditor),
    coordinator: await principal(coordinator),
    administrator: await principal(administrator),
    outsider: await principal(outsider),
  };
});

describe("the hromada's answer to a request addressed to it", () => {
  it("is stored with a history line and an audit line, mailed to the coordinators, and shown in the queue and on the review", async () => {
    const reference = await send();
    await db().outboxMessage.deleteMany();
    await answerForHromada(p.editor, reference, "INTERESTED", "", ORIGIN);
    expect(await stored(reference)).toMatchObject({ status: "SUBMITTED", hromadaAnswer: "INTERESTED", hromadaAnswerReason: null });
    expect(await answeredEvents(reference)).toBe(1);
    expect(await db().auditEvent.count({ where: { action: "request.answerForMunicipality", outcome: "ALLOWED" } })).toBe(1);
    const mail = await db().outboxMessage.findFirstOrThrow({ where: { to: "coordinator@network.example" } });
    expect(mail.text).toContain("Lviv is interested in request");
    expect(mail.text).toContain(`${ORIGIN}/en/coordinator/requests/${reference}`);
    // Only the coordinators are told: the requester is introduced by them.
    expect(await db().outboxMessage.count({ where: { to: "anna@sindelfingen.example" } })).toBe(0);
    const row = (await listRequestQueue(p.coordinator, parseQueueFilter({}))).rows.find((r) => r.reference === reference);
    expect(row).toMatchObject({ hromadaAnswer: "INTERESTED", direction: "TO_HROMADA" });
    expect(await getRequestForReview(p.coordinator, reference)).toMatchObject({ hromadaAnswer: "INTERESTED" });
    expect((await listRequestsAddressedTo(p.editor, ids.lviv))[0]).toMatchObject({ answer: { choice: "INTERESTED" }, answerable: true });
    // The requester's page does not show it.
    expect((await getOwnRequest(p.staff, reference)).events.map((e) => e.kind)).toEqual(["SUBMITTED"]);
  });

  it("can be changed until the coordinators decide; 'not now' needs its reason; the first answer's time stays", async () => {
    const reference = await send();
    await answerForHromada(p.editor, reference, "INTERESTED", "", ORIGIN);
    const first = (await stored(reference)).hromadaFirstAnsweredAt;
    await expect(answerForHromada(p.editor, reference, "NOT_NOW", "later", ORIGIN)).rejects.toMatchObject({ code: "noteTooShort", field: "reason" });
    await expect(answerForHromada(p.editor, reference, "MAYBE", "", ORIGIN)).rejects.toMatchObject({ code: "chooseAnswer", field: "answer" });
    expect(await stored(reference)).toMatchObject({ hromadaAnswer: "INTERESTED" });
    await answerForHromada(p.editor, reference, "NOT_NOW", REASON, ORIGIN);
    const now = await stored(reference);
    expect(now).toMatchObject({ hromadaAnswer: "NOT_NOW", hromadaAnswerReason: REASON, hromadaFirstAnsweredAt: first });
    expect(await answeredEvents(reference)).toBe(2);

    await approveRequest(p.coordinator, reference);
    await expect(answerForHromada(p.editor, reference, "INTERESTED", "", ORIGIN)).rejects.toMatchObject({ code: "notAnswerable" });
    expect(await stored(reference)).toMatchObject({ status: "APPROVED", hromadaAnswer: "NOT_NOW" });
    expect(await answeredEvents(reference)).toBe(2);
  });

  it("is refused to anyone but the editors of the hromada addressed, audited, and writes nothing", async () => {
    const reference = await send();
    for (const who of [p.stryiEditor, p.staff, p.coordinator, p.administrator, p.outsider, null]) {
      await expect(answerForHromada(who, reference, "INTERESTED", "", ORIGIN)).rejects.toBeInstanceOf(Forbidden);
    }
    expect(await db().auditEvent.count({ where: { action: "request.answerForMunicipality", outcome: "REFUSED", objectType: "request" } })).toBe(6);
    expect(await stored(reference)).toMatchObject({ hromadaAnswer: null, hromadaFirstAnsweredAt: null });
    expect(await answeredEvents(reference)).toBe(0);
    // An unknown reference is refused alike, so that references cannot be probed.
    await expect(answerForHromada(p.editor, "C4C-ZZZZZZ", "INTERESTED", "", ORIGIN)).rejects.toBeInstanceOf(Forbidden);
  });

  it("racing a withdrawal or a decision, either comes first: a later answer is refused, an earlier one stays in the history before the decision", async () => {
    const withdrawn = await send();
    await withdrawRequest(p.staff, withdrawn);
    await expect(answerForHromada(p.editor, withdrawn, "INTERESTED", "", ORIGIN)).rejects.toMatchObject({ code: "notAnswerable" });

    for (let i = 0; i < 3; i++) {
      const reference = await send();
      const [answer, decision] = await Promise.allSettled([
        answerForHromada(p.editor, reference, "INTERESTED", "", ORIGIN),
        approveRequest(p.coordinator, reference),
      ]);
      expect(decision.status).toBe("fulfilled");
      const events = await db().requestEvent.findMany({ where: { request: { reference } }, orderBy: { id: "asc" }, select: { kind: true } });
      if (answer.status === "fulfilled") {
        expect(events.map((e) => e.kind)).toEqual(["SUBMITTED", "HROMADA_ANSWERED", "STATUS_CHANGED"]);
        expect((await stored(reference)).hromadaAnswer).toBe("INTERESTED");
      } else {
        expect(answer.reason).toMatchObject({ code: "notAnswerable" });
        expect(events.map((e) => e.kind)).toEqual(["SUBMITTED", "STATUS_CHANGED"]);
        expect((await stored(reference)).hromadaAnswer).toBeNull();
      }
      await db().partnership.deleteMany();
    }
  });

  it("counts in the hromada's responsiveness: from the request's arrival to its first answer, not the coordinators' decision", async () => {
    const reference = await send();
    expect(await getResponsiveness(ids.lviv)).toEqual({ answered: 0, medianSeconds: null });
    await approveRequest(p.coordinator, reference);
    expect((await getResponsiveness(ids.lviv)).answered).toBe(0);

    const answered = await send();
    const arrived = new Date(Date.now() - 3 * 86_400_000);
    await db().partnershipRequest.update({ where: { reference: answered }, data: { submittedAt: arrived } });
    await answerForHromada(p.editor, answered, "INTERESTED", "", ORIGIN);
    const responsiveness = await getResponsiveness(ids.lviv);
    expect(responsiveness.answered).toBe(1);
    expect(responsiveness.medianSeconds).toBeGreaterThan(3 * 86_400 - 60);
    expect(responsiveness.medianSeconds).toBeLessThan(3 * 86_400 + 60);
  });
});

describe("a hromada's proposal to an EU municipality", () => {
  it("is the request flow reversed: recorded TO_EU, from the editor's own hromada, in the coordinators' queue, approved into a partnership", async () => {
    await db().outboxMessage.deleteMany();
    const { reference } = await proposePartnership(p.editor, "sindelfingen", input(), CONTEXT);
    expect(await stored(reference)).toMatchObject({
      direction: "TO_EU",
      status: "SUBMITTED",
      ukrainianMunicipalityId: ids.lviv,
      euMunicipalityId: ids.sindelfingen,
      requesterUserId: p.editor.userId,
    });
    expect(await db().auditEvent.count({ where: { action: "request.propose", outcome: "ALLOWED" } })).toBe(1);
    const open = (await listRequestQueue(p.coordinator, parseQueueFilter({}))).rows;
    expect(open.map((r) => [r.reference, r.direction])).toEqual([[reference, "TO_EU"]]);
    const confirmation = await db().outboxMessage.findFirstOrThrow({ where: { to: "olena@lviv.example" } });
    expect(confirmation.text).toContain("request");
    expect(confirmation.text).toContain("to Sindelfingen");
    // Not addressed to the hromada: not in its list, and not for it to answer.
    expect(await listRequestsAddressedTo(p.editor, ids.lviv)).toEqual([]);
    await expect(answerForHromada(p.editor, reference, "INTERESTED", "", ORIGIN)).rejects.toMatchObject({ code: "notAnswerable" });
    // One open request per pair, whichever side sent it.
    await expect(submitPartnershipRequest(p.staff, "lviv", input(), CONTEXT)).rejects.toBeInstanceOf(OpenRequestExists);
    // The editor follows it as their own request.
    expect(await getOwnRequest(p.editor, reference)).toMatchObject({ direction: "TO_EU", withdrawable: true });

    const { partnershipId } = await approveRequest(p.coordinator, reference);
    expect(await db().partnership.findUniqueOrThrow({ where: { id: partnershipId! } })).toMatchObject({
      ukrainianMunicipalityId: ids.lviv,
      euMunicipalityId: ids.sindelfingen,
    });
  });

  it("is sent only by a hromada's editors, for their own hromada; the proposer may withdraw it", async () => {
    for (const who of [p.staff, p.coordinator, p.administrator, p.outsider, null]) {
      await expect(proposePartnership(who, "sindelfingen", input(), CONTEXT)).rejects.toBeInstanceOf(Forbidden);
    }
    expect(await db().auditEvent.count({ where: { action: "request.propose", outcome: "REFUSED" } })).toBe(5);
    // Stryi's editor naming Lviv in the form still proposes for Stryi, the only hromada they edit.
    const { reference } = await proposePartnership(p.stryiEditor, "sindelfingen", input("lviv"), CONTEXT);
    expect(await stored(reference)).toMatchObject({ ukrainianMunicipalityId: ids.stryi });
    // Not to a hromada, nor to an unpublished municipality.
    await expect(proposePartnership(p.editor, "stryi", input(), CONTEXT)).rejects.toMatchObject({ code: "targetUnavailable" });
    await db().municipality.update({ where: { id: ids.sindelfingen }, data: { status: "DRAFT" } });
    await expect(proposePartnership(p.editor, "sindelfingen", input(), CONTEXT)).rejects.toMatchObject({ code: "targetUnavailable" });
    await expect(withdrawRequest(p.editor, reference)).rejects.toBeInstanceOf(Forbidden);
    await withdrawRequest(p.stryiEditor, reference);
    expect((await stored(reference)).status).toBe("WITHDRAWN");
  });
});

describe("the proposals addressed to an EU municipality, on its staff's account page", () => {
  const refused = () => db().auditEvent.count({ where: { action: "request.readForMunicipality", outcome: "REFUSED" } });

  it("shows its approved staff the hromadas' proposals, newest first, read only, with the proposing hromada and its profile", async () => {
    const { reference: fromLviv } = await proposePartnership(p.editor, "sindelfingen", input(), CONTEXT);
    const { reference: fromStryi } = await proposePartnership(p.stryiEditor, "sindelfingen", input(), CONTEXT);
    await db().partnershipRequest.update({ where: { reference: fromLviv }, data: { submittedAt: new Date("2026-11-02T10:00:00Z") } });
    await db().partnershipRequest.update({ where: { reference: fromStryi }, data: { submittedAt: new Date("2026-11-20T10:00:00Z") } });
    // Stryi's profile is taken out of the catalogue: still listed, no longer linked.
    await db().municipality.update({ where: { id: ids.stryi }, data: { status: "DRAFT" } });

    const list = await listRequestsAddressedTo(p.staff, ids.sindelfingen);
    expect(list.map((r) => r.reference)).toEqual([fromStryi, fromLviv]);
    expect(list[1]).toMatchObject({
      side: "EU",
      status: "SUBMITTED",
      submittedAt: new Date("2026-11-02T10:00:00Z"),
      message: "We would like to work together on backup power for the hospital.",
      languages: ["de", "en"],
      interpretationNeeded: false,
      areas: ["energy"],
      from: { name: "Lviv", nameUk: "Львів", slug: "lviv" },
      // The hromada's answer is not the EU side's to give.
      answer: null,
      answerable: false,
    });
    expect(list[0].from).toMatchObject({ name: "Stryi", slug: null });
    // The proposer's name and e-mail stay with the coordinators.
    expect(JSON.stringify(list)).not.toContain("olena@lviv.example");

    // On the account page: Sindelfingen, on the EU side, with the same list.
    const [overview] = await getEditorOverviews(p.staff, "de");
    expect(overview).toMatchObject({ side: "EU", municipality: { slug: "sindelfingen", name: "Sindelfingen" } });
    expect(overview.requests.map((r) => r.reference)).toEqual([fromStryi, fromLviv]);
    // A coordinator reads it too (the network reads every list).
    expect((await listRequestsAddressedTo(p.coordinator, ids.sindelfingen)).length).toBe(2);
  });

  it("is refused, audited, to another EU municipality's staff and to a hromada's editors, the proposer's included", async () => {
    await proposePartnership(p.editor, "sindelfingen", input(), CONTEXT);
    const goteborg = await createEuMunicipality("goteborg", "Göteborg", "SE");
    const otherStaff = await createUser("sara@goteborg.example");
    await addMembership(otherStaff, goteborg);
    const sara = await principal(otherStaff);
    for (const who of [sara, p.editor, p.stryiEditor, p.outsider, null]) {
      await expect(listRequestsAddressedTo(who, ids.sindelfingen)).rejects.toBeInstanceOf(Forbidden);
    }
    expect(await refused()).toBe(5);
    // Göteborg's own list is empty; a pending member of Sindelfingen acts for nobody yet.
    expect(await listRequestsAddressedTo(sara, goteborg)).toEqual([]);
    const pending = await createUser("pending@sindelfingen.example");
    await addMembership(pending, ids.sindelfingen, "PENDING");
    await expect(listRequestsAddressedTo(await principal(pending), ids.sindelfingen)).rejects.toBeInstanceOf(Forbidden);
    expect(await getEditorOverviews(await principal(pending), "en")).toEqual([]);
  });

  it("the proposer's hromada does not see its own proposal as addressed to it: it follows it as its request", async () => {
    const { reference } = await proposePartnership(p.editor, "sindelfingen", input(), CONTEXT);
    expect(await listRequestsAddressedTo(p.editor, ids.lviv)).toEqual([]);
    const [lviv] = await getEditorOverviews(p.editor, "uk");
    expect(lviv).toMatchObject({ side: "HROMADA", municipality: { slug: "lviv", name: "Львів" }, requests: [] });
    expect(await getOwnRequest(p.editor, reference)).toMatchObject({ direction: "TO_EU" });
  });

  it("a request to a hromada is on the hromada's list only, not on the sending EU municipality's", async () => {
    const reference = await send();
    expect((await listRequestsAddressedTo(p.editor, ids.lviv)).map((r) => [r.reference, r.side, r.from.name, r.answerable])).toEqual([
      [reference, "HROMADA", "Sindelfingen", true],
    ]);
    expect(await listRequestsAddressedTo(p.staff, ids.sindelfingen)).toEqual([]);
    expect((await getEditorOverviews(p.staff, "en"))[0]).toMatchObject({ side: "EU", requests: [] });
  });
});

describe("the notices of a request go to the side it is addressed to", () => {
  // Since the earliest queued mail: each step's notices, by address.
  const mailSince = async (id: number) =>
    new Map((await db().outboxMessage.findMany({ where: { id: { gt: id } }, orderBy: { id: "asc" } })).map((m) => [m.to, m]));
  const lastMailId = async () => (await db().outboxMessage.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0;
  const DECLINE = "The coordinators found no shared cooperation area this year.";

  beforeEach(async () => {
    // Lviv's second editor, Sindelfingen's second staff member (no language chosen) and a pending one.
    await addMembership(await createUser("petro@lviv.example"), ids.lviv);
    await addMembership(await createUser("ben@sindelfingen.example"), ids.sindelfingen);
    await addMembership(await createUser("pending@sindelfingen.example"), ids.sindelfingen, "PENDING");
    await db().user.update({ where: { id: p.staff.userId }, data: { locale: "de", localeChosen: true } });
  });

  it("a hromada's proposal tells the EU municipality's approved staff, in their language, and not the proposer's fellow editors", async () => {
    const { reference } = await proposePartnership(p.editor, "sindelfingen", input(), CONTEXT);
    const submitted = await mailSince(0);
    expect([...submitted.keys()].sort()).toEqual([
      "anna@sindelfingen.example",
      "ben@sindelfingen.example",
      "coordinator@network.example",
      "olena@lviv.example",
    ]);
    // Anna chose German; Ben chose nothing: English, the EU side's default (a hromada's is Ukrainian).
    const anna = submitted.get("anna@sindelfingen.example")!;
    expect(anna.subject).toBe(`Partnerschaftsanfrage ${reference}: Lviv an Sindelfingen`);
    expect(anna.text).toContain(`Lviv hat eine Partnerschaftsanfrage (${reference}) an Sindelfingen gesendet.`);
    expect(anna.text).toContain("https://portal.example/de/account\n");
    const ben = submitted.get("ben@sindelfingen.example")!;
    expect(ben.text).toContain(`Lviv has sent a partnership request (${reference}) to Sindelfingen.`);
    expect(ben.text).toContain("https://portal.example/en/account\n");
    // The proposer reads their own confirmation, worded for the requester.
    expect(submitted.get("olena@lviv.example")!.text).toContain(`Your partnership request ${reference} to Sindelfingen has been received.`);

    // The coordinators' decision reaches the EU staff too; the deciding coordinator is spared.
    const before = await lastMailId();
    await declineRequest(p.coordinator, reference, DECLINE, ORIGIN);
    const declined = await mailSince(before);
    expect([...declined.keys()].sort()).toEqual(["anna@sindelfingen.example", "ben@sindelfingen.example", "olena@lviv.example"]);
    expect(declined.get("anna@sindelfingen.example")!.text).toContain(
      `Die Anfrage ${reference} von Lviv für eine Partnerschaft mit Sindelfingen wurde abgelehnt.`,
    );
    expect(declined.get("anna@sindelfingen.example")!.text).toContain(DECLINE);
    expect(declined.get("ben@sindelfingen.example")!.text).toContain(`The request ${reference} from Lviv to partner with Sindelfingen has been declined.`);
    expect(declined.get("olena@lviv.example")!.text).toContain(`Your request ${reference} to partner with Sindelfingen has been declined.`);
  });

  it("an approved proposal is announced to the EU staff; Lviv's other editor hears of it from no notice", async () => {
    const { reference } = await proposePartnership(p.editor, "sindelfingen", input(), CONTEXT);
    await approveRequest(p.coordinator, reference, null, ORIGIN);
    const approved = (await db().outboxMessage.findMany({ where: { subject: { contains: "genehmigt" } } })).map((m) => m.to);
    expect(approved).toEqual(["anna@sindelfingen.example"]);
    expect(await db().outboxMessage.count({ where: { to: "petro@lviv.example" } })).toBe(0);
    expect(await db().outboxMessage.count({ where: { to: "pending@sindelfingen.example" } })).toBe(0);
  });

  it("a request to a hromada still tells its editors, in Ukrainian, and not the requester's colleagues", async () => {
    const reference = await send();
    const submitted = await mailSince(0);
    expect([...submitted.keys()].sort()).toEqual(["anna@sindelfingen.example", "coordinator@network.example", "olena@lviv.example", "petro@lviv.example"]);
    for (const editor of ["olena@lviv.example", "petro@lviv.example"]) {
      expect(submitted.get(editor)!.subject).toBe(`Запит про партнерство ${reference}: Sindelfingen — Львів`);
      expect(submitted.get(editor)!.text).toContain("https://portal.example/uk/account\n");
    }
    const before = await lastMailId();
    await declineRequest(p.coordinator, reference, DECLINE, ORIGIN);
    const declined = await mailSince(before);
    expect([...declined.keys()].sort()).toEqual(["anna@sindelfingen.example", "olena@lviv.example", "petro@lviv.example"]);
    expect(declined.get("petro@lviv.example")!.text).toContain(`Запит ${reference} від Sindelfingen на партнерство з громадою Львів відхилено.`);
    expect(declined.get("anna@sindelfingen.example")!.text).toContain(`Ihre Anfrage ${reference}`);
  });
});

describe("browsing EU municipalities", () => {
  it("filters by country, area offered, language and the oblast of their Ukrainian community", async () => {
    const uppsala = await createEuMunicipality("uppsala", "Uppsala", "SE");
    const energy = await db().cooperationArea.findUniqueOrThrow({ where: { slug: "energy" } });
    await db().municipality.update({
      where: { id: uppsala },
      data: {
        languages: ["sv", "uk"],
        ukrainianCommunityRegions: ["lviv"],
        areas: { create: { areaId: energy.id, direction: "OFFER", detailEn: "District heating" } },
      },
    });
    await createEuMunicipality("draft-town", "Drafttown", "DE").then((id) => db().municipality.update({ where: { id }, data: { status: "DRAFT" } }));
    const slugs = async (params: Record<string, string>) => (await browseEuMunicipalities(parseEuBrowseFilter(params))).rows.map((r) => r.slug);
    expect(await slugs({})).toEqual(["sindelfingen", "uppsala"]);
    expect(await slugs({ country: "SE" })).toEqual(["uppsala"]);
    expect(await slugs({ country: "UA" })).toEqual(["sindelfingen", "uppsala"]);
    expect(await slugs({ area: "energy" })).toEqual(["uppsala"]);
    expect(await slugs({ language: "uk" })).toEqual(["uppsala"]);
    expect(await slugs({ oblast: "lviv" })).toEqual(["uppsala"]);
    expect(await slugs({ oblast: "kharkiv" })).toEqual([]);
    expect(await slugs({ area: "no-such-area", language: "xx" })).toEqual(["sindelfingen", "uppsala"]);
  });
});
