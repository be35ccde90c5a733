import "server-only";
import { createTranslator } from "next-intl";
import { messagesFor } from "@/i18n/messages";
import { routing, type Locale } from "@/i18n/routing";
import type joinEn from "@/i18n/messages/features/join.en.json";
import type { Mail } from "@/server/mail/outbox";
import { portalLink } from "@/server/portal-url";

const asLocale = (value: string): Locale => ((routing.locales as readonly string[]).includes(value) ? (value as Locale) : routing.defaultLocale);

/**
 * The answer to a proposer, in the language they proposed in: approved, with a link to complete the
 * new municipality's profile (when the portal's address is known), or rejected, with the reason.
 */
export function joinDecisionMail(
  to: { email: string; locale: string },
  decision: "approved" | "rejected",
  facts: { name: string; slug?: string; origin?: string; reason?: string },
): Mail {
  const locale = asLocale(to.locale);
  const t = createTranslator({ locale, messages: messagesFor(locale) as typeof joinEn, namespace: "join.mail" });
  const link =
    decision === "approved" && facts.origin && facts.slug ? t("link", { url: portalLink(facts.origin, `/${locale}/municipalities/${facts.slug}/edit`) }) : null;
  const body = decision === "approved" ? t("approved", { municipality: facts.name }) : t("rejected", { municipality: facts.name, reason: facts.reason ?? "" });
  return { to: to.email, subject: t(`subject.${decision}`, { municipality: facts.name }), text: [body, link, t("signature")].filter(Boolean).join("\n\n") };
}
