import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { Forbidden, loadPrincipal, type Principal } from "@/server/auth/principal";
import { DomainError } from "@/server/errors";
import { addressSubject } from "@/server/abuse/rate-limit";
import { exportOwnData } from "@/server/privacy/export";
import { deleteOwnAccount } from "@/server/privacy/delete-account";
import { eraseContactPerson, getContactForErasure } from "@/server/privacy/erase-contact";
import { getContactFor } from "@/server/municipalities/contact";
import { ERASED_EMAIL, ERASED_TEXT } from "@/lib/privacy/erased";
import { db, resetDatabase } from "../support/database";
import { createEuMunicipality, createHromada } from "../support/fixtures";
import { addMembership, createUser } from "../support/accounts";
import { fingerprint, plantEverywhere, textColumns, whereTextOccurs } from "../support/address-scan";

// Accounts hold lower case (a CHECK); requests and mail may not: the erasure and the scan must not care.
const ANNA = "Anna.Berg@Sindelfingen.example";
const OTHER = "lars.holm@goteborg.example";
const CONTACT = "contact@lviv.example"; // Lviv's contact person (tests/support/fixtures.ts)

let ids: Record<"lviv" | "stryi" | "sindelfingen" | "goteborg", number>;
let users: Record<"anna" | "other" | "editorLviv" | "coordinator" | "administrator", string>;

async function principal(userId: string): Promise<Principal> {
  const p = await loadPrincipal(userId);
  if (!p) throw new Error(`no user ${userId}`);
  return p;
}

async function createRequest(data: { ua: number; eu: number; email: string; userId?: string; message?: string }) {
  return db().partnershipRequest.create({
    data: {
      reference: `C4C-${randomUUID().slice(0, 6).toUpperCase()}`,
      submissionToken: randomUUID(),
      ukrainianMunicipalityId: data.ua,
      euMunicipalityId: data.eu,
      message: data.message ?? "We would like to share experience with heat pumps.",
      requesterName: "Requester Name",
      requesterRole: "International relations",
      requesterEmail: data.email,
      languages: ["en"],
      locale: "en",
      requesterUserId: data.userId ?? null,
      status: "UNDER_REVIEW",
    },
    select: { id: true, reference: true },
  });
}

