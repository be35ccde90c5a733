import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";

/**
 * A person's part in conversations, for their data export: the messages they wrote (with the
 * names, types and sizes of their files; the files themselves are downloaded from the
 * conversation), how far they have read each conversation, their notification choices, and the
 * internal notes they wrote as a coordinator. Others' messages are the others' data.
 */
export async function conversationDataOf(userId: string, client: PrismaClient) {
  const [messagesWritten, readMarks, notificationChoices, internalNotesWritten] = await Promise.all([
    client.conversationMessage.findMany({
      where: { authorUserId: userId },
      orderBy: { id: "asc" },
      select: { conversationId: true, body: true, language: true, createdAt: true, attachments: { select: { fileName: true, contentType: true, size: true } } },
    }),
    client.conversationRead.findMany({
      where: { userId },
      orderBy: { conversationId: "asc" },
      select: { conversationId: true, lastReadMessageId: true, readAt: true },
    }),
    client.notificationPreference.findMany({ where: { userId }, select: { kind: true, delivery: true, digestedUpTo: true, updatedAt: true } }),
    client.internalNote.findMany({
      where: { authorUserId: userId },
      orderBy: { id: "asc" },
      select: { body: true, createdAt: true, request: { select: { reference: true } } },
    }),
  ]);
  return {
    messagesWritten,
    readMarks,
    notificationChoices,
    internalNotesWritten: internalNotesWritten.map(({ request, ...n }) => ({ ...n, reference: request.reference })),
  };
}
