import nodemailer, { type Transporter } from "nodemailer";
import { beforeEach, describe, expect, it } from "vitest";
import { Forbidden, loadPrincipal, type Principal } from "@/server/auth/principal";
import { DomainError } from "@/server/errors";
import { env } from "@/server/env";
import { contactMessageSchema, type ContactMessageInput } from "@/lib/contact-schema";
import { CONTACT_PER_ADDRESS, CONTACT_PER_CLIENT, ContactLimited, sendContactMessage } from "@/server/contact/send";
import { answerContactMessage } from "@/server/contact/answer";
import { getContactMessage, listContactMessages } from "@/server/contact/inbox";
import { purgeAnsweredContactMessages } from "@/server/contact/personal-data";
import { deliverDueMail } from "@/server/mail/outbox";
import { deleteOwnAccount } from "@/server/privacy/delete-account";
import { exportOwnData } from "@/server/privacy/export";
import { db, resetDatabase } from "../support/database";
import { createHromada } from "../support/fixtures";
import { addMembership, createUser } from "../support/accounts";

const OLENA = "olena.koval@stryi.example";
const message = (over: Partial<ContactMessageInput> = {}): ContactMessageInput => ({
  name: "Olena Koval",
  email: OLENA,
  organisation: "Stryi city council",
  subject: "How do we join the network?",
  message: "Our hromada would like to join the network. Whom should we write to, and what do you need from us?",
  ...over,
});
const context = { locale: "uk", clientAddress: "203.0.113.7", origin: "https://portal.example" };

let coordinator: Principal;
let editor: Principal;

async function principal(id: string): Promise<Principal> {
  return (await loadPrincipal(id))!;
}

beforeEach(async () => {
  await resetDatabase();
  coordinator = await principal(await createUser("coordinator@network.example", "COORDINATOR"));
  await db().user.update({ where: { id: coordinator.userId }, data: { locale: "de" } });
  const lviv = await createHromada({ slug: "lviv", nameEn: "Lviv", nameUk: "Львів", region: "lviv", population: 717803, needs: ["energy"], offers: [] });
  const editorId = await createUser("editor@lviv.example");
  await addMembership(editorId, lviv);
  editor = await principal(editorId);
});

describe("the contact form", () => {
  it("stores the message for the coordinators and tells each in their language, without copying the message into the mail", async () => {
    const { id } = await sendContactMessage(message(), context);
    const stored = await getContactMessage(coordinator, id);
    expect(stored).toMatchObject({ name: "Olena Koval", email: OLENA, organisation: "Stryi city council", locale: "uk", answeredAt: null });
    const mails = await db().outboxMessage.findMany();
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toBe("coordinator@network.example");
    expect(mails[0].subject).toBe("Eine neue Nachricht an das Koordinationsteam");
    expect(mails[0].text).toContain(`https://portal.example/de/coordinator/messages/${id}`);
    expect(mails[0].text).not.toContain("Olena");
    expect(mails[0].text).not.toContain(OLENA);
    const inbox = await listContactMessages(coordinator, "open");
    expect(inbox).toMatchObject({ total: 1, open: 1 });
    expect(inbox.rows[0]).toMatchObject({ id, subject: "How do we join the network?" });
  });

  it("refuses bad input with each field's message, before anything is stored", () => {
    const parsed = contactMessageSchema.safeParse({ name: "O", email: "not-an-address", organisation: "", subject: "", message: "Hi" });
    expect(parsed.success).toBe(false);
    const byField = Object.fromEntries(parsed.error!.issues.map((i) => [i.path[0], i.message]));
    expect(byField).toEqual({ name: "tooShort", email: "invalidEmail", subject: "required", message: "tooShort" });
  });

  it("is limited per e-mail address (any case), and refused messages store nothing", async () => {
    for (let i = 0; i < CONTACT_PER_ADDRESS.limit; i++)
      await sendContactMessage(message({ subject: `Question ${i}` }), { ...context, clientAddress: `198.51.100.${i}` });
    const refused = await sendContactMessage(message({ email: OLENA.toUpperCase().toLowerCase() }), { ...context, clientAddress: "198.51.100.99" }).catch(
      (e) => e,
    );
    expect(refused).toBeInstanceOf(ContactLimited);
    expect((refused as ContactLimited).retryAfterSeconds).toBeGreaterThan(0);
    expect(await db().contactMessage.count()).toBe(CONTACT_PER_ADDRESS.limit);
    // Someone else is not affected.
    await expect(sendContactMessage(message({ email: "someone@else.example" }), { ...context, clientAddress: "198.51.100.99" })).resolves.toBeTruthy();
  });

  it("is limited per client address", async () => {
    for (let i = 0; i < CONTACT_PER_CLIENT.limit; i++) await sendContactMessage(message({ email: `person${i}@town.example` }), context);
    await expect(sendContactMessage(message({ email: "one.more@town.example" }), context)).rejects.toBeInstanceOf(ContactLimited);
    expect(await db().contactMessage.count()).toBe(CONTACT_PER_CLIENT.limit);
  });
});

