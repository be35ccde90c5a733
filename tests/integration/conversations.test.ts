import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { Forbidden, loadPrincipal, type Principal } from "@/server/auth/principal";
import { DomainError } from "@/server/errors";
import { conversationIdFor, openRequestConversation } from "@/server/conversations/open";
import { readConversation } from "@/server/conversations/read";
import { postMessage, type Upload } from "@/server/conversations/post";
import { readAttachment } from "@/server/conversations/attachments";
import { listInbox, unreadTotal } from "@/server/conversations/inbox";
import { addInternalNote, listInternalNotes } from "@/server/conversations/notes";
import { setMessageDelivery } from "@/server/conversations/preferences";
import { DIGEST_ACTION, runDailyDigest } from "@/server/conversations/notify";
import { exportOwnData } from "@/server/privacy/export";
import { runDailyPurge } from "@/server/privacy/retention";
import { db, resetDatabase } from "../support/database";
import { createEuMunicipality, createHromada } from "../support/fixtures";
import { addMembership, createUser } from "../support/accounts";
import { raceIt } from "../support/race";
import { DOCM, DOCX, EXE, HTML, ODT, PDF, PLAIN_ZIP, PNG } from "../support/files";
import { assignInterpreter, unassignInterpreter } from "@/server/interpretation/assignments";
import { createInterpreter, setInterpreterActive } from "@/server/interpretation/interpreters";

const ORIGIN = "https://portal.example";
type Who = "staff" | "colleague" | "editor" | "coordinator" | "admin" | "thirdStaff" | "thirdEditor" | "nobody";
let users: Record<Who, string>;
let requestConversation: number;
let partnershipConversation: number;
let thirdConversation: number;
let reference: string;

const as = async (who: Who): Promise<Principal> => (await loadPrincipal(users[who]))!;
const text = (body: string, language = "en", files: Upload[] = []) => ({ body, language, files });

async function createRequest(uaId: number, euId: number, requesterUserId: string, ref: string) {
  const r = await db().partnershipRequest.create({
    data: {
      reference: ref,
      submissionToken: randomUUID(),
      ukrainianMunicipalityId: uaId,
      euMunicipalityId: euId,
      message: "We would like to work together on energy.",
      requesterName: "Anna Berg",
      requesterRole: "International relations",
      requesterEmail: "anna@sindelfingen.example",
      requesterUserId,
      languages: ["de", "en"],
      locale: "de",
    },
  });
  return r.id;
}

/** Everything a refused read or write must leave as it was. */
const written = async () => ({
  messages: await db().conversationMessage.count(),
  attachments: await db().conversationAttachment.count(),
  notes: await db().internalNote.count(),
  outbox: await db().outboxMessage.count(),
  allowed: await db().auditEvent.count({ where: { outcome: "ALLOWED" } }),
});
const refusals = (action: string) => db().auditEvent.count({ where: { action, outcome: "REFUSED" } });

beforeEach(async () => {
  await resetDatabase();
  const lviv = await createHromada({ slug: "lviv", nameEn: "Lviv", nameUk: "Львів", region: "lviv", population: 717803 });
  const bar = await createHromada({ slug: "bar", nameEn: "Bar", nameUk: "Бар", region: "vinnytsia", population: 15000 });
  const sindelfingen = await createEuMunicipality("sindelfingen", "Sindelfingen", "DE");
  const uppsala = await createEuMunicipality("uppsala", "Uppsala", "SE");
  users = {
    staff: await createUser("anna@sindelfingen.example"),
    colleague: await createUser("ben@sindelfingen.example"),
    editor: await createUser("olena@lviv.example"),
    coordinator: await createUser("coordinator@example.org", "COORDINATOR"),
    admin: await createUser("admin@example.org", "ADMINISTRATOR"),
    thirdStaff: await createUser("sven@uppsala.example"),
    thirdEditor: await createUser("ivan@bar.example"),
    nobody: await createUser("newcomer@example.org"),
  };
  await addMembership(users.staff, sindelfingen);
  await addMembership(users.colleague, sindelfingen);
  await addMembership(users.editor, lviv);
  await addMembership(users.thirdStaff, uppsala);
  await addMembership(users.thirdEditor, bar);
  await db().user.update({ where: { id: users.editor }, data: { locale: "uk" } });
  await db().user.update({ where: { id: users.staff }, data: { locale: "de" } });
  reference = "C4C-CONV01";
  const requestId = await createRequest(lviv, sindelfingen, users.staff, reference);
  const partnership = await db().partnership.create({
    data: { ukrainianMunicipalityId: lviv, euMunicipalityId: sindelfingen, since: new Date("2026-01-01"), requestId },
  });
  const third = await db().partnership.create({ data: { ukrainianMunicipalityId: bar, euMunicipalityId: uppsala, since: new Date("2026-01-01") } });
  requestConversation = (await conversationIdFor(await as("staff"), { reference }))!;
  partnershipConversation = (await conversationIdFor(await as("editor"), { partnershipId: partnership.id }))!;
  thirdConversation = (await conversationIdFor(await as("thirdStaff"), { partnershipId: third.id }))!;
});

