import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { db } from "@/server/db";

/** How long an answered message is kept: long enough for a follow-up question to find its history. */
export const CONTACT_RETENTION_DAYS = 365;

/** Deletes the messages written from `address` (lower case), inside the erasure's transaction. */
export async function eraseContactMessages(tx: Prisma.TransactionClient, address: string): Promise<number> {
  return tx.$executeRaw`DELETE FROM contact_message WHERE lower(email) = ${address}`;
}

/** The messages written from `address`, with their answers, for that person's data export. */
export async function contactMessagesFrom(address: string, client: PrismaClient = db()) {
  return client.contactMessage.findMany({
    where: { email: { equals: address, mode: "insensitive" } },
    select: { receivedAt: true, name: true, email: true, organisation: true, subject: true, message: true, locale: true, answer: true, answeredAt: true },
    orderBy: { id: "asc" },
  });
}

/** Deletes the messages answered more than CONTACT_RETENTION_DAYS before `now`. Open messages stay until answered. */
export async function purgeAnsweredContactMessages(now = new Date(), client: PrismaClient = db()): Promise<number> {
  const before = new Date(now.getTime() - CONTACT_RETENTION_DAYS * 86_400_000);
  const { count } = await client.contactMessage.deleteMany({ where: { answeredAt: { lt: before } } });
  return count;
}