/** Puts `address` everywhere the portal could keep it, for the person `userId` (if any). */
async function spread(address: string, userId: string | null, eu: number) {
  const own = await createRequest({ ua: ids.lviv, eu, email: address.toLowerCase(), userId: userId ?? undefined });
  // Sent before accounts, from the same address in another case, mentioning it in the message.
  const anonymous = await createRequest({ ua: ids.stryi, eu, email: address.toUpperCase(), message: `Please write to ${address} or call us.` });
  await db().requestEvent.createMany({
    data: [
      { requestId: own.id, actorUserId: userId, kind: "SUBMITTED", toStatus: "SUBMITTED" },
      { requestId: own.id, actorUserId: users.coordinator, kind: "INFO_REQUESTED", note: `Asked ${address} for the budget.` },
      { requestId: anonymous.id, actorUserId: users.coordinator, kind: "STATUS_CHANGED", fromStatus: "SUBMITTED", toStatus: "UNDER_REVIEW" },
    ],
  });
  await db().outboxMessage.createMany({
    data: [
      { to: address, subject: "Your request", text: "Thank you." },
      {
        to: "coordinator@example.org",
        subject: `New request from ${address}`,
        text: `Requester: ${address.toUpperCase()}`,
        html: `<a href="mailto:${address}">${address}</a>`,
      },
    ],
  });
  await db().verificationToken.create({ data: { identifier: address.toLowerCase(), token: randomUUID(), expires: new Date(Date.now() + 86_400_000) } });
  // Written directly: recordAudit's callers never put an address in a detail, but older rows might.
  await db().auditEvent.create({
    data: { actorUserId: users.coordinator, action: "legacy.note", outcome: "ALLOWED", detail: { about: address, list: [address] } },
  });
  await db().rateLimitHit.create({ data: { key: `sign-in:address:${addressSubject(address)}`, windowStart: new Date(), count: 2 } });
  // Typed into a profile's texts in the optional languages (appended: spread runs once per address).
  await db().$executeRaw`
    INSERT INTO municipality_translation (municipality_id, language, description) VALUES (${ids.lviv}, 'de', ${`Schreiben Sie an ${address}, wir antworten gern.`})
    ON CONFLICT (municipality_id, language) DO UPDATE SET description = municipality_translation.description || ' ' || EXCLUDED.description`;
  const energy = await db().cooperationArea.findUniqueOrThrow({ where: { slug: "energy" }, select: { id: true } });
  await db().$executeRaw`
    INSERT INTO municipality_area (municipality_id, area_id, direction) VALUES (${ids.lviv}, ${energy.id}, 'NEED') ON CONFLICT DO NOTHING`;
  await db().$executeRaw`
    INSERT INTO municipality_area_translation (municipality_id, area_id, direction, language, detail)
    VALUES (${ids.lviv}, ${energy.id}, 'NEED', 'pl', ${`Pompy ciepła: ${address}`})
    ON CONFLICT (municipality_id, area_id, direction, language) DO UPDATE SET detail = municipality_area_translation.detail || ' ' || EXCLUDED.detail`;
  const partnership = await db().partnership.findFirstOrThrow({ select: { id: true } });
  await db().partnershipStageEvent.create({
    data: { partnershipId: partnership.id, actorUserId: users.editorLviv, fromStage: "INTRODUCED", toStage: "IN_CONTACT", note: `Wrote to ${address}.` },
  });
  if (userId) {
    await db().session.create({ data: { sessionToken: `token-${randomUUID()}`, userId, expires: new Date(Date.now() + 86_400_000) } });
    await db().auditEvent.create({ data: { actorUserId: userId, action: "auth.signIn", objectType: "user", objectId: userId, outcome: "ALLOWED" } });
  }
  return { own, anonymous };
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
    anna: await createUser(ANNA.toLowerCase()),
    other: await createUser(OTHER),
    editorLviv: await createUser("editor.lviv@example.org"),
    coordinator: await createUser("coordinator@example.org", "COORDINATOR"),
    administrator: await createUser("admin@example.org", "ADMINISTRATOR"),
  };
  await addMembership(users.anna, ids.sindelfingen);
  await addMembership(users.other, ids.goteborg);
  await addMembership(users.editorLviv, ids.lviv);
  await db().partnership.create({ data: { ukrainianMunicipalityId: ids.lviv, euMunicipalityId: ids.sindelfingen, since: new Date("2025-01-01") } });
});

describe("the scan itself", () => {
  it("covers every text-like column, the address columns included, and finds a planted address", async () => {
    const columns = (await textColumns()).map((c) => `${c.table}.${c.column}`);
    for (const c of [
      "app_user.email",
      "outbox_message.recipient",
      "outbox_message.text",
      "audit_event.detail",
      "verification_token.identifier",
      "partnership_request.requester_email",
      "municipality.contact_email",
      "municipality.languages",
      "municipality.search_body",
      "rate_limit_hit.key",
    ]) {
      expect(columns).toContain(c);
    }
    await spread(ANNA, users.anna, ids.sindelfingen);
    expect(await whereTextOccurs(ANNA)).toEqual(
      expect.arrayContaining([
        "app_user.email",
        "outbox_message.recipient",
        "outbox_message.subject",
        "outbox_message.text",
        "outbox_message.html",
        "audit_event.detail",
        "verification_token.identifier",
        "partnership_request.requester_email",
        "partnership_request.message",
        "request_event.note",
        "municipality_translation.description",
        "municipality_area_translation.detail",
      ]),
    );
  });
});

