import "server-only";
import { createTranslator } from "next-intl";
import type { Prisma } from "@/generated/prisma/client";
import { messagesFor } from "@/i18n/messages";
import type { Locale } from "@/i18n/routing";
import type stageProposalsEn from "@/i18n/messages/features/stage-proposals.en.json";
import type enCore from "@/i18n/messages/en.json";
import type { Principal } from "@/server/auth/principal";
import { enqueueMail, type Mail } from "@/server/mail/outbox";
import type { Stage } from "@/lib/partnership-stages";
import { portalLink } from "@/server/portal-url";
import { MAIL_RECIPIENT, recipientLocale } from "@/server/mail/recipient-locale";

export type ProposalNotice = "proposed" | "declined" | "withdrawn";

type Facts = {
  actor: string;
  ukrainian: { en: string; uk: string | null };
  eu: string;
  from: Stage;
  to: Stage;
  /** The proposer's note (proposed) or the other side's reason (declined). */
  text: string | null;
  link: ((locale: Locale) => string) | null;
};

/** The notice of a proposal, its decline or its withdrawal, in the recipient's language. */
export function proposalMail(to: string, locale: Locale, kind: ProposalNotice, facts: Facts): Mail {
  const messages = messagesFor(locale) as typeof stageProposalsEn & typeof enCore;
  const t = createTranslator({ locale, messages, namespace: "stageProposals.mail" });
  const stage = createTranslator({ locale, messages, namespace: "stage" });
  const values = {
    actor: facts.actor,
    ukrainian: locale === "uk" ? (facts.ukrainian.uk ?? facts.ukrainian.en) : facts.ukrainian.en,
    eu: facts.eu,
    from: stage(facts.from),
    to: stage(facts.to),
  };
  const text = facts.text ? t(kind === "declined" ? "reason" : "note", { text: facts.text }) : null;
  const link = facts.link ? t(kind === "proposed" ? "linkDecide" : "link", { url: facts.link(locale) }) : null;
  return { to, subject: t(`${kind}.subject`, values), text: [t(`${kind}.body`, values), text, link, t("signature")].filter(Boolean).join("\n\n") };
}

/**
 * Queues, in the transaction `tx` that stores the step, the mail about a proposal: a new one (or
 * its withdrawal) to the approved members of the side that is asked to confirm it, a decline to
 * the proposer's side; never to the actor. Coordinators hear of confirmed moves only
 * (stage-notices.ts). `origin` (src/server/portal-url.ts) adds a link to the partnership's page,
 * where the other side confirms or declines.
 */
export async function queueProposalNotices(
  tx: Prisma.TransactionClient,
  actor: Principal,
  proposalId: number,
  kind: ProposalNotice,
  origin?: string,
): Promise<number> {
  const p = await tx.stageProposal.findUniqueOrThrow({
    where: { id: proposalId },
    select: {
      partnershipId: true,
      side: true,
      fromStage: true,
      toStage: true,
      note: true,
      reason: true,
      partnership: {
        select: {
          ukrainianMunicipalityId: true,
          euMunicipalityId: true,
          ukrainianMunicipality: { select: { nameEn: true, nameUk: true } },
          euMunicipality: { select: { nameEn: true, nameLocal: true } },
        },
      },
    },
  });
  const { partnership } = p;
  const proposerSide = p.side === "UKRAINIAN" ? partnership.ukrainianMunicipalityId : partnership.euMunicipalityId;
  const otherSide = p.side === "UKRAINIAN" ? partnership.euMunicipalityId : partnership.ukrainianMunicipalityId;
  const side = kind === "declined" ? proposerSide : otherSide;
  const members = await tx.user.findMany({
    where: { memberships: { some: { municipalityId: side, status: "APPROVED" } }, NOT: { id: actor.userId } },
    select: MAIL_RECIPIENT,
    orderBy: { email: "asc" },
  });
  const self = await tx.user.findUnique({ where: { id: actor.userId }, select: { name: true, email: true } });
  const facts: Facts = {
    actor: self?.name ?? self?.email ?? actor.email,
    ukrainian: { en: partnership.ukrainianMunicipality.nameEn, uk: partnership.ukrainianMunicipality.nameUk },
    eu: partnership.euMunicipality.nameLocal ?? partnership.euMunicipality.nameEn,
    from: p.fromStage as Stage,
    to: p.toStage as Stage,
    text: kind === "declined" ? p.reason : kind === "proposed" ? p.note : null,
    link: origin ? (locale) => portalLink(origin, `/${locale}/partnerships/${p.partnershipId}#stage`) : null,
  };
  // Ukrainian editors get Ukrainian unless they chose otherwise; everyone else English.
  const fallback: Locale = side === partnership.ukrainianMunicipalityId ? "uk" : "en";
  for (const m of members) await enqueueMail(tx, proposalMail(m.email, recipientLocale(m, null, fallback), kind, facts));
  return members.length;
}
