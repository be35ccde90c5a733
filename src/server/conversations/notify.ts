import "server-only";
import { createTranslator } from "next-intl";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { messagesFor } from "@/i18n/messages";
import { routing, type Locale } from "@/i18n/routing";
import type conversationsEn from "@/i18n/messages/features/conversations.en.json";
import { enqueueMail } from "@/server/mail/outbox";
import { unsubscribeHeaders, unsubscribeUrl } from "@/server/mail/unsubscribe";
import { reminderTranslator } from "@/server/reminders/mail";
import { portalLink } from "@/server/portal-url";
import { recordAudit } from "@/server/audit/record";
import { isErasedEmail } from "@/lib/privacy/erased";
import { loadPrincipal } from "@/server/auth/principal";
import type { Job } from "@/server/jobs/types";
import { participantConversations, participantRecipients, type ConversationParties } from "./access";

/** The kind of news a person chooses how to hear of (notification_preference.kind). */
export const MESSAGE_KIND = "conversationMessage";
/** An excerpt of the message goes into the mail; the rest is on the page. */
const EXCERPT_CHARS = 500;

type Tx = Prisma.TransactionClient;

const asLocale = (value: string | null | undefined): Locale => ((routing.locales as readonly string[]).includes(value ?? "") ? (value as Locale) : "en");

const translator = (locale: Locale) => createTranslator({ locale, messages: messagesFor(locale) as typeof conversationsEn, namespace: "conversations.mail" });

/** What a conversation is about, in `locale`: "C4C-… · Sindelfingen – Lviv" or "Sindelfingen – Lviv". */
async function titleFacts(client: Pick<PrismaClient, "conversation">, conversationId: number) {
  const c = await client.conversation.findUniqueOrThrow({
    where: { id: conversationId },
    select: {
      request: {
        select: {
          reference: true,
          ukrainianMunicipality: { select: { nameEn: true, nameUk: true } },
          euMunicipality: { select: { nameEn: true, nameLocal: true } },
          proposedMunicipalityName: true,
        },
      },
      partnership: {
        select: { ukrainianMunicipality: { select: { nameEn: true, nameUk: true } }, euMunicipality: { select: { nameEn: true, nameLocal: true } } },
      },
    },
  });
  const ua = (c.request ?? c.partnership)!.ukrainianMunicipality;
  const eu = c.request
    ? c.request.euMunicipality
      ? (c.request.euMunicipality.nameLocal ?? c.request.euMunicipality.nameEn)
      : (c.request.proposedMunicipalityName ?? "")
    : (c.partnership!.euMunicipality.nameLocal ?? c.partnership!.euMunicipality.nameEn);
  return (locale: Locale) => {
    const pair = `${eu} – ${locale === "uk" ? (ua.nameUk ?? ua.nameEn) : ua.nameEn}`;
    return c.request ? `${c.request.reference} · ${pair}` : pair;
  };
}

/** How each of `userIds` wants to hear of new messages; no row: at once. */
async function deliveries(tx: Pick<PrismaClient, "notificationPreference">, userIds: string[]) {
  const rows = await tx.notificationPreference.findMany({ where: { userId: { in: userIds }, kind: MESSAGE_KIND }, select: { userId: true, delivery: true } });
  return new Map(rows.map((r) => [r.userId, r.delivery]));
}

/**
 * A mail to each participant but the writer who wants new messages at once, in their language,
 * with an excerpt and a link to the message itself. Inside the message's transaction.
 */
export async function queueMessageNotices(
  tx: Tx,
  parties: ConversationParties,
  message: { conversationId: number; messageId: number; authorUserId: string; body: string },
  origin?: string,
): Promise<number> {
  const recipients = (await participantRecipients(tx, parties)).filter((r) => r.id !== message.authorUserId && !isErasedEmail(r.email));
  if (recipients.length === 0) return 0;
  const wants = await deliveries(
    tx,
    recipients.map((r) => r.id),
  );
  const title = await titleFacts(tx, message.conversationId);
  const author = await tx.user.findUnique({ where: { id: message.authorUserId }, select: { name: true } });
  const excerpt = message.body.length > EXCERPT_CHARS ? `${message.body.slice(0, EXCERPT_CHARS)}…` : message.body;
  let queued = 0;
  for (const r of recipients) {
    if ((wants.get(r.id) ?? "IMMEDIATE") !== "IMMEDIATE") continue;
    const locale = asLocale(r.locale);
    const t = translator(locale);
    const link = origin ? portalLink(origin, `/${locale}/inbox/${message.conversationId}#message-${message.messageId}`) : null;
    const text = [
      t("newMessage", { title: title(locale), author: author?.name ?? t("someone") }),
      excerpt,
      link ? t("link", { url: link }) : null,
      t("preferences"),
      origin ? reminderTranslator(locale)("unsubscribe", { url: unsubscribeUrl(origin, locale, r.id, MESSAGE_KIND) }) : null,
      t("signature"),
    ]
      .filter(Boolean)
      .join("\n\n");
    await enqueueMail(tx, {
      to: r.email,
      subject: t("subject", { title: title(locale) }),
      text,
      ...(origin ? { headers: unsubscribeHeaders(origin, r.id, MESSAGE_KIND) } : {}),
    });
    queued++;
  }
  return queued;
}

