import "server-only";
import { createTranslator } from "next-intl";
import type { Prisma } from "@/generated/prisma/client";
import { messagesFor } from "@/i18n/messages";
import type followUpEn from "@/i18n/messages/features/follow-up.en.json";
import { enqueueMail } from "@/server/mail/outbox";
import { MAIL_RECIPIENT, recipientLocale } from "@/server/mail/recipient-locale";
import { portalLink } from "@/server/portal-url";
import type { Locale } from "@/i18n/routing";

/**
 * Tells every coordinator, each in their language, that someone asks to act for a municipality,
 * with a link to the desk where it is decided. Queued in the transaction that stores the ask.
 */
export async function queueMembershipRequestNotices(
  tx: Prisma.TransactionClient,
  person: { name: string | null; email: string },
  municipality: { en: string; uk: string | null },
  origin?: string,
): Promise<void> {
  const coordinators = await tx.user.findMany({ where: { role: "COORDINATOR" }, select: MAIL_RECIPIENT, orderBy: { email: "asc" } });
  for (const c of coordinators) {
    const locale = recipientLocale(c);
    const t = createTranslator({ locale, messages: messagesFor(locale) as typeof followUpEn, namespace: "followUp.membershipMail" });
    const values = {
      person: person.name ? `${person.name} <${person.email}>` : person.email,
      municipality: locale === "uk" ? (municipality.uk ?? municipality.en) : municipality.en,
    };
    const link = origin ? portalLink(origin, `/${locale}/coordinator#memberships`) : null;
    await enqueueMail(tx, { to: c.email, subject: t("requestedSubject", values), text: [t("requested", values), link].filter(Boolean).join("\n\n") });
  }
}

/** The line that ends a mail about a membership decision: where to go next, in the person's language. */
export function membershipNextStep(lang: Locale, decision: "APPROVED" | "REJECTED", origin?: string): string | null {
  if (!origin) return null;
  const t = createTranslator({ locale: lang, messages: messagesFor(lang) as typeof followUpEn, namespace: "followUp.membershipMail" });
  return decision === "APPROVED" ? t("open", { url: portalLink(origin, `/${lang}/account`) }) : t("contact", { url: portalLink(origin, `/${lang}/contact`) });
}
