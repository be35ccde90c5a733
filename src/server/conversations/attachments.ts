import "server-only";
import { db } from "@/server/db";
import type { Principal } from "@/server/auth/principal";
import { DomainError } from "@/server/errors";
import { authorizeConversation } from "./open";

/**
 * A file sent in a conversation, for its download: only for the conversation's participants
 * (`conversation.read` on the conversation the file really belongs to, refused and audited
 * otherwise), and only under that conversation's address: another conversation's id in the
 * address, or an unknown file, is not found.
 */
export async function readAttachment(principal: Principal | null, conversationId: number, attachmentId: number) {
  const valid = Number.isSafeInteger(attachmentId) && attachmentId > 0 && attachmentId <= 2_147_483_647;
  const file = valid
    ? await db().conversationAttachment.findUnique({
        where: { id: attachmentId },
        select: { fileName: true, contentType: true, size: true, message: { select: { conversationId: true } } },
      })
    : null;
  await authorizeConversation(principal, "conversation.read", file?.message.conversationId ?? conversationId);
  if (!file || file.message.conversationId !== conversationId) throw new DomainError("notFound");
  const { data } = await db().conversationAttachment.findUniqueOrThrow({ where: { id: attachmentId }, select: { data: true } });
  return { fileName: file.fileName, contentType: file.contentType, size: file.size, data };
}
