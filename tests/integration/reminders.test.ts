import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { loadPrincipal } from "@/server/auth/principal";
import { DomainError } from "@/server/errors";
import { runDueJobs } from "@/server/jobs/runner";
import { headersOf } from "@/server/mail/outbox";
import { unsubscribeToken } from "@/server/mail/unsubscribe";
import { reminderChoices, setReminderChoices, unsubscribeWithToken } from "@/server/notifications/mail-choices";
import { sendRequestReminders } from "@/server/reminders/requests";
import { DAY_MS } from "@/lib/reminders/periods";
import { db, resetDatabase } from "../support/database";
import { createEuMunicipality, createHromada } from "../support/fixtures";
import { addMembership, createUser } from "../support/accounts";
import { restoreFirstFundingProgrammes } from "../support/funding";
import { raceIt } from "../support/race";

const ORIGIN = "https://portal.example";
const HOUR_MS = 3_600_000;
const T0 = new Date("2026-11-02T10:00:00Z");
const after = (ms: number) => new Date(T0.getTime() + ms);

let ids: { lviv: number; stryi: number; sindelfingen: number; goteborg: number };
let users: { coordinator: string; editor: string; staff: string; otherEditor: string };

const mails = () => db().outboxMessage.findMany({ orderBy: { id: "asc" } });
const run = (job: string, now: Date) => runDueJobs(now, ORIGIN, { only: job });
const tokenIn = (text: string) => /\/unsubscribe\/([A-Za-z0-9_~-]+)/.exec(text)?.[1] ?? null;

async function createRequest(reference: string, submittedAt: Date, status: "SUBMITTED" | "UNDER_REVIEW" | "APPROVED" = "SUBMITTED") {
  return db().partnershipRequest.create({
    data: {
      reference,
      submissionToken: randomUUID(),
      ukrainianMunicipalityId: ids.lviv,
      euMunicipalityId: ids.sindelfingen,
      message: "We would like to work together on energy.",
      requesterName: "Anna Berg",
      requesterRole: "International relations",
      requesterEmail: "anna@sindelfingen.example",
      languages: ["de", "en"],
      locale: "de",
      status,
      submittedAt,
      ...(status === "APPROVED" ? { decidedAt: submittedAt } : {}),
    },
  });
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
    coordinator: await createUser("coordinator@network.example", "COORDINATOR"),
    editor: await createUser("editor@lviv.example"),
    staff: await createUser("anna@sindelfingen.example"),
    otherEditor: await createUser("editor@stryi.example"),
  };
  await db().user.update({ where: { id: users.staff }, data: { locale: "de", localeChosen: true } });
  await addMembership(users.editor, ids.lviv);
  await addMembership(users.staff, ids.sindelfingen);
  await addMembership(users.otherEditor, ids.stryi);
});