/** The digest's line in the audit log, one per day: it is how the instances know that today's was sent. */
export const DIGEST_ACTION = "conversation.digest";
/** The digest goes out from this hour of the day (UTC: 07:00 in Kyiv in winter), once. */
export const DIGEST_HOUR_UTC = 5;
const DIGEST_LOCK = 0x63346364; // "c4cd"

export type DigestReport = { day: string; mails: number };

/**
 * The daily digest: to each person who chose it, one mail listing the conversations with messages
 * of others since their last digest that they have not read, with links. Runs once a day across
 * every instance (a transaction-scoped advisory lock, and the day's `conversation.digest` audit
 * line, which commits with the mails); `now` is the clock, settable by tests. Returns null when
 * not due (before the hour, already sent today, or another instance is sending it).
 */
export async function runDailyDigest(options: { now?: Date; client?: PrismaClient; origin?: string } = {}): Promise<DigestReport | null> {
  const now = options.now ?? new Date();
  const client = options.client ?? db();
  if (now.getUTCHours() < DIGEST_HOUR_UTC) return null;
  const day = now.toISOString().slice(0, 10);
  return client.$transaction(
    async (tx) => {
      const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${DIGEST_LOCK}) AS locked`;
      if (!locked) return null;
      const sent = await tx.auditEvent.findFirst({ where: { action: DIGEST_ACTION, objectType: "day", objectId: day }, select: { id: true } });
      if (sent) return null;
      const chosen = await tx.notificationPreference.findMany({
        where: { kind: MESSAGE_KIND, delivery: "DAILY" },
        select: { userId: true, digestedUpTo: true, updatedAt: true, user: { select: { email: true, locale: true } } },
      });
      let mails = 0;
      for (const pref of chosen) {
        const principal = await loadPrincipal(pref.userId, tx as unknown as PrismaClient);
        if (!principal || isErasedEmail(pref.user.email)) continue;
        const since = pref.digestedUpTo ?? pref.updatedAt;
        const news = await tx.conversationMessage.groupBy({
          by: ["conversationId"],
          where: {
            conversation: participantConversations(principal),
            createdAt: { gt: since, lte: now },
            OR: [{ authorUserId: null }, { authorUserId: { not: principal.userId } }],
          },
          _count: { _all: true },
          _max: { id: true },
        });
        const reads = await tx.conversationRead.findMany({
          where: { userId: principal.userId, conversationId: { in: news.map((n) => n.conversationId) } },
          select: { conversationId: true, lastReadMessageId: true },
        });
        const readUpTo = new Map(reads.map((r) => [r.conversationId, r.lastReadMessageId]));
        const unread = news.filter((n) => (n._max.id ?? 0) > (readUpTo.get(n.conversationId) ?? 0)).sort((a, b) => a.conversationId - b.conversationId);
        await tx.notificationPreference.update({ where: { userId_kind: { userId: pref.userId, kind: MESSAGE_KIND } }, data: { digestedUpTo: now } });
        if (unread.length === 0) continue;
        const locale = asLocale(pref.user.locale);
        const t = translator(locale);
        const lines: string[] = [];
        for (const n of unread) {
          const title = (await titleFacts(tx, n.conversationId))(locale);
          const link = options.origin ? ` ${portalLink(options.origin, `/${locale}/inbox/${n.conversationId}`)}` : "";
          lines.push(`- ${t("digestLine", { title, count: n._count._all })}${link}`);
        }
        await enqueueMail(tx, {
          to: pref.user.email,
          subject: t("digestSubject", { count: unread.length }),
          text: [
            t("digestIntro"),
            lines.join("\n"),
            t("preferences"),
            options.origin ? reminderTranslator(locale)("unsubscribe", { url: unsubscribeUrl(options.origin, locale, pref.userId, MESSAGE_KIND) }) : null,
            t("signature"),
          ]
            .filter(Boolean)
            .join("\n\n"),
          ...(options.origin ? { headers: unsubscribeHeaders(options.origin, pref.userId, MESSAGE_KIND) } : {}),
        });
        mails++;
      }
      await recordAudit(tx, { actorUserId: null, action: DIGEST_ACTION, objectType: "day", objectId: day, outcome: "ALLOWED", detail: { mails } });
      return { day, mails };
    },
    { timeout: 60_000 },
  );
}

/**
 * The digest as a daily job of the job runner (src/server/jobs/registry.ts): its day begins at
 * DIGEST_HOUR_UTC, so it is sent once a day from that hour on.
 */
export const digestJob: Job = {
  name: "conversations.digest",
  period: "daily",
  startHourUtc: DIGEST_HOUR_UTC,
  async run({ now, origin }) {
    const report = await runDailyDigest({ now, origin });
    if (report) console.info("conversations: daily digest", JSON.stringify(report));
  },
};
