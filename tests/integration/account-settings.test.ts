import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { parsePartnershipRequest } from "@/lib/partnership-request-schema";
import { Forbidden, loadPrincipal, type Principal } from "@/server/auth/principal";
import { updateOwnSettings } from "@/server/accounts/settings";
import { submitPartnershipRequest } from "@/server/requests/submit";
import { signInMail } from "@/server/mail/sign-in-mail";
import { MAIL_RECIPIENT } from "@/server/mail/recipient-locale";
import { db, resetDatabase } from "../support/database";
import { createEuMunicipality, createHromada } from "../support/fixtures";
import { formData } from "../support/forms";
import { addMembership, createUser } from "../support/accounts";

async function principal(userId: string): Promise<Principal> {
  const p = await loadPrincipal(userId);
  if (!p) throw new Error(`no user ${userId}`);
  return p;
}

function request() {
  const result = parsePartnershipRequest(
    formData({
      submissionToken: randomUUID(),
      areas: ["energy"],
      message: "Sindelfingen would like to help with backup power for the hospital.",
      requesterName: "Anna Berg",
      requesterRole: "Head of International Relations",
      languages: ["de", "en"],
      consent: "on",
    }),
  );
  if (!result.ok) throw new Error("fixture form is invalid");
  return result.input;
}

/** The subject each recipient got for the submitted request, by address. */
async function subjects(): Promise<Record<string, string>> {
  const mails = await db().outboxMessage.findMany({ select: { to: true, subject: true } });
  return Object.fromEntries(mails.map((m) => [m.to, m.subject]));
}

let users: Record<"staff" | "editor" | "coordinator", string>;
let lviv: number;

beforeEach(async () => {
  await resetDatabase();
  lviv = await createHromada({ slug: "lviv", nameEn: "Lviv", nameUk: "Львів", region: "lviv", population: 717803, needs: ["energy"] });
  const sindelfingen = await createEuMunicipality("sindelfingen", "Sindelfingen", "DE");
  users = {
    staff: await createUser("anna@sindelfingen.example"),
    editor: await createUser("olena@lviv.example"),
    coordinator: await createUser("coordinator@example.org", "COORDINATOR"),
  };
  await addMembership(users.staff, sindelfingen);
  await addMembership(users.editor, lviv);
});

describe("account settings", () => {
  it("keeps the person's own name, job title and chosen language, audited", async () => {
    await updateOwnSettings(await principal(users.staff), { name: "  Anna Berg ", jobTitle: "International relations", locale: "sv" });
    const stored = await db().user.findUniqueOrThrow({ where: { id: users.staff } });
    expect([stored.name, stored.jobTitle, stored.locale, stored.localeChosen]).toEqual(["Anna Berg", "International relations", "sv", true]);
    expect(await db().auditEvent.count({ where: { action: "account.updateOwn", outcome: "ALLOWED", objectId: users.staff } })).toBe(1);
    // Empty fields clear the name and title.
    await updateOwnSettings(await principal(users.staff), { name: "", jobTitle: "", locale: "sv" });
    expect(await db().user.findUniqueOrThrow({ where: { id: users.staff }, select: { name: true, jobTitle: true } })).toEqual({ name: null, jobTitle: null });
  });

  it("refuses the signed out and input the form would not send, changing nothing", async () => {
    await expect(updateOwnSettings(null, { name: "X", jobTitle: "", locale: "en" })).rejects.toBeInstanceOf(Forbidden);
    const staff = await principal(users.staff);
    await expect(updateOwnSettings(staff, { name: "X", jobTitle: "", locale: "xx" as "en" })).rejects.toMatchObject({ code: "invalid" });
    await expect(updateOwnSettings(staff, { name: "A\nB", jobTitle: "", locale: "en" })).rejects.toMatchObject({ code: "invalid" });
    await expect(updateOwnSettings(staff, { name: "x".repeat(121), jobTitle: "", locale: "en" })).rejects.toMatchObject({ code: "invalid" });
    const stored = await db().user.findUniqueOrThrow({ where: { id: users.staff } });
    expect([stored.name, stored.localeChosen]).toEqual(["anna", false]);
  });
});

describe("the language of each mail", () => {
  it("is the language the recipient chose, whatever page they or others acted from", async () => {
    await updateOwnSettings(await principal(users.staff), { name: "Anna Berg", jobTitle: "", locale: "sv" });
    await updateOwnSettings(await principal(users.editor), { name: "Olena", jobTitle: "", locale: "de" });
    await updateOwnSettings(await principal(users.coordinator), { name: "Coordinator", jobTitle: "", locale: "fr" });
    // Sent from the English form.
    await submitPartnershipRequest(await principal(users.staff), "lviv", request(), { locale: "en", clientAddress: null });
    const got = await subjects();
    expect(got["anna@sindelfingen.example"]).toMatch(/^Förfrågan om partnerskap /);
    expect(got["olena@lviv.example"]).toMatch(/^Partnerschaftsanfrage /);
    expect(got["coordinator@example.org"]).toMatch(/^Demande de partenariat /);
  });

  it("without a choice: the page the requester wrote from; an editor's stored language, else Ukrainian", async () => {
    // Stored by an earlier sign-in from the German interface, never chosen.
    await db().user.update({ where: { id: users.staff }, data: { locale: "de" } });
    await submitPartnershipRequest(await principal(users.staff), "lviv", request(), { locale: "en", clientAddress: null });
    const got = await subjects();
    expect(got["anna@sindelfingen.example"]).toMatch(/^Partnership request /);
    expect(got["olena@lviv.example"]).toMatch(/^Запит про партнерство /);
    expect(got["coordinator@example.org"]).toMatch(/^Partnership request /);
  });

  it("the sign-in link: the chosen language over the page's, the page's otherwise", async () => {
    const url = `https://portal.example/api/auth/callback/nodemailer?callbackUrl=${encodeURIComponent("https://portal.example/en/account")}&token=t`;
    await updateOwnSettings(await principal(users.staff), { name: "", jobTitle: "", locale: "pl" });
    const chosen = await db().user.findUniqueOrThrow({ where: { id: users.staff }, select: MAIL_RECIPIENT });
    expect(signInMail(chosen.email, url, chosen).subject).toMatch(/logowania/);
    const unchosen = await db().user.findUniqueOrThrow({ where: { id: users.editor }, select: MAIL_RECIPIENT });
    expect(signInMail(unchosen.email, url, { ...unchosen, locale: "uk" }).subject).toMatch(/^Your sign-in link/);
    expect(signInMail("new@example.org", url.replace("%2Fen%2F", "%2Fit%2F"), null).subject).toMatch(/^Il vostro link di accesso/);
  });
});