describe("who takes part in a conversation", () => {
  it("opens the request's conversation to both municipalities' people and the network's roles", async () => {
    for (const who of ["staff", "colleague", "editor", "coordinator", "admin"] as const) {
      const c = await readConversation(await as(who), requestConversation);
      expect(c.requestReference).toBe(reference);
    }
    // The link is made once: everyone lands in the same conversation.
    expect(await conversationIdFor(await as("editor"), { reference })).toBe(requestConversation);
  });

  it("gives a third municipality's people, someone without a role and the signed-out no link and no conversation, auditing each refusal", async () => {
    for (const who of ["thirdStaff", "thirdEditor", "nobody"] as const) {
      expect(await conversationIdFor(await as(who), { reference })).toBeNull();
      const before = await refusals("conversation.read");
      await expect(readConversation(await as(who), requestConversation)).rejects.toBeInstanceOf(Forbidden);
      await expect(readConversation(await as(who), partnershipConversation)).rejects.toBeInstanceOf(Forbidden);
      expect(await refusals("conversation.read")).toBe(before + 2);
    }
    await expect(readConversation(null, requestConversation)).rejects.toMatchObject({ signedIn: false });
  });

  it("opens the request's conversation by its reference for participants only (refusals audited)", async () => {
    expect(await openRequestConversation(await as("editor"), reference)).toBe(requestConversation);
    const before = await refusals("conversation.read");
    await expect(openRequestConversation(await as("thirdEditor"), reference)).rejects.toBeInstanceOf(Forbidden);
    await expect(openRequestConversation(await as("thirdStaff"), "C4C-NOSUCH")).rejects.toBeInstanceOf(Forbidden);
    expect(await refusals("conversation.read")).toBe(before + 2);
    await expect(openRequestConversation(null, reference)).rejects.toMatchObject({ signedIn: false });
  });

  it("refuses a guessed id that does not exist like someone else's (audited), and tells a coordinator it is not there", async () => {
    const before = await refusals("conversation.read");
    await expect(readConversation(await as("thirdStaff"), 999_999)).rejects.toBeInstanceOf(Forbidden);
    await expect(readConversation(await as("thirdStaff"), -1)).rejects.toBeInstanceOf(Forbidden);
    expect(await refusals("conversation.read")).toBe(before + 2);
    await expect(readConversation(await as("coordinator"), 999_999)).rejects.toBeInstanceOf(DomainError);
  });

  it("refuses a third municipality's message into the conversation and writes nothing but the refusal", async () => {
    const before = await written();
    for (const who of ["thirdStaff", "thirdEditor", "nobody"] as const) {
      await expect(postMessage(await as(who), requestConversation, text("Hello from elsewhere"), ORIGIN)).rejects.toBeInstanceOf(Forbidden);
    }
    await expect(postMessage(null, requestConversation, text("Anonymous"), ORIGIN)).rejects.toBeInstanceOf(Forbidden);
    expect(await written()).toEqual(before);
    expect(await refusals("conversation.write")).toBe(4);
  });
});