describe("contact details on a profile", () => {
  it("are read for the municipality's people, its partners' people, coordinators and administrators only", async () => {
    const visible = async (userId: string | null) => (await getContactFor(userId ? await principal(userId) : null, ids.lviv)).visible;
    expect(await visible(null)).toBe(false);
    expect(await visible(users.other)).toBe(false); // staff of Gothenburg: no partnership with Lviv
    expect(await visible(users.anna)).toBe(true); // staff of Sindelfingen, Lviv's partner
    expect(await visible(users.editorLviv)).toBe(true);
    expect(await visible(users.coordinator)).toBe(true);
    expect(await visible(users.administrator)).toBe(true);
    expect(await getContactFor(await principal(users.anna), ids.lviv)).toEqual({
      visible: true,
      contact: { name: "Olena Test", role: null, email: CONTACT, phone: null },
    });
    expect((await getContactFor(await principal(users.editorLviv), ids.stryi)).visible).toBe(false);
  });
});

describe("downloading one's data", () => {
  it("holds the person's own rows, none of another person's, and is audited", async () => {
    const annas = await spread(ANNA, users.anna, ids.sindelfingen);
    const others = await spread(OTHER, users.other, ids.goteborg);
    const partnership = await db().partnership.findFirstOrThrow({ select: { id: true } });
    await db().partnershipStageEvent.create({
      data: { partnershipId: partnership.id, actorUserId: users.anna, fromStage: "IN_CONTACT", toStage: "LETTER_OF_INTENT", note: "We signed the letter." },
    });
    await db().stageProposal.create({
      data: {
        partnershipId: partnership.id,
        side: "EU",
        fromStage: "LETTER_OF_INTENT",
        toStage: "AGREEMENT_SIGNED",
        proposerUserId: users.anna,
        note: "Agreement drafted.",
        openPartnershipId: partnership.id,
      },
    });
    const data = await exportOwnData(await principal(users.anna));
    const json = JSON.stringify(data);
    expect(data.stageProposals).toEqual([
      expect.objectContaining({ toStage: "AGREEMENT_SIGNED", status: "OPEN", note: "Agreement drafted.", proposedByYou: true, decidedByYou: false }),
    ]);
    expect(data.account).toMatchObject({ id: users.anna, email: ANNA.toLowerCase() });
    expect(data.memberships.map((m) => m.municipality.slug)).toEqual(["sindelfingen"]);
    expect(data.requests.map((r) => r.reference).sort()).toEqual([annas.own.reference, annas.anonymous.reference].sort());
    const own = data.requests.find((r) => r.reference === annas.own.reference)!;
    expect(own.events.map((e) => [e.kind, e.byYou])).toEqual([
      ["SUBMITTED", true],
      ["INFO_REQUESTED", false],
    ]);
    expect(data.auditEvents.map((e) => e.action)).toEqual(["auth.signIn"]);
    // The stage changes and history notes they wrote themselves, with the notes.
    expect(data.stageChanges).toEqual([
      expect.objectContaining({
        fromStage: "IN_CONTACT",
        toStage: "LETTER_OF_INTENT",
        note: "We signed the letter.",
        euMunicipality: { slug: "sindelfingen", nameEn: "Sindelfingen" },
      }),
    ]);
    expect(data.requestEventsWritten).toEqual([expect.objectContaining({ kind: "SUBMITTED", reference: annas.own.reference })]);
    expect(data.mails.map((m) => m.subject)).toEqual(["Your request"]);
    expect(data.sessions).toHaveLength(1);
    expect(Object.keys(data.sessions[0])).toEqual(["expires"]);
    expect(json).not.toContain("token-");
    expect(json.toLowerCase()).not.toContain(OTHER);
    expect(json).not.toContain(others.own.reference);
    expect(json).not.toContain(users.coordinator);
    expect(await db().auditEvent.count({ where: { action: "account.exportOwn", actorUserId: users.anna, outcome: "ALLOWED" } })).toBe(1);
  });

  it("is refused to the signed-out, audited, and writes nothing else", async () => {
    const before = await fingerprint();
    await expect(exportOwnData(null)).rejects.toBeInstanceOf(Forbidden);
    expect(await fingerprint()).toEqual(before);
    expect(await db().auditEvent.findMany({ select: { action: true, outcome: true, actorUserId: true } })).toEqual([
      { action: "account.exportOwn", outcome: "REFUSED", actorUserId: null },
    ]);
  });
});

