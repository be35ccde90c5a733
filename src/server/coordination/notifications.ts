import "server-only";
import { createTranslator } from "next-intl";
import type { Prisma } from "@/generated/prisma/client";
import { messagesFor } from "@/i18n/messages";
import { routing, type Locale } from "@/i18n/routing";
import type coordinatorEn from "@/i18n/messages/features/coordinator.en.json";
import { enqueueMail, type Mail } from "@/server/mail/outbox";
import { isErasedEmail } from "@/lib/privacy/erased";

export type Notice = "approved" | "declined" | "infoRequested";
type Audience = "requester" | "editor" | "coordinator";

type RequestFacts = { id: number; reference: string; requesterEmail: string; locale: string; ukrainianMunicipalityId: number; ukrainianName: { en: string; uk: string | null }; euName: string };

const asLocale = (value: string | null | undefined, fallback: Locale): Locale =>
  (routing.locales as readonly string[]).includes(value ?? "") ? (value as Locale) : fallback;

/** One notice, in the recipient's language, worded for their part in the request. */
export function noticeMail(to: string, locale: Locale, audience: Audience, notice: Notice, facts: RequestFacts, note: string | null): Mail {
  const messages = messagesFor(locale) as typeof coordinatorEn;
  const t = createTranslator({ locale, messages, namespace: "coordinator.mail" });
  const values = {
    reference: facts.reference,
    ukrainian: locale === "uk" ? (facts.ukrainianName.uk ?? facts.ukrainianName.en) : facts.ukrainianName.en,
    eu: facts.euName,
  };
  const text = [t(`${audience}.${notice}`, values), note ? t("note", { note }) : null, t("signature")].filter(Boolean).join("\n\n");
  return { to, subject: t(`subject.${notice}`, values), text };
}

/**
 * Queues the notices of a decision in the transaction `tx` that stores it: to the requester,
 * to the Ukrainian municipality's approved editors and to the coordinators, once per address.
 * Nothing is sent here; the outbox sender delivers after the commit.
 */
export async function queueDecisionNotices(tx: Prisma.TransactionClient, notice: Notice, facts: RequestFacts, note: string | null): Promise<number> {
  const [editors, coordinators] = await Promise.all([
    tx.user.findMany({
      where: { memberships: { some: { municipalityId: facts.ukrainianMunicipalityId, status: "APPROVED" } } },
      select: { email: true, locale: true },
      orderBy: { email: "asc" },
    }),
    tx.user.findMany({ where: { role: "COORDINATOR" }, select: { email: true, locale: true }, orderBy: { email: "asc" } }),
  ]);
  const seen = new Set<string>();
  const mails: Mail[] = [];
  const add = (email: string, locale: Locale, audience: Audience) => {
    const key = email.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    mails.push(noticeMail(email, locale, audience, notice, facts, note));
  };
  // A requester who has been erased gets no mail: their address is a reserved placeholder.
  if (!isErasedEmail(facts.requesterEmail)) add(facts.requesterEmail, asLocale(facts.locale, "en"), "requester");
  for (const e of editors) add(e.email, asLocale(e.locale, "uk"), "editor");
  for (const c of coordinators) add(c.email, asLocale(c.locale, "en"), "coordinator");
  for (const mail of mails) await enqueueMail(tx, mail);
  return mails.length;
}

/** The notice to a person whose membership request was decided, in their language (English by default). */
export function membershipMail(
  to: string,
  locale: string | null,
  decision: "APPROVED" | "REJECTED",
  kind: "MUNICIPALITY_EDITOR" | "EU_STAFF",
  municipality: { en: string; uk: string | null },
): Mail {
  const lang = asLocale(locale, "en");
  const messages = messagesFor(lang) as typeof coordinatorEn;
  const t = createTranslator({ locale: lang, messages, namespace: "coordinator" });
  const values = { municipality: lang === "uk" ? (municipality.uk ?? municipality.en) : municipality.en, kind: t(`memberships.kinds.${kind}`) };
  return { to, subject: t(`mail.membership.subject.${decision}`, values), text: [t(`mail.membership.${decision}`, values), t("mail.signature")].join("\n\n") };
}
