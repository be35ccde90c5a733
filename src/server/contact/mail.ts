import "server-only";
import { createTranslator } from "next-intl";
import type { Prisma } from "@/generated/prisma/client";
import { messagesFor } from "@/i18n/messages";
import type { Locale } from "@/i18n/routing";
import type contactEn from "@/i18n/messages/features/contact.en.json";
import { enqueueMail, type Mail } from "@/server/mail/outbox";
import { env } from "@/server/env";
import { portalLink } from "@/server/portal-url";
import { MAIL_RECIPIENT, recipientLocale } from "@/server/mail/recipient-locale";

const translator = (locale: Locale) => createTranslator({ locale, messages: messagesFor(locale) as typeof contactEn, namespace: "contact.mail" });

/**
 * Tells every coordinator, in their language, that a message waits in the inbox. The mail holds
 * no word of the message: it would copy the sender's personal data into every coordinator's
 * mailbox, out of reach of the erasure.
 */
export async function queueNewMessageNotices(tx: Prisma.TransactionClient, id: number, origin?: string): Promise<void> {
  const coordinators = await tx.user.findMany({ where: { role: "COORDINATOR" }, select: MAIL_RECIPIENT, orderBy: { email: "asc" } });
  for (const c of coordinators) {
    const locale = recipientLocale(c);
    const t = translator(locale);
    const link = origin ? portalLink(origin, `/${locale}/coordinator/messages/${id}`) : null;
    await enqueueMail(tx, { to: c.email, subject: t("newMessage.subject"), text: [t("newMessage.text"), link, t("signature")].filter(Boolean).join("\n\n") });
  }
}

/** A coordinator's answer, in the language the message was written in; replies go to the network's address. */
export function answerMail(message: { email: string; locale: string; subject: string; message: string; receivedAt: Date }, answer: string): Mail {
  // Written to whoever wrote, account or not: the language they wrote in.
  const locale = recipientLocale(null, message.locale);
  const t = translator(locale);
  const quoted = message.message
    .split(/\r?\n/)
    .map((line) => `> ${line}`)
    .join("\n");
  return {
    to: message.email,
    replyTo: env.CONTACT_EMAIL,
    subject: t("answer.subject", { subject: message.subject }),
    text: [answer, t("answer.yourMessage", { date: message.receivedAt.toISOString().slice(0, 10) }), quoted, t("answer.replyHint"), t("signature")].join(
      "\n\n",
    ),
  };
}