describe("deleting one's account", () => {
  it("leaves the address nowhere in the database, keeps the requests with neutral markers and leaves others intact", async () => {
    const annas = await spread(ANNA, users.anna, ids.sindelfingen);
    const others = await spread(OTHER, users.other, ids.goteborg);
    const otherBefore = await whereTextOccurs(OTHER);
    // Anna is also named as Stryi's contact person.
    await db().municipality.update({ where: { id: ids.stryi }, data: { contactEmail: ANNA } });

    await deleteOwnAccount(await principal(users.anna), users.anna, ` ${ANNA.toLowerCase()} `);

    expect(await whereTextOccurs(ANNA)).toEqual([]);
    expect(await whereTextOccurs("anna.berg")).toEqual([]);
    // The sign-in limit's counter is keyed by a hash of the address, which the scan cannot see: it goes too, others' stay.
    expect(await db().rateLimitHit.count({ where: { key: { endsWith: addressSubject(ANNA) } } })).toBe(0);
    expect(await db().rateLimitHit.count({ where: { key: { endsWith: addressSubject(OTHER) } } })).toBe(1);
    expect(await db().user.findUnique({ where: { id: users.anna } })).toBeNull();
    expect(await db().session.count({ where: { userId: users.anna } })).toBe(0);
    expect(await db().membership.count({ where: { userId: users.anna } })).toBe(0);
    expect(await db().municipality.findUniqueOrThrow({ where: { id: ids.stryi }, select: { contactName: true, contactEmail: true } })).toEqual({
      contactName: null,
      contactEmail: null,
    });
    // The requests stay on the municipalities' record, with their status and history.
    for (const { id } of [annas.own, annas.anonymous]) {
      const r = await db().partnershipRequest.findUniqueOrThrow({
        where: { id },
        select: { requesterName: true, requesterRole: true, requesterEmail: true, requesterUserId: true, status: true, _count: { select: { events: true } } },
      });
      expect(r).toMatchObject({
        requesterName: ERASED_TEXT,
        requesterRole: ERASED_TEXT,
        requesterEmail: ERASED_EMAIL,
        requesterUserId: null,
        status: "UNDER_REVIEW",
      });
      expect(r._count.events).toBeGreaterThan(0);
    }
    expect(await db().requestEvent.count({ where: { requestId: annas.own.id, actorUserId: null } })).toBe(1);
    // Audit rows stay, without the person.
    expect(await db().auditEvent.count({ where: { action: "auth.signIn", actorUserId: null, objectId: null } })).toBe(1);
    expect(await db().auditEvent.findFirst({ where: { action: "account.deleteOwn" }, select: { outcome: true, actorUserId: true, objectId: true } })).toEqual({
      outcome: "ALLOWED",
      actorUserId: null,
      objectId: null,
    });
    // The other person is untouched.
    expect(await whereTextOccurs(OTHER)).toEqual(otherBefore);
    expect(await db().user.count({ where: { id: users.other } })).toBe(1);
    expect(await db().session.count({ where: { userId: users.other } })).toBe(1);
    expect(await db().partnershipRequest.findUniqueOrThrow({ where: { id: others.own.id }, select: { requesterEmail: true, requesterUserId: true } })).toEqual({
      requesterEmail: OTHER,
      requesterUserId: users.other,
    });
    expect(await db().membership.count({ where: { userId: users.other } })).toBe(1);
  });

  it("refuses a wrong confirmation, and another person's account named in a forged field, changing nothing", async () => {
    await spread(ANNA, users.anna, ids.sindelfingen);
    await spread(OTHER, users.other, ids.goteborg);
    const before = await fingerprint();
    const auditBefore = await db().auditEvent.count();

    const wrong = await deleteOwnAccount(await principal(users.anna), users.anna, OTHER).catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(DomainError);
    expect((wrong as DomainError).code).toBe("confirmation");

    // Anna's session, with Lars's id and address in the form: refused and audited.
    const forged = await deleteOwnAccount(await principal(users.anna), users.other, OTHER).catch((e: unknown) => e);
    expect(forged).toBeInstanceOf(Forbidden);
    // Signed out, with any id.
    await expect(deleteOwnAccount(null, users.other, OTHER)).rejects.toBeInstanceOf(Forbidden);

    expect(await fingerprint()).toEqual(before);
    const refusals = await db().auditEvent.findMany({
      where: { id: { gt: auditBefore } },
      select: { action: true, outcome: true, actorUserId: true, objectId: true },
      orderBy: { id: "asc" },
    });
    expect(refusals).toEqual([
      { action: "account.deleteOwn", outcome: "REFUSED", actorUserId: users.anna, objectId: users.other },
      { action: "account.deleteOwn", outcome: "REFUSED", actorUserId: null, objectId: users.other },
    ]);
  });

  it("refuses an id with a NUL byte or past any length, and audits the refusal like any other", async () => {
    const before = await fingerprint();
    for (const forged of [`${users.other}\u0000`, "\u0000", "x".repeat(500)]) {
      await expect(deleteOwnAccount(await principal(users.anna), forged, ANNA)).rejects.toBeInstanceOf(Forbidden);
    }
    expect(await fingerprint()).toEqual(before);
    const refusals = await db().auditEvent.findMany({
      where: { action: "account.deleteOwn" },
      select: { outcome: true, actorUserId: true, objectId: true },
      orderBy: { id: "asc" },
    });
    expect(refusals).toEqual([
      { outcome: "REFUSED", actorUserId: users.anna, objectId: `${users.other}\uFFFD` },
      { outcome: "REFUSED", actorUserId: users.anna, objectId: "\uFFFD" },
      { outcome: "REFUSED", actorUserId: users.anna, objectId: `${"x".repeat(59)}…` },
    ]);
  });

  it("refuses the network's last coordinator, and allows one of two", async () => {
    const last = await deleteOwnAccount(await principal(users.coordinator), users.coordinator, "coordinator@example.org").catch((e: unknown) => e);
    expect((last as DomainError).code).toBe("lastOfRole");
    expect(await db().user.count({ where: { id: users.coordinator } })).toBe(1);
    await createUser("lena.lind@example.org", "COORDINATOR");
    await deleteOwnAccount(await principal(users.coordinator), users.coordinator, "coordinator@example.org");
    expect(await whereTextOccurs("coordinator@example.org")).toEqual([]);
  });
});

