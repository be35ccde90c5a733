import "server-only";
import { createTranslator } from "next-intl";
import type { Prisma } from "@/generated/prisma/client";
import { messagesFor } from "@/i18n/messages";
import type { Locale } from "@/i18n/routing";
import type remindersEn from "@/i18n/messages/features/reminders.en.json";
import { isErasedEmail } from "@/lib/privacy/erased";
import { enqueueMail } from "@/server/mail/outbox";
import { recipientLocale, type MailRecipient } from "@/server/mail/recipient-locale";
import { unsubscribeHeaders, unsubscribeUrl, type MailKind } from "@/server/mail/unsubscribe";
import { stoppedRecipients } from "@/server/notifications/mail-choices";

type Tx = Prisma.TransactionClient;

export type ReminderTranslator = ReturnType<typeof reminderTranslator>;

export const reminderTranslator = (locale: Locale) =>
  createTranslator({ locale, messages: messagesFor(locale) as typeof remindersEn, namespace: "reminders.mail" });

/** A date as the recipient reads it, on Kyiv's calendar (the portal shows Kyiv time). */
export const mailDate = (date: Date, locale: Locale) => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Europe/Kyiv" }).format(date);

/** A person a reminder may go to: an account with its address and mail language. */
export type ReminderRecipient = { id: string; email: string } & NonNullable<MailRecipient>;

/** Select these for a ReminderRecipient. */
export const REMINDER_RECIPIENT = { id: true, email: true, locale: true, localeChosen: true } as const;

/**
 * Records the reminder `key` of `kind` and queues its mails, in the transaction `tx`: nothing when
 * the record exists already (sent by another instance or an earlier run), so a reminder is sent
 * once. Each recipient gets the mail in their language (`fallback` when they never chose or
 * signed in: Ukrainian for a hromada's editors), with the link that stops this kind of mail and
 * the List-Unsubscribe headers; those who stopped the kind, erased addresses and repeats of one
 * address are left out. Returns the number of mails, or null when it was sent before.
 */
export async function sendReminder(
  tx: Tx,
  args: {
    kind: MailKind;
    key: string;
    now: Date;
    origin: string | undefined;
    recipients: { person: ReminderRecipient; fallback: Locale }[];
    compose: (t: ReminderTranslator, locale: Locale, person: ReminderRecipient) => { subject: string; lines: (string | null)[] };
  },
): Promise<number | null> {
  const claimed = await tx.$queryRaw<{ key: string }[]>`
    INSERT INTO reminder_sent (kind, key, recipients, sent_at) VALUES (${args.kind}, ${args.key}, 0, ${args.now})
    ON CONFLICT (kind, key) DO NOTHING RETURNING key`;
  if (claimed.length === 0) return null;
  const stopped = await stoppedRecipients(
    tx,
    args.recipients.map((r) => r.person.id),
    args.kind,
  );
  const seen = new Set<string>();
  let mails = 0;
  for (const { person, fallback } of args.recipients) {
    const address = person.email.toLowerCase();
    if (seen.has(address) || stopped.has(person.id) || isErasedEmail(person.email)) continue;
    seen.add(address);
    const locale = recipientLocale(person, null, fallback);
    const t = reminderTranslator(locale);
    const { subject, lines } = args.compose(t, locale, person);
    const stop = args.origin ? t("unsubscribe", { url: unsubscribeUrl(args.origin, locale, person.id, args.kind) }) : null;
    await enqueueMail(tx, {
      to: person.email,
      subject,
      text: [...lines, stop, t("signature")].filter(Boolean).join("\n\n"),
      ...(args.origin ? { headers: unsubscribeHeaders(args.origin, person.id, args.kind) } : {}),
    });
    mails++;
  }
  await tx.$executeRaw`UPDATE reminder_sent SET recipients = ${mails} WHERE kind = ${args.kind} AND key = ${args.key}`;
  return mails;
}
