import "server-only";
import { createTranslator } from "next-intl";
import type { Prisma } from "@/generated/prisma/client";
import { messagesFor } from "@/i18n/messages";
import { routing, type Locale } from "@/i18n/routing";
import type coordinatorEn from "@/i18n/messages/features/coordinator.en.json";
import type requestsEn from "@/i18n/messages/features/requests.en.json";
import type voiceEn from "@/i18n/messages/features/voice.en.json";
import { enqueueMail, type Mail } from "@/server/mail/outbox";
import { isErasedEmail } from "@/lib/privacy/erased";
import { portalLink } from "@/server/portal-url";
import { MAIL_RECIPIENT, recipientLocale } from "@/server/mail/recipient-locale";

/** A coordinator's decision, or a step of the requester's own (sent, withdrawn, the answer to a question). */
export type Notice = "approved" | "declined" | "infoRequested" | "submitted" | "withdrawn" | "informationProvided" | "hromadaInterested" | "hromadaNotNow";
type RequesterNotice = Extract<Notice, "submitted" | "withdrawn" | "informationProvided">;
/** "editor": the addressed side's people, the hromada's editors or, for a hromada's proposal, the EU municipality's staff. */
export type Audience = "requester" | "editor" | "coordinator";
const EVERYONE: readonly Audience[] = ["requester", "editor", "coordinator"];

/** `origin` (the portal's public address, src/server/portal-url.ts) adds a link to the page each recipient acts on. */
type RequestFacts = {
  id: number;
  reference: string;
  requesterEmail: string;
  locale: string;
  ukrainianMunicipalityId: number;
  /** Null for an EU municipality not on the portal (its name proposed in the request): nobody on that side to tell. */
  euMunicipalityId: number | null;
  ukrainianName: { en: string; uk: string | null };
  euName: string;
  /** TO_EU: a hromada's proposal to an EU municipality. */
  direction?: "TO_HROMADA" | "TO_EU";
  origin?: string;
};

const isRequesterNotice = (notice: Notice): notice is RequesterNotice => notice === "submitted" || notice === "withdrawn" || notice === "informationProvided";

/** The page a recipient follows the request on: their own request, the addressed side's account page, the coordinators' review. */
function pageFor(audience: Audience, locale: Locale, reference: string): string {
  if (audience === "requester") return `/${locale}/account/requests/${reference}`;
  if (audience === "editor") return `/${locale}/account`;
  return `/${locale}/coordinator/requests/${reference}`;
}

const asLocale = (value: string | null | undefined, fallback: Locale): Locale =>
  (routing.locales as readonly string[]).includes(value ?? "") ? (value as Locale) : fallback;

/** One notice, in the recipient's language, worded for their part in the request. */
export function noticeMail(to: string, locale: Locale, audience: Audience, notice: Notice, facts: RequestFacts, note: string | null): Mail {
  const messages = messagesFor(locale);
  // Decisions are worded in the coordinators' catalogue, the requester's own steps in the requests' one.
  const t = createTranslator({ locale, messages: messages as typeof coordinatorEn, namespace: "coordinator.mail" });
  const r = createTranslator({ locale, messages: messages as typeof requestsEn, namespace: "requests.mail" });
  const ukrainian = locale === "uk" ? (facts.ukrainianName.uk ?? facts.ukrainianName.en) : facts.ukrainianName.en;
  // The texts name the sending side {eu} and the side addressed {ukrainian}: a hromada's proposal swaps them.
  const values =
    facts.direction === "TO_EU"
      ? { reference: facts.reference, ukrainian: facts.euName, eu: ukrainian }
      : { reference: facts.reference, ukrainian, eu: facts.euName };
  const v = createTranslator({ locale, messages: messages as typeof voiceEn, namespace: "voice.mail" });
  const hromadas = notice === "hromadaInterested" || notice === "hromadaNotNow";
  const body = hromadas
    ? v(`coordinator.${notice}`, values)
    : isRequesterNotice(notice)
      ? r(`${audience}.${notice}`, values)
      : t(`${audience}.${notice}`, values);
  const subject = hromadas ? v("subject", values) : isRequesterNotice(notice) ? r(`subject.${notice}`, values) : t(`subject.${notice}`, values);
  const link = facts.origin ? r("link", { url: portalLink(facts.origin, pageFor(audience, locale, facts.reference)) }) : null;
  const text = [body, note ? (hromadas ? v("reason", { note }) : t("note", { note })) : null, link, t("signature")].filter(Boolean).join("\n\n");
  return { to, subject, text };
}