describe("a coordinator's answer", () => {
  it("is mailed to the sender in the message's language with Reply-To the network's address, and marks it answered", async () => {
    const { id } = await sendContactMessage(message(), context);
    await db().outboxMessage.deleteMany();
    await answerContactMessage(coordinator, id, "  Дякуємо! Напишіть нам назву громади, і ми надішлемо запрошення.  ");
    const stored = await db().contactMessage.findUniqueOrThrow({ where: { id } });
    expect(stored.answer).toBe("Дякуємо! Напишіть нам назву громади, і ми надішлемо запрошення.");
    expect(stored.answeredById).toBe(coordinator.userId);
    expect(stored.answeredAt).not.toBeNull();
    const [mail] = await db().outboxMessage.findMany();
    expect(mail).toMatchObject({ to: OLENA, replyTo: env.CONTACT_EMAIL, subject: "Re: How do we join the network?" });
    expect(mail.text).toContain("Дякуємо!");
    expect(mail.text).toContain("> Our hromada would like to join the network.");
    expect(mail.text).toContain("Ваше повідомлення від");
    // The sender's mail carries the Reply-To header.
    const json = nodemailer.createTransport({ jsonTransport: true });
    const sent: string[] = [];
    const recording = {
      sendMail: async (m: Parameters<typeof json.sendMail>[0]) => {
        const info = await json.sendMail(m);
        sent.push(info.message as unknown as string);
        return info;
      },
    } as unknown as Transporter;
    await deliverDueMail({ transport: recording });
    expect(JSON.parse(sent[0])).toMatchObject({ replyTo: [{ address: env.CONTACT_EMAIL }], to: [{ address: OLENA }] });
    expect(await db().auditEvent.count({ where: { action: "contactMessage.answer", objectId: String(id), outcome: "ALLOWED" } })).toBe(1);
    expect(await listContactMessages(coordinator, "open")).toMatchObject({ total: 0, open: 0 });
    expect(await listContactMessages(coordinator, "answered")).toMatchObject({ total: 1 });
  });

  it("is sent once: a second answer is refused as already answered", async () => {
    const { id } = await sendContactMessage(message(), context);
    await answerContactMessage(coordinator, id, "The first answer, sent by e-mail.");
    await expect(answerContactMessage(coordinator, id, "A second answer that must not go.")).rejects.toMatchObject({ code: "alreadyAnswered" });
    expect(await db().outboxMessage.count({ where: { to: OLENA } })).toBe(1);
  });

  it("refuses a too short answer at its field, and stores nothing", async () => {
    const { id } = await sendContactMessage(message(), context);
    const error = await answerContactMessage(coordinator, id, " ok ").catch((e) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: "tooShort", field: "answer" });
    expect((await db().contactMessage.findUniqueOrThrow({ where: { id } })).answeredAt).toBeNull();
  });

  it("is refused (and audited) to anyone but the network; they cannot read the inbox either", async () => {
    const { id } = await sendContactMessage(message(), context);
    await expect(answerContactMessage(editor, id, "An editor tries to answer.")).rejects.toBeInstanceOf(Forbidden);
    await expect(answerContactMessage(null, id, "Someone tries to answer.")).rejects.toBeInstanceOf(Forbidden);
    await expect(listContactMessages(editor, "open")).rejects.toBeInstanceOf(Forbidden);
    await expect(getContactMessage(editor, id)).rejects.toBeInstanceOf(Forbidden);
    expect(await db().auditEvent.count({ where: { outcome: "REFUSED", actorUserId: editor.userId } })).toBe(3);
    expect((await db().contactMessage.findUniqueOrThrow({ where: { id } })).answeredAt).toBeNull();
  });
});

describe("contact messages are personal data", () => {
  it("are in the sender's data export, and deleted with their account", async () => {
    const olena = await principal(await createUser(OLENA));
    const { id } = await sendContactMessage(message(), context);
    await answerContactMessage(coordinator, id, "Thank you: we will send an invitation.");
    // Someone else mentions her address in their own message: it is redacted there.
    const other = await sendContactMessage(message({ email: "colleague@stryi.example", message: `Please also write to ${OLENA} about our request.` }), context);
    const data = await exportOwnData(olena);
    expect(data.contactMessages).toEqual([
      expect.objectContaining({ subject: "How do we join the network?", answer: "Thank you: we will send an invitation." }),
    ]);
    await deleteOwnAccount(olena, olena.userId, OLENA);
    expect(await db().contactMessage.count({ where: { id } })).toBe(0);
    const kept = await db().contactMessage.findUniqueOrThrow({ where: { id: other.id } });
    expect(kept.message).not.toContain(OLENA);
    expect(await db().rateLimitHit.count({ where: { key: { startsWith: "contact:address:" } } })).toBe(1);
  });

  it("are deleted a year after they were answered; open ones stay", async () => {
    const answered = await sendContactMessage(message(), context);
    const open = await sendContactMessage(message({ email: "other@town.example" }), context);
    await answerContactMessage(coordinator, answered.id, "An answer given long ago.");
    const later = new Date(Date.now() + 366 * 86_400_000);
    expect(await purgeAnsweredContactMessages(later)).toBe(1);
    expect((await db().contactMessage.findMany({ select: { id: true } })).map((m) => m.id)).toEqual([open.id]);
  });
});