describe("a coordinator erasing a contact person", () => {
  it("clears the contact and leaves the address nowhere, deleting an account that uses it; audited without it", async () => {
    await db().municipality.update({ where: { id: ids.lviv }, data: { contactRole: "Head of international relations", contactPhone: "+380 32 000 00 00" } });
    // The same person is Stryi's contact too, has an account, sent a request, and is mailed.
    await db().municipality.update({ where: { id: ids.stryi }, data: { contactEmail: CONTACT.toUpperCase() } });
    const account = await createUser(CONTACT);
    await addMembership(account, ids.lviv);
    await spread(CONTACT, account, ids.sindelfingen);
    const others = await spread(OTHER, users.other, ids.goteborg);
    const before = (await db().municipality.findUniqueOrThrow({ where: { id: ids.lviv }, select: { updatedAt: true } })).updatedAt;

    const reason = `Olena Test asked by mail from ${CONTACT} on 3 May to be erased.`;
    expect(await eraseContactPerson(await principal(users.coordinator), "lviv", reason)).toEqual({ accountDeleted: true, municipalitiesCleared: 2 });

    expect(await whereTextOccurs(CONTACT)).toEqual([]);
    // Both municipalities that named the address lost their whole contact person.
    expect(await whereTextOccurs("Olena Test")).toEqual([]);
    const lviv = await db().municipality.findUniqueOrThrow({
      where: { id: ids.lviv },
      select: { contactName: true, contactRole: true, contactEmail: true, contactPhone: true, updatedAt: true },
    });
    expect(lviv).toMatchObject({ contactName: null, contactRole: null, contactEmail: null, contactPhone: null });
    expect(lviv.updatedAt.getTime()).toBeGreaterThan(before.getTime());
    expect(await db().user.count({ where: { id: account } })).toBe(0);
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { action: "contact.erase" },
      select: { actorUserId: true, outcome: true, objectId: true, detail: true },
    });
    expect(audit).toMatchObject({ actorUserId: users.coordinator, outcome: "ALLOWED", objectId: String(ids.lviv) });
    expect((audit.detail as { reason: string }).reason).toBe(`${ERASED_TEXT} asked by mail from ${ERASED_TEXT} on 3 May to be erased.`);
    // Others untouched.
    expect(await db().partnershipRequest.findUniqueOrThrow({ where: { id: others.own.id }, select: { requesterEmail: true } })).toEqual({
      requesterEmail: OTHER,
    });
    expect(await db().user.count({ where: { id: users.other } })).toBe(1);
  });

  it("is refused to an editor of the municipality, to EU staff and to the signed-out: audited, nothing changed", async () => {
    await spread(CONTACT, null, ids.sindelfingen);
    const before = await fingerprint();
    for (const who of [users.editorLviv, users.anna, null]) {
      const refusal = await eraseContactPerson(who ? await principal(who) : null, "lviv", "Asked to be erased on 3 May.").catch((e: unknown) => e);
      expect(refusal).toBeInstanceOf(Forbidden);
    }
    await expect(getContactForErasure(await principal(users.editorLviv), "lviv")).rejects.toBeInstanceOf(Forbidden);
    // An unknown municipality is refused to them alike.
    await expect(eraseContactPerson(await principal(users.editorLviv), "no-such-place", "Asked to be erased on 3 May.")).rejects.toBeInstanceOf(Forbidden);
    expect(await fingerprint()).toEqual(before);
    const refused = await db().auditEvent.findMany({
      where: { action: "contact.erase" },
      select: { outcome: true, actorUserId: true, objectId: true },
      orderBy: { id: "asc" },
    });
    expect(refused).toEqual([
      { outcome: "REFUSED", actorUserId: users.editorLviv, objectId: String(ids.lviv) },
      { outcome: "REFUSED", actorUserId: users.anna, objectId: String(ids.lviv) },
      { outcome: "REFUSED", actorUserId: null, objectId: String(ids.lviv) },
      { outcome: "REFUSED", actorUserId: users.editorLviv, objectId: String(ids.lviv) },
      { outcome: "REFUSED", actorUserId: users.editorLviv, objectId: null },
    ]);
  });

  it("needs a reason, and refuses an address of a coordinator's account, changing nothing", async () => {
    const coordinator = await principal(users.coordinator);
    const before = await fingerprint();
    for (const reason of ["", "   short  ", undefined, 42, "x".repeat(501)]) {
      const e = await eraseContactPerson(coordinator, "lviv", reason).catch((error: unknown) => error);
      expect((e as DomainError).code).toBe("reason");
    }
    await db().municipality.update({ where: { id: ids.stryi }, data: { contactEmail: "Coordinator@example.org" } });
    const mid = await fingerprint();
    const e = await eraseContactPerson(coordinator, "stryi", "Asked to be erased on 3 May.").catch((error: unknown) => error);
    expect((e as DomainError).code).toBe("networkAccount");
    expect(await fingerprint()).toEqual(mid);
    expect(before.municipality).not.toEqual(mid.municipality);
    expect(await db().auditEvent.count({ where: { action: "contact.erase", outcome: "ALLOWED" } })).toBe(0);
  });
});