describe("the reminder of a request without a decision", () => {
  it("comes at 14 days, not at 13 days 23 hours, and again at 21 days, not at 20; to the coordinators and the hromada's editors, each in their language", async () => {
    await createRequest("C4C-OVERDUE", T0);
    await run("reminders.requests", after(14 * DAY_MS - HOUR_MS));
    expect(await mails()).toEqual([]);

    await run("reminders.requests", after(14 * DAY_MS));
    const first = await mails();
    expect(first.map((m) => m.to)).toEqual(["coordinator@network.example", "editor@lviv.example"]);
    const [toCoordinator, toEditor] = first;
    expect(toCoordinator.subject).toBe("Waiting for a decision for 14 days: request C4C-OVERDUE");
    expect(toCoordinator.text).toContain(`${ORIGIN}/en/coordinator/requests/C4C-OVERDUE`);
    expect(toCoordinator.text).toContain(`${ORIGIN}/en/unsubscribe/`);
    expect(toEditor.subject).toBe("Чекає на рішення 14 дн.: запит C4C-OVERDUE");
    expect(toEditor.text).toContain("Sindelfingen – Львів");
    expect(toEditor.text).toContain(`${ORIGIN}/uk/unsubscribe/${unsubscribeToken(users.editor, "requestReminder")}`);
    expect(headersOf(toEditor.headers)).toEqual({
      "List-Unsubscribe": `<${ORIGIN}/api/unsubscribe/${unsubscribeToken(users.editor, "requestReminder")}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });

    for (const days of [15, 18, 20]) await run("reminders.requests", after(days * DAY_MS));
    expect(await db().outboxMessage.count()).toBe(2);
    await run("reminders.requests", after(21 * DAY_MS - HOUR_MS));
    expect(await db().outboxMessage.count()).toBe(2);
    await run("reminders.requests", after(21 * DAY_MS));
    expect(await db().outboxMessage.count()).toBe(4);
    expect((await mails()).at(-1)!.subject).toBe("Чекає на рішення 21 дн.: запит C4C-OVERDUE");
  });

  it("is not sent for a decided request, nor again after a restart (the record of what was sent is in the database)", async () => {
    await createRequest("C4C-DECIDED", T0, "APPROVED");
    await createRequest("C4C-REVIEWED", T0, "UNDER_REVIEW");
    await run("reminders.requests", after(15 * DAY_MS));
    expect(new Set((await mails()).map((m) => m.subject))).toEqual(
      new Set(["Waiting for a decision for 15 days: request C4C-REVIEWED", "Чекає на рішення 15 дн.: запит C4C-REVIEWED"]),
    );
    // A restarted instance that runs the reminders again, outside the runner: nothing more.
    expect(await sendRequestReminders(after(15 * DAY_MS + HOUR_MS), ORIGIN)).toBe(0);
    expect(await db().outboxMessage.count()).toBe(2);
  });

  raceIt("is sent once when two instances run the jobs at the same moment", async () => {
    await createRequest("C4C-RACE", T0);
    const now = after(14 * DAY_MS);
    await Promise.all([runDueJobs(now, ORIGIN), runDueJobs(now, ORIGIN), sendRequestReminders(now, ORIGIN)]);
    expect((await mails()).map((m) => m.to)).toEqual(["coordinator@network.example", "editor@lviv.example"]);
  });
});

describe("unsubscribe links", () => {
  it("stop exactly that kind of mail for exactly that person, without signing in", async () => {
    await createRequest("C4C-STOP", T0);
    await run("reminders.requests", after(14 * DAY_MS));
    const editorsMail = (await mails()).find((m) => m.to === "editor@lviv.example")!;
    expect(await unsubscribeWithToken(tokenIn(editorsMail.text))).toBe("requestReminder");
    expect(await db().notificationPreference.findMany({ select: { userId: true, kind: true, delivery: true } })).toEqual([
      { userId: users.editor, kind: "requestReminder", delivery: "NONE" },
    ]);
    // Clicking twice changes nothing more.
    await unsubscribeWithToken(tokenIn(editorsMail.text));
    await run("reminders.requests", after(21 * DAY_MS));
    expect((await mails()).slice(2).map((m) => m.to)).toEqual(["coordinator@network.example"]);
    const principal = (await loadPrincipal(users.editor))!;
    expect(await reminderChoices(principal)).toEqual({ requestReminder: false, profileReminder: true, fundingDeadline: true, savedSearch: true });
    // Switched back on in the account settings: the next reminder comes.
    await setReminderChoices(principal, ["requestReminder", "profileReminder", "fundingDeadline", "savedSearch"]);
    await run("reminders.requests", after(28 * DAY_MS));
    expect((await mails()).slice(3).map((m) => m.to)).toEqual(["coordinator@network.example", "editor@lviv.example"]);
  });

  it("cannot be forged: a changed token, another person's token under this one's signature, or a token of another kind stop nothing", async () => {
    const token = unsubscribeToken(users.editor, "requestReminder");
    const [payload, signature] = token.split("~");
    const refused = async (value: unknown) => {
      const error = await unsubscribeWithToken(value).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe("badLink");
    };
    await refused(`${payload}~${signature.slice(0, 10)}${signature[10] === "x" ? "y" : "x"}${signature.slice(11)}`);
    await refused(`${Buffer.from(`${users.coordinator}\nrequestReminder`).toString("base64url")}~${signature}`);
    await refused(`${Buffer.from(`${users.editor}\nprofileReminder`).toString("base64url")}~${signature}`);
    await refused(undefined);
    await refused("");
    expect(await db().notificationPreference.count()).toBe(0);
    // A genuine token of another kind stops that kind only.
    await unsubscribeWithToken(unsubscribeToken(users.editor, "fundingDeadline"));
    expect(await db().notificationPreference.findMany({ select: { kind: true } })).toEqual([{ kind: "fundingDeadline" }]);
    // The token of an account that was deleted stops nothing.
    const gone = await createUser("gone@example.org");
    const goneToken = unsubscribeToken(gone, "requestReminder");
    await db().user.delete({ where: { id: gone } });
    await refused(goneToken);
  });

  it("the account settings refuse kinds that do not exist and change nothing then", async () => {
    const principal = (await loadPrincipal(users.editor))!;
    const error = await setReminderChoices(principal, ["requestReminder", "newsletter"]).catch((e: unknown) => e);
    expect((error as DomainError).code).toBe("badKind");
    expect(await db().notificationPreference.count()).toBe(0);
    await setReminderChoices(principal, ["fundingDeadline"]);
    expect(await reminderChoices(principal)).toEqual({ requestReminder: false, profileReminder: false, fundingDeadline: true, savedSearch: false });
  });
});

describe("the reminder to confirm a profile", () => {
  it("comes 180 days after the last confirmation, not at 179, once, and again only after another 180 days; confirming starts over", async () => {
    const P0 = new Date("2026-01-05T08:00:00Z");
    await db().municipality.update({ where: { id: ids.lviv }, data: { profileConfirmedAt: P0 } });
    const at = (days: number) => new Date(P0.getTime() + days * DAY_MS);
    // Stryi's profile was confirmed later: it is never 180 days old in this test.
    await db().municipality.update({ where: { id: ids.stryi }, data: { profileConfirmedAt: at(400) } });
    await run("reminders.profiles", at(179));
    expect(await mails()).toEqual([]);
    await run("reminders.profiles", at(180));
    const [mail] = await mails();
    expect(mail.to).toBe("editor@lviv.example");
    expect(mail.subject).toBe("Будь ласка, перевірте й підтвердьте профіль: Львів");
    expect(mail.text).toContain(`${ORIGIN}/uk/municipalities/lviv/edit`);
    expect(mail.text).toContain(`${ORIGIN}/uk/unsubscribe/${unsubscribeToken(users.editor, "profileReminder")}`);
    for (const days of [181, 250, 359]) await run("reminders.profiles", at(days));
    expect(await db().outboxMessage.count()).toBe(1);
    await run("reminders.profiles", at(360));
    expect(await db().outboxMessage.count()).toBe(2);
    // Confirmed on day 365: the next reminder is 180 days after that.
    await db().municipality.update({ where: { id: ids.lviv }, data: { profileConfirmedAt: at(365) } });
    await run("reminders.profiles", at(365 + 179));
    expect(await db().outboxMessage.count()).toBe(2);
    await run("reminders.profiles", at(365 + 180));
    expect(await db().outboxMessage.count()).toBe(3);
  });
});

describe("the notice of a funding deadline", () => {
  it("comes 30 days before the deadline, not 31, once per deadline, to the people of each partnership whose pair qualifies", async () => {
    await restoreFirstFundingProgrammes();
    const programme = await db().fundingProgramme.findFirstOrThrow({ orderBy: { id: "asc" } });
    await db().fundingProgramme.updateMany({ where: { id: { not: programme.id } }, data: { retiredAt: new Date() } });
    const texts = programme.texts as Record<string, unknown>;
    await db().fundingProgramme.update({
      where: { id: programme.id },
      data: {
        deadlineKind: "calls",
        deadlineLastKnown: new Date("2027-03-01"),
        texts: { ...texts, name: { en: "Twinning Fund", uk: "Фонд побратимства" }, deadlineNote: { en: "Yearly calls.", uk: "Щорічні конкурси." } },
        rules: { partnerCountries: ["DE"], ukrainianRegions: "all", minPartners: 2, minCountries: 2, minEuMemberStates: 1, applicant: "either" },
      },
    });
    await db().partnership.create({ data: { ukrainianMunicipalityId: ids.lviv, euMunicipalityId: ids.sindelfingen, since: new Date("2025-01-01") } });
    // A Swedish partner does not qualify for a programme for German partners.
    await db().partnership.create({ data: { ukrainianMunicipalityId: ids.stryi, euMunicipalityId: ids.goteborg, since: new Date("2025-01-01") } });
    const D = new Date("2027-03-01T00:00:00Z");
    const before = (days: number) => new Date(D.getTime() - days * DAY_MS);
    await run("reminders.fundingDeadlines", before(31));
    expect(await mails()).toEqual([]);
    await run("reminders.fundingDeadlines", before(30));
    const sent = await mails();
    expect(sent.map((m) => m.to)).toEqual(["anna@sindelfingen.example", "editor@lviv.example"]);
    expect(sent[0].subject).toBe("Twinning Fund: Bewerbungsschluss am 1. März 2027");
    expect(sent[0].text).toContain("Sindelfingen – Lviv");
    expect(sent[0].text).toContain(`${ORIGIN}/de/funding#${programme.slug}`);
    expect(sent[1].subject).toBe("Фонд побратимства: прийом заявок закінчується 1 березня 2027 р.");
    for (const days of [29, 10, 1]) await run("reminders.fundingDeadlines", before(days));
    expect(await db().outboxMessage.count()).toBe(2);
    // The next call's deadline is noticed anew.
    await db().fundingProgramme.update({ where: { id: programme.id }, data: { deadlineLastKnown: new Date("2028-03-01") } });
    await run("reminders.fundingDeadlines", new Date("2028-01-31T00:00:00Z"));
    expect(await db().outboxMessage.count()).toBe(4);
  });
});
