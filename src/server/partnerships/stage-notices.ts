import "server-only";
import { createTranslator } from "next-intl";
import type { Prisma } from "@/generated/prisma/client";
import { messagesFor } from "@/i18n/messages";
import type { Locale } from "@/i18n/routing";
import type partnershipsEn from "@/i18n/messages/features/partnerships.en.json";
import type enCore from "@/i18n/messages/en.json";
import type { Principal } from "@/server/auth/principal";
import { enqueueMail, type Mail } from "@/server/mail/outbox";
import type { Stage } from "@/lib/partnership-stages";
import { portalLink } from "@/server/portal-url";
import { MAIL_RECIPIENT, recipientLocale } from "@/server/mail/recipient-locale";

type Facts = {
  actor: string;
  ukrainian: { en: string; uk: string | null };
  eu: string;
  from: Stage;
  to: Stage;
  note: string | null;
  link: ((locale: Locale) => string) | null;
};

/** The notice of a stage move, in the recipient's language. */
export function stageMail(to: string, locale: Locale, facts: Facts): Mail {
  const messages = messagesFor(locale) as typeof partnershipsEn & typeof enCore;
  const t = createTranslator({ locale, messages, namespace: "partnerships.mail" });
  const stage = createTranslator({ locale, messages, namespace: "stage" });
  const values = {
    actor: facts.actor,
    ukrainian: locale === "uk" ? (facts.ukrainian.uk ?? facts.ukrainian.en) : facts.ukrainian.en,
    eu: facts.eu,
    from: stage(facts.from),
    to: stage(facts.to),
  };
  const link = facts.link ? t("link", { url: facts.link(locale) }) : null;
  const text = [t("body", values), facts.note ? t("note", { note: facts.note }) : null, link, t("signature")].filter(Boolean).join("\n\n");
  return { to, subject: t("subject", values), text };
}

/**
 * Queues the notices of a move in the transaction `tx` that stores it: to the approved members
 * of each side the actor does not act for (a coordinator: both sides) and to the coordinators,
 * once per address, never to the actor. `origin` (src/server/portal-url.ts) adds a link to the
 * partnership's page.
 */
export async function queueStageNotices(
  tx: Prisma.TransactionClient,
  actor: Principal,
  partnershipId: number,
  from: Stage,
  to: Stage,
  note: string | null,
  origin?: string,
): Promise<number> {
  const p = await tx.partnership.findUniqueOrThrow({
    where: { id: partnershipId },
    select: {
      ukrainianMunicipalityId: true,
      euMunicipalityId: true,
      ukrainianMunicipality: { select: { nameEn: true, nameUk: true } },
      euMunicipality: { select: { nameEn: true, nameLocal: true } },
    },
  });
  const actsFor = (id: number) => actor.memberships.some((m) => m.municipalityId === id);
  const sides = [p.ukrainianMunicipalityId, p.euMunicipalityId].filter((id) => !actsFor(id));
  // One after the other: a transaction is one connection, which runs one query at a time.
  const members = await tx.user.findMany({
    where: { memberships: { some: { municipalityId: { in: sides }, status: "APPROVED" } } },
    select: { ...MAIL_RECIPIENT, memberships: { where: { status: "APPROVED", municipalityId: p.ukrainianMunicipalityId }, select: { id: true } } },
    orderBy: { email: "asc" },
  });
  const coordinators = await tx.user.findMany({ where: { role: "COORDINATOR" }, select: MAIL_RECIPIENT, orderBy: { email: "asc" } });
  const self = await tx.user.findUnique({ where: { id: actor.userId }, select: { name: true, email: true } });
  const facts: Facts = {
    actor: self?.name ?? self?.email ?? actor.email,
    ukrainian: { en: p.ukrainianMunicipality.nameEn, uk: p.ukrainianMunicipality.nameUk },
    eu: p.euMunicipality.nameLocal ?? p.euMunicipality.nameEn,
    from,
    to,
    note,
    link: origin ? (locale) => portalLink(origin, `/${locale}/partnerships/${partnershipId}`) : null,
  };
  const seen = new Set([actor.email.toLowerCase()]);
  const mails: Mail[] = [];
  const add = (email: string, locale: Locale) => {
    if (seen.has(email.toLowerCase())) return;
    seen.add(email.toLowerCase());
    mails.push(stageMail(email, locale, facts));
  };
  // Ukrainian editors get Ukrainian unless they chose otherwise; everyone else English.
  for (const m of members) add(m.email, recipientLocale(m, null, m.memberships.length > 0 ? "uk" : "en"));
  for (const c of coordinators) add(c.email, recipientLocale(c));
  for (const mail of mails) await enqueueMail(tx, mail);
  return mails.length;
}