describe("an interpreter in the conversation", () => {
  it("joins the request's conversation (and the partnership's that grew from it) once assigned, and leaves it when unassigned or deactivated", async () => {
    const coordinator = await as("coordinator");
    const { id: interpreterId } = await createInterpreter(coordinator, {
      name: "Zoriana Müller",
      email: "zoriana@example.org",
      languagePairs: ["uk-de"],
      paid: false,
      availability: null,
      contact: null,
    });
    const interpreterUser = (await db().interpreter.findUniqueOrThrow({ where: { id: interpreterId }, select: { userId: true } })).userId;
    const interpreter = async () => (await loadPrincipal(interpreterUser))!;
    // Not assigned yet: refused, like anyone outside the conversation.
    await expect(readConversation(await interpreter(), requestConversation)).rejects.toBeInstanceOf(Forbidden);

    const requestId = (await db().partnershipRequest.findUniqueOrThrow({ where: { reference }, select: { id: true } })).id;
    await assignInterpreter(coordinator, { requestId }, interpreterId, ORIGIN);
    expect((await readConversation(await interpreter(), requestConversation)).requestReference).toBe(reference);
    expect((await readConversation(await interpreter(), partnershipConversation)).partnershipId).not.toBeNull();
    // Nothing else: another partnership's conversation stays closed, and the inbox lists only theirs.
    await expect(readConversation(await interpreter(), thirdConversation)).rejects.toBeInstanceOf(Forbidden);
    for (const [who, id] of [
      ["editor", partnershipConversation],
      ["thirdEditor", thirdConversation],
    ] as const) {
      await postMessage(await as(who), id, text("Привіт", "uk"));
    }
    expect((await listInbox(await interpreter())).map((c) => c.id)).toEqual([partnershipConversation]);

    // They write, are marked as the interpreter, and are told of the others' messages.
    await postMessage(await interpreter(), requestConversation, text("Я перекладатиму зустріч.", "uk"));
    const read = await readConversation(await as("staff"), requestConversation);
    expect(read.messages.at(-1)).toMatchObject({ side: "interpreter" });
    await postMessage(await as("staff"), requestConversation, text("Danke!", "de"));
    expect(await db().outboxMessage.count({ where: { to: "zoriana@example.org", text: { contains: "Danke!" } } })).toBe(1);

    await unassignInterpreter(coordinator, { requestId }, interpreterId);
    await expect(readConversation(await interpreter(), requestConversation)).rejects.toBeInstanceOf(Forbidden);
    await assignInterpreter(coordinator, { requestId }, interpreterId, ORIGIN);
    await setInterpreterActive(coordinator, interpreterId, false);
    await expect(readConversation(await interpreter(), requestConversation)).rejects.toBeInstanceOf(Forbidden);
  });
});

describe("messages", () => {
  it("keeps the message with its language and mails the others at once, each in their language, with a link to the message", async () => {
    const { messageId } = await postMessage(
      await as("editor"),
      requestConversation,
      text("Вітаємо! Чи можемо ми поговорити про енергетику? https://lviv.example/plan", "uk"),
      ORIGIN,
    );
    const c = await readConversation(await as("staff"), requestConversation);
    expect(c.messages).toEqual([expect.objectContaining({ id: messageId, language: "uk", side: "ukrainian", mine: false })]);
    const mails = await db().outboxMessage.findMany({ orderBy: { to: "asc" } });
    // The writer and the administrator (who reads but is not told) get nothing.
    expect(mails.map((m) => m.to)).toEqual(["anna@sindelfingen.example", "ben@sindelfingen.example", "coordinator@example.org"]);
    const anna = mails[0];
    expect(anna.subject).toContain("Neue Nachricht");
    expect(anna.text).toContain(`${ORIGIN}/de/inbox/${requestConversation}#message-${messageId}`);
    expect(anna.text).toContain("Вітаємо!");
  });

  it("refuses an empty or too long text and a language that is not offered, writing nothing", async () => {
    const before = await written();
    const staff = await as("staff");
    await expect(postMessage(staff, requestConversation, text("   "))).rejects.toMatchObject({ code: "bodyEmpty", field: "body" });
    await expect(postMessage(staff, requestConversation, text("x".repeat(8001)))).rejects.toMatchObject({ code: "bodyTooLong" });
    await expect(postMessage(staff, requestConversation, text("Hallo", "xx"))).rejects.toMatchObject({ code: "badLanguage", field: "language" });
    expect(await written()).toEqual(before);
    await postMessage(staff, requestConversation, text("Hallo", "other"));
    expect((await readConversation(staff, requestConversation)).messages[0].language).toBe("other");
  });

  it("mails no one who chose not to be told, and keeps the digest's readers for the digest", async () => {
    await setMessageDelivery(await as("staff"), "NONE");
    await setMessageDelivery(await as("colleague"), "DAILY");
    await postMessage(await as("editor"), requestConversation, text("Привіт", "uk"), ORIGIN);
    expect((await db().outboxMessage.findMany()).map((m) => m.to)).toEqual(["coordinator@example.org"]);
    await expect(setMessageDelivery(await as("staff"), "HOURLY")).rejects.toMatchObject({ code: "badDelivery" });
    await expect(setMessageDelivery(null, "NONE")).rejects.toBeInstanceOf(Forbidden);
  });
});