/** A person's name and phone number, written into every text the portal keeps about them. */
const NAME = "Anna Berg";
const PHONES = ["+49 7031 555 0199", "+49 7031 5550199", "0711 123 4567"];

async function plantNameAndPhone(userId: string, requestId: number, reference: string) {
  const mention = `${NAME} (${PHONES[0]})`;
  await db().user.update({ where: { id: userId }, data: { name: NAME } });
  await db().partnershipRequest.update({
    where: { id: requestId },
    data: { requesterName: NAME, message: `Please call ${mention} or ${PHONES[1]}.`, decisionNote: `Approved after a call with ${mention}.` },
  });
  await db().requestEvent.create({ data: { requestId, actorUserId: users.coordinator, kind: "INFO_REQUESTED", note: `Called ${mention}.` } });
  await db().requestEvent.create({ data: { requestId, actorUserId: userId, kind: "STATUS_CHANGED", note: `Reach me on ${PHONES[2]}.` } });
  const partnership = await db().partnership.update({
    where: { ukrainianMunicipalityId_euMunicipalityId: { ukrainianMunicipalityId: ids.lviv, euMunicipalityId: ids.sindelfingen } },
    data: { requestId },
    select: { id: true },
  });
  await db().partnershipStageEvent.createMany({
    data: [
      { partnershipId: partnership.id, actorUserId: users.editorLviv, fromStage: "INTRODUCED", toStage: "IN_CONTACT", note: `Met ${mention} in Lviv.` },
      {
        partnershipId: partnership.id,
        actorUserId: userId,
        fromStage: "IN_CONTACT",
        toStage: "LETTER_OF_INTENT",
        note: `Signed; questions to me at ${PHONES[2]}.`,
      },
    ],
  });
  // A stage proposal they made (a note with their number) and one the other side declined naming them.
  await db().stageProposal.createMany({
    data: [
      {
        partnershipId: partnership.id,
        side: "EU",
        fromStage: "LETTER_OF_INTENT",
        toStage: "AGREEMENT_SIGNED",
        proposerUserId: userId,
        note: `Ready; call ${PHONES[1]}.`,
        status: "WITHDRAWN",
        deciderUserId: userId,
      },
      {
        partnershipId: partnership.id,
        side: "UKRAINIAN",
        fromStage: "LETTER_OF_INTENT",
        toStage: "ENDED",
        proposerUserId: users.editorLviv,
        note: `Ending after ${mention} left.`,
        status: "DECLINED",
        deciderUserId: userId,
        reason: `No: ${NAME} is still here.`,
      },
    ],
  });
  await db().outboxMessage.create({
    data: { to: "editor.lviv@example.org", subject: `Request ${reference}`, text: `${reference} from ${mention}`, html: `<p>${reference} from ${mention}</p>` },
  });
  await db().auditEvent.create({ data: { actorUserId: userId, action: "legacy.note", outcome: "ALLOWED", detail: { said: mention } } });
  return partnership.id;
}

