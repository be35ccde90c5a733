import "server-only";
import nodemailer from "nodemailer";
import type { Transporter } from "nodemailer";
import type { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { databaseOutage } from "@/server/db/availability";
import { env } from "@/server/env";

/** A file sent with a mail, as text (a meeting's calendar file): stored with the mail, handed to nodemailer as is. */
export type MailAttachment = { filename: string; contentType: string; content: string };

/** `replyTo`: where the recipient's reply goes, when not to MAIL_FROM (a coordinator's answer: CONTACT_EMAIL). */
/** `headers`: extra headers by name (the reminders' List-Unsubscribe and List-Unsubscribe-Post, RFC 8058). */
export type Mail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  replyTo?: string;
  attachments?: MailAttachment[];
  headers?: Record<string, string>;
};

/** The headers column as stored: string values by name, nothing else. */
export function headersOf(value: unknown): Record<string, string> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === "string"));
}

/** The attachments column as stored, or none when it holds anything else. */
export function attachmentsOf(value: unknown): MailAttachment[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (a): a is MailAttachment =>
      typeof a === "object" && a !== null && typeof a.filename === "string" && typeof a.contentType === "string" && typeof a.content === "string",
  );
}

/** Anything that can write a row: the client, or a transaction so the mail commits with the change. */
type Writer = Pick<PrismaClient, "outboxMessage">;

/** Queues a mail. Nothing is sent here: the sender delivers it, so a change never waits on SMTP. */
export async function enqueueMail(client: Writer, mail: Mail): Promise<number> {
  const row = await client.outboxMessage.create({
    data: {
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html ?? null,
      replyTo: mail.replyTo ?? null,
      ...(mail.attachments?.length ? { attachments: mail.attachments } : {}),
      ...(mail.headers && Object.keys(mail.headers).length ? { headers: mail.headers } : {}),
    },
    select: { id: true },
  });
  return row.id;
}

export const MAX_ATTEMPTS = 8;
/** How long a claimed row is left alone by other senders: a sender that dies mid-send is retried after this. */
const LEASE_MS = 5 * 60_000;

/** Wait before attempt n+1 after n failures: 30 s, 1, 2, 4 … minutes, at most an hour. */
export function retryDelayMs(failures: number): number {
  return Math.min(30_000 * 2 ** (failures - 1), 3_600_000);
}

export type DeliveryReport = { sent: number; retried: number; failed: number };

/**
 * Delivers the pending mail that is due. Rows are claimed with SKIP LOCKED and a lease, so
 * several portal instances never send one row twice in the normal case; the mail server is
 * talked to outside any transaction. Without a transport (no SMTP_URL) the mail is marked sent:
 * it stays readable on the development mailbox page.
 */
export async function deliverDueMail(
  options: { transport?: Transporter | null; client?: PrismaClient; now?: Date; batch?: number } = {},
): Promise<DeliveryReport> {
  const client = options.client ?? db();
  const transport = options.transport === undefined ? smtpTransport() : options.transport;
  const now = options.now ?? new Date();
  const claimed = await client.$queryRaw<
    {
      id: number;
      recipient: string;
      subject: string;
      text: string;
      html: string | null;
      reply_to: string | null;
      attachments: unknown;
      headers: unknown;
      attempts: number;
    }[]
  >`
    UPDATE outbox_message SET next_attempt_at = ${new Date(now.getTime() + LEASE_MS)}
     WHERE id IN (SELECT id FROM outbox_message
                   WHERE status = 'PENDING' AND next_attempt_at <= ${now}
                   ORDER BY id LIMIT ${options.batch ?? 20}
                   FOR UPDATE SKIP LOCKED)
    RETURNING id, recipient, subject, text, html, reply_to, attachments, headers, attempts`;
  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0 };
  for (const row of claimed.sort((a, b) => a.id - b.id)) {
    try {
      if (transport) {
        await transport.sendMail({
          from: env.MAIL_FROM,
          to: row.recipient,
          replyTo: row.reply_to ?? undefined,
          subject: row.subject,
          text: row.text,
          html: row.html ?? undefined,
          attachments: attachmentsOf(row.attachments).map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
          headers: headersOf(row.headers),
        });
      }
      await client.outboxMessage.update({
        where: { id: row.id },
        data: { status: "SENT", sentAt: new Date(), attempts: row.attempts + 1, lastError: null },
      });
      report.sent++;
    } catch (error) {
      const attempts = row.attempts + 1;
      const givesUp = attempts >= MAX_ATTEMPTS;
      await client.outboxMessage.update({
        where: { id: row.id },
        data: {
          attempts,
          status: givesUp ? "FAILED" : "PENDING",
          nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
          lastError: (error instanceof Error ? error.message : String(error)).slice(0, 2000),
        },
      });
      if (givesUp) report.failed++;
      else report.retried++;
    }
  }
  return report;
}

const holder = globalThis as unknown as { __c4cSmtp?: Transporter };

function smtpTransport(): Transporter | null {
  if (!env.SMTP_URL) return null;
  holder.__c4cSmtp ??= nodemailer.createTransport(env.SMTP_URL);
  return holder.__c4cSmtp;
}

/**
 * Delivers due mail every `intervalMs` until the returned function is called. Runs never overlap.
 * While the database is known to be down (availability.ts) ticks are skipped: there is nothing
 * to claim. A failure is logged when it begins and when delivery works again, not at every tick.
 */
export function startOutboxSender(intervalMs = 5_000, deliver: () => Promise<DeliveryReport> = () => deliverDueMail()): () => void {
  let running = false;
  let failing = false;
  const timer = setInterval(() => {
    if (running || databaseOutage()) return;
    running = true;
    deliver()
      .then(() => {
        if (failing) console.warn("outbox: delivery works again");
        failing = false;
      })
      .catch((error) => {
        if (!failing) console.error("outbox: delivery failed (logged again only after it has worked):", error instanceof Error ? error.message : error);
        failing = true;
      })
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