/**
 * Queues the notices of a step of a request (its submission, a decision, its withdrawal) in the
 * transaction `tx` that stores it: to the requester, to the addressed municipality's approved
 * members (the hromada's editors; for a hromada's proposal, TO_EU, the EU municipality's staff,
 * as the reminders do) and to the coordinators (or only to `audiences`), once per address, each in the
 * recipient's language, never to `actorEmail`: the person who took the step knows (a
 * coordinator's own decision used to come back to them as mail). Nothing is sent here; the
 * outbox sender delivers after the commit.
 */
export async function queueRequestNotices(
  tx: Prisma.TransactionClient,
  notice: Notice,
  facts: RequestFacts,
  note: string | null,
  audiences: readonly Audience[] = EVERYONE,
  actorEmail: string | null = null,
): Promise<number> {
  // One after the other: a transaction is one connection, which runs one query at a time.
  const toEu = facts.direction === "TO_EU";
  const addressedId = toEu ? facts.euMunicipalityId : facts.ukrainianMunicipalityId;
  const addressed =
    addressedId === null || !audiences.includes("editor")
      ? []
      : await tx.user.findMany({
          where: { memberships: { some: { municipalityId: addressedId, status: "APPROVED" } } },
          select: MAIL_RECIPIENT,
          orderBy: { email: "asc" },
        });
  const coordinators = await tx.user.findMany({ where: { role: "COORDINATOR" }, select: MAIL_RECIPIENT, orderBy: { email: "asc" } });
  // The requester's account, for the language they chose (the request's page language otherwise).
  const requester = await tx.user.findFirst({ where: { email: { equals: facts.requesterEmail, mode: "insensitive" } }, select: MAIL_RECIPIENT });
  const seen = new Set<string>(actorEmail ? [actorEmail.toLowerCase()] : []);
  const mails: Mail[] = [];
  const add = (email: string, locale: Locale, audience: Audience) => {
    const key = email.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    mails.push(noticeMail(email, locale, audience, notice, facts, note));
  };
  // A requester who has been erased gets no mail: their address is a reserved placeholder.
  if (audiences.includes("requester") && !isErasedEmail(facts.requesterEmail)) add(facts.requesterEmail, recipientLocale(requester, facts.locale), "requester");
  // A hromada's people read Ukrainian unless they chose otherwise; an EU municipality's, English.
  for (const person of addressed) add(person.email, recipientLocale(person, null, toEu ? "en" : "uk"), "editor");
  if (audiences.includes("coordinator")) for (const c of coordinators) add(c.email, recipientLocale(c), "coordinator");
  for (const mail of mails) await enqueueMail(tx, mail);
  return mails.length;
}

/** The notice to a person whose membership request was decided, in their language (English by default); `next` is where to go from there (a link). */
export function membershipMail(
  to: string,
  locale: string | null,
  decision: "APPROVED" | "REJECTED",
  kind: "MUNICIPALITY_EDITOR" | "EU_STAFF",
  municipality: { en: string; uk: string | null },
  next: string | null = null,
): Mail {
  const lang = asLocale(locale, "en");
  const messages = messagesFor(lang) as typeof coordinatorEn;
  const t = createTranslator({ locale: lang, messages, namespace: "coordinator" });
  const values = { municipality: lang === "uk" ? (municipality.uk ?? municipality.en) : municipality.en, kind: t(`memberships.kinds.${kind}`) };
  return {
    to,
    subject: t(`mail.membership.subject.${decision}`, values),
    text: [t(`mail.membership.${decision}`, values), next, t("mail.signature")].filter(Boolean).join("\n\n"),
  };
}