describe("erasure covers every column of every table (read from Postgres's catalogue)", () => {
  it("deleting an account leaves its address, name and phone numbers nowhere; the requests stay without them", async () => {
    const annas = await spread(ANNA, users.anna, ids.sindelfingen);
    await spread(OTHER, users.other, ids.goteborg);
    const me = await principal(users.anna);
    // The address in every text column first, then the name and phone where they are written.
    const planted = await plantEverywhere(ANNA);
    await db().municipality.update({ where: { id: ids.stryi }, data: { contactEmail: ANNA, contactName: NAME, contactPhone: PHONES[0] } });
    const partnershipId = await plantNameAndPhone(users.anna, annas.own.id, annas.own.reference);
    // The plant reached the free-text columns (a column added later is planted and scanned alike).
    expect(planted).toEqual(
      expect.arrayContaining([
        "partnership_stage_event.note",
        "request_event.note",
        "partnership_request.message",
        "partnership_request.decision_note",
        "outbox_message.text",
        "audit_event.detail",
        "municipality.description_en",
        "municipality.search_body",
        "municipality_translation.description",
      ]),
    );

    await deleteOwnAccount(me, users.anna, ANNA);

    for (const identifier of [ANNA, NAME, ...PHONES, "555 0199", "5550199", "123 4567"]) {
      expect({ identifier, columns: await whereTextOccurs(identifier) }).toEqual({ identifier, columns: [] });
    }
    // What stays: the request's content and history, the stage changes, without the identifiers.
    const own = await db().partnershipRequest.findUniqueOrThrow({ where: { id: annas.own.id }, select: { message: true, decisionNote: true, status: true } });
    expect(own).toEqual({
      message: `Please call ${ERASED_TEXT} (${ERASED_TEXT}) or ${ERASED_TEXT}.`,
      decisionNote: `Approved after a call with ${ERASED_TEXT} (${ERASED_TEXT}).`,
      status: "UNDER_REVIEW",
    });
    expect(
      (
        await db().partnershipStageEvent.findMany({
          where: { partnershipId, note: { not: { startsWith: "Wrote to" } } },
          select: { note: true },
          orderBy: { id: "asc" },
        })
      ).map((e) => e.note),
    ).toEqual([`Met ${ERASED_TEXT} (${ERASED_TEXT}) in Lviv.`, `Signed; questions to me at ${ERASED_TEXT}.`]);
    // The proposals stay, without the identifiers and without the account's id.
    expect(
      await db().stageProposal.findMany({
        where: { partnershipId },
        select: { note: true, reason: true, proposerUserId: true, deciderUserId: true },
        orderBy: { id: "asc" },
      }),
    ).toEqual([
      { note: `Ready; call ${ERASED_TEXT}.`, reason: null, proposerUserId: null, deciderUserId: null },
      {
        note: `Ending after ${ERASED_TEXT} (${ERASED_TEXT}) left.`,
        reason: `No: ${ERASED_TEXT} is still here.`,
        proposerUserId: users.editorLviv,
        deciderUserId: null,
      },
    ]);
    // Another person's rows keep their own address.
    expect(await whereTextOccurs(OTHER)).toEqual(expect.arrayContaining(["app_user.email", "partnership_request.requester_email"]));
  });

  it("erasing a contact person leaves their address, name and phone nowhere, and keeps the profile's other text", async () => {
    const account = await createUser(CONTACT);
    const theirs = await spread(CONTACT, account, ids.sindelfingen);
    await plantEverywhere(CONTACT);
    await db().municipality.update({
      where: { id: ids.lviv },
      data: { contactName: NAME, contactPhone: PHONES[0], descriptionEn: `A city of culture. Partnerships: ${NAME}, ${PHONES[1]}. ${CONTACT}` },
    });
    await plantNameAndPhone(account, theirs.own.id, theirs.own.reference);

    await eraseContactPerson(await principal(users.coordinator), "lviv", "Asked by mail on 3 May to be erased.");

    for (const identifier of [CONTACT, NAME, ...PHONES, "5550199"]) {
      expect({ identifier, columns: await whereTextOccurs(identifier) }).toEqual({ identifier, columns: [] });
    }
    expect(await db().municipality.findUniqueOrThrow({ where: { id: ids.lviv }, select: { descriptionEn: true } })).toEqual({
      descriptionEn: `A city of culture. Partnerships: ${ERASED_TEXT}, ${ERASED_TEXT}. ${ERASED_TEXT}`,
    });
  });

  it("a name is erased only from texts about its person: a requester calling themselves Lviv erases no city", async () => {
    await db().user.update({ where: { id: users.anna }, data: { name: "Lviv" } });
    await createRequest({ ua: ids.lviv, eu: ids.sindelfingen, email: ANNA.toLowerCase(), userId: users.anna, message: "Lviv and we share a river." });
    await db().municipality.update({ where: { id: ids.stryi }, data: { descriptionEn: "Near Lviv." } });
    await db().outboxMessage.create({ data: { to: "x@example.org", subject: "Lviv news", text: "Lviv" } });
    await deleteOwnAccount(await principal(users.anna), users.anna, ANNA);
    expect(await db().municipality.findUniqueOrThrow({ where: { id: ids.stryi }, select: { descriptionEn: true } })).toEqual({ descriptionEn: "Near Lviv." });
    expect(await db().outboxMessage.count({ where: { subject: "Lviv news", text: "Lviv" } })).toBe(1);
  });
});