describe("attachments", () => {
  const upload = (name: string, data: Uint8Array): Upload => ({ name, data });

  it("accepts PDF, images and office documents by their content, under the type found there", async () => {
    const staff = await as("staff");
    await postMessage(staff, requestConversation, text("Unser Plan", "de", [upload("plan.pdf", PDF), upload("photo", PNG), upload("vertrag.docx", DOCX)]));
    await postMessage(staff, requestConversation, text("Und noch einer", "de", [upload("notes.odt", ODT)]));
    const files = (await readConversation(staff, requestConversation)).messages.flatMap((m) => m.attachments);
    expect(files.map((f) => [f.fileName, f.contentType])).toEqual([
      ["plan.pdf", "application/pdf"],
      ["photo.png", "image/png"],
      ["vertrag.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
      ["notes.odt", "application/vnd.oasis.opendocument.text"],
    ]);
  });

  it("refuses a program, a web page named .png, a macro document, a plain archive, too many files and too many bytes, storing nothing", async () => {
    const staff = await as("staff");
    const before = await written();
    for (const bad of [upload("report.pdf", EXE), upload("image.png", HTML), upload("letter.docx", DOCM), upload("archive.docx", PLAIN_ZIP)]) {
      await expect(postMessage(staff, requestConversation, text("Datei", "de", [upload("ok.pdf", PDF), bad]))).rejects.toMatchObject({
        code: "fileType",
        field: "attachments",
      });
    }
    const four = [PDF, PDF, PDF, PDF].map((d, i) => upload(`${i}.pdf`, d));
    await expect(postMessage(staff, requestConversation, text("Vier", "de", four))).rejects.toMatchObject({ code: "tooManyFiles" });
    const big = new Uint8Array(6 * 1024 * 1024);
    big.set(PDF);
    await expect(postMessage(staff, requestConversation, text("Groß", "de", [upload("a.pdf", big), upload("b.pdf", big)]))).rejects.toMatchObject({
      code: "fileTooLarge",
    });
    expect(await written()).toEqual(before);
  });

  it("gives a file to the conversation's participants only, and only under its own conversation's address", async () => {
    await postMessage(await as("staff"), requestConversation, text("Plan", "de", [upload("plan.pdf", PDF)]));
    const [file] = await db().conversationAttachment.findMany({ select: { id: true } });
    for (const who of ["staff", "editor", "coordinator"] as const) {
      const got = await readAttachment(await as(who), requestConversation, file.id);
      expect(got.contentType).toBe("application/pdf");
      expect(Buffer.from(got.data).equals(Buffer.from(PDF))).toBe(true);
    }
    const before = await refusals("conversation.read");
    // Guessing the file's id under the right conversation, or under their own conversation's address.
    await expect(readAttachment(await as("thirdStaff"), requestConversation, file.id)).rejects.toBeInstanceOf(Forbidden);
    await expect(readAttachment(await as("thirdStaff"), thirdConversation, file.id)).rejects.toBeInstanceOf(Forbidden);
    expect(await refusals("conversation.read")).toBe(before + 2);
    // An unknown file under their own conversation's address: simply not found.
    await expect(readAttachment(await as("thirdEditor"), thirdConversation, file.id + 1000)).rejects.toBeInstanceOf(DomainError);
    // A participant of both conversations, under the other one's address: not found.
    await expect(readAttachment(await as("staff"), partnershipConversation, file.id)).rejects.toBeInstanceOf(DomainError);
    await expect(readAttachment(null, requestConversation, file.id)).rejects.toMatchObject({ signedIn: false });
  });
});

describe("the inbox and unread counts", () => {
  it("counts others' messages after the person's read mark, per conversation and in all, newest conversation first", async () => {
    const staff = await as("staff");
    const editor = await as("editor");
    await postMessage(staff, requestConversation, text("Eins", "de"));
    await postMessage(staff, requestConversation, text("Zwei", "de"));
    await postMessage(editor, partnershipConversation, text("Один", "uk"));
    expect((await listInbox(editor)).map((c) => [c.id, c.unread])).toEqual([
      [partnershipConversation, 0],
      [requestConversation, 2],
    ]);
    expect(await unreadTotal(editor)).toBe(2);
    expect(await unreadTotal(staff)).toBe(1);
    expect(await unreadTotal(await as("coordinator"))).toBe(3);
    await readConversation(editor, requestConversation);
    expect(await unreadTotal(editor)).toBe(0);
    expect((await listInbox(editor)).find((c) => c.id === requestConversation)?.unread).toBe(0);
  });

  it("lists only the person's own conversations", async () => {
    await postMessage(await as("staff"), requestConversation, text("Eins", "de"));
    await postMessage(await as("thirdStaff"), thirdConversation, text("Hej", "sv"));
    expect((await listInbox(await as("thirdEditor"))).map((c) => c.id)).toEqual([thirdConversation]);
    expect((await listInbox(await as("colleague"))).map((c) => c.id)).toEqual([requestConversation]);
    expect(await listInbox(await as("nobody"))).toEqual([]);
    expect(await unreadTotal(await as("thirdEditor"))).toBe(1);
    await expect(listInbox(null)).rejects.toBeInstanceOf(Forbidden);
  });
});

describe("internal notes", () => {
  it("are the coordinators' alone: never in the conversation, never mailed, refused (audited) to the partners", async () => {
    await addInternalNote(await as("coordinator"), reference, "Sindelfingen already supports Bar; check capacity.");
    expect((await listInternalNotes(await as("admin"), reference)).map((n) => n.body)).toEqual(["Sindelfingen already supports Bar; check capacity."]);
    expect(await db().outboxMessage.count()).toBe(0);
    expect((await readConversation(await as("staff"), requestConversation)).messages).toEqual([]);
    for (const who of ["staff", "editor", "thirdStaff"] as const) {
      await expect(listInternalNotes(await as(who), reference)).rejects.toBeInstanceOf(Forbidden);
      await expect(addInternalNote(await as(who), reference, "Let me in")).rejects.toBeInstanceOf(Forbidden);
    }
    expect(await refusals("conversation.noteInternal")).toBe(6);
    expect(await db().internalNote.count()).toBe(1);
    await expect(addInternalNote(await as("coordinator"), reference, "  ")).rejects.toMatchObject({ code: "noteEmpty" });
  });
});

describe("the daily digest", () => {
  const at = (iso: string) => new Date(iso);

  raceIt("is sent once across two instances running at the same moment, to those who chose it, with what they have not read", async () => {
    await setMessageDelivery(await as("staff"), "DAILY");
    await db().notificationPreference.update({
      where: { userId_kind: { userId: users.staff, kind: "conversationMessage" } },
      data: { digestedUpTo: at("2026-12-01T00:00:00Z") },
    });
    await postMessage(await as("editor"), requestConversation, text("Перше", "uk"), ORIGIN);
    await postMessage(await as("editor"), partnershipConversation, text("Друге", "uk"), ORIGIN);
    await db().outboxMessage.deleteMany();
    const now = new Date(Date.now() + 60_000);
    now.setUTCHours(6, 0, 0, 0);
    if (now.getTime() < Date.now()) now.setUTCDate(now.getUTCDate() + 1);
    const [a, b] = await Promise.all([runDailyDigest({ now, origin: ORIGIN }), runDailyDigest({ now, origin: ORIGIN })]);
    expect([a, b].filter((r) => r !== null)).toEqual([{ day: now.toISOString().slice(0, 10), mails: 1 }]);
    const mails = await db().outboxMessage.findMany();
    expect(mails.map((m) => m.to)).toEqual(["anna@sindelfingen.example"]);
    expect(mails[0].subject).toBe("Neue Nachrichten in 2 Gesprächen");
    expect(mails[0].text).toContain(`${ORIGIN}/de/inbox/${requestConversation}`);
    expect(await db().auditEvent.count({ where: { action: DIGEST_ACTION } })).toBe(1);
    // Later the same day: not again. The next day: nothing new, no mail.
    expect(await runDailyDigest({ now: new Date(now.getTime() + 3_600_000), origin: ORIGIN })).toBeNull();
    expect(await runDailyDigest({ now: new Date(now.getTime() + 86_400_000), origin: ORIGIN })).toMatchObject({ mails: 0 });
    expect(await db().outboxMessage.count()).toBe(1);
  });

  it("waits for its hour, and leaves out what the person has read", async () => {
    await setMessageDelivery(await as("staff"), "DAILY");
    await db().notificationPreference.update({
      where: { userId_kind: { userId: users.staff, kind: "conversationMessage" } },
      data: { digestedUpTo: at("2026-12-01T00:00:00Z") },
    });
    await postMessage(await as("editor"), requestConversation, text("Прочитане", "uk"));
    await readConversation(await as("staff"), requestConversation);
    const early = new Date(Date.now() + 86_400_000);
    early.setUTCHours(3, 0, 0, 0);
    expect(await runDailyDigest({ now: early })).toBeNull();
    early.setUTCHours(7);
    expect(await runDailyDigest({ now: early })).toMatchObject({ mails: 0 });
  });
});

describe("personal data", () => {
  it("exports the messages a person wrote and their choices, and keeps others' messages out", async () => {
    await postMessage(await as("staff"), requestConversation, text("Meine Nachricht", "de", [{ name: "plan.pdf", data: PDF }]));
    await postMessage(await as("editor"), requestConversation, text("Чужа", "uk"));
    await setMessageDelivery(await as("staff"), "DAILY");
    const data = await exportOwnData(await as("staff"));
    expect(data.conversations.messagesWritten.map((m) => m.body)).toEqual(["Meine Nachricht"]);
    expect(data.conversations.messagesWritten[0].attachments).toEqual([{ fileName: "plan.pdf", contentType: "application/pdf", size: PDF.length }]);
    expect(data.conversations.notificationChoices).toMatchObject([{ kind: "conversationMessage", delivery: "DAILY" }]);
    // Others' messages are the others' (the mail that told this person of one is theirs, and exported with their mail).
    expect(JSON.stringify(data.conversations)).not.toContain("Чужа");
  });

  it("deletes the conversation and internal notes of a request closed longer ago than the period, and keeps the others'", async () => {
    await postMessage(await as("staff"), requestConversation, text("Plan", "de", [{ name: "plan.pdf", data: PDF }]));
    await addInternalNote(await as("coordinator"), reference, "Closed long ago.");
    await postMessage(await as("thirdStaff"), thirdConversation, text("Hej", "sv"));
    await db().$executeRaw`UPDATE partnership_request SET status = 'WITHDRAWN', updated_at = now() - interval '800 days' WHERE reference = ${reference}`;
    const report = await runDailyPurge(db(), { mailDays: 30, auditDays: 365, rateLimitDays: 1, expiredSignInDays: 1, conversationDays: 730 });
    expect(report).toMatchObject({ conversations: 1, internalNotes: 1 });
    expect(await db().conversation.findUnique({ where: { id: requestConversation } })).toBeNull();
    expect(await db().conversationAttachment.count()).toBe(0);
    expect(await db().conversationMessage.count()).toBe(1);
  });
});
