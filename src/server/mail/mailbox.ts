import "server-only";
import { db } from "@/server/db";
import { demoMode } from "@/server/env";

/** The development mailbox: the latest outbox mail, newest first. Null outside demo mode. */
export async function listMailbox(limit = 50) {
  if (!demoMode) return null;
  return db().outboxMessage.findMany({
    orderBy: { id: "desc" },
    take: limit,
    select: { id: true, to: true, replyTo: true, subject: true, text: true, status: true, createdAt: true, attachments: true },
  });
}
