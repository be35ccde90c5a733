import "server-only";
import { db } from "@/server/db";
import type { Principal } from "@/server/auth/principal";
import { recordAudit } from "@/server/audit/record";
import { DomainError } from "@/server/errors";
import { safeFileName, sniffFileKind } from "@/lib/conversations/file-type";
import { MAX_ATTACHMENTS, MAX_ATTACHMENT_BYTES, MESSAGE_MAX_CHARS, isMessageLanguage } from "@/lib/conversations/limits";
import { authorizeConversation } from "./open";
import { queueMessageNotices } from "./notify";

export type { PostErrorCode } from "@/lib/conversations/post-errors";
import type { PostErrorCode } from "@/lib/conversations/post-errors";

export type Upload = { name: string; data: Uint8Array };

/** Reads the files of a form field, leaving out the empty part a browser sends when none was chosen. */
export async function uploadsOf(files: readonly unknown[]): Promise<Upload[]> {
  const out: Upload[] = [];
  for (const file of files) {
    // An empty file input sends "" or an empty file; any other text where a file belongs is a forged form.
    if (file === "") continue;
    if (!(file instanceof Blob)) throw new DomainError<PostErrorCode>("fileType", "attachments");
    if (file.size === 0) continue;
    if (file.size > MAX_ATTACHMENT_BYTES) throw new DomainError<PostErrorCode>("fileTooLarge", "attachments");
    out.push({ name: "name" in file && typeof file.name === "string" ? file.name : "", data: new Uint8Array(await file.arrayBuffer()) });
  }
  return out;
}

/**
 * A participant writes in a conversation (`conversation.write`; others, and unknown ids, are refused
 * and audited). The text is 1–8,000 characters, marked with a language of the portal or "other";
 * up to 3 files of at most 10 MB together, each a PDF, an image (PNG, JPEG, WebP) or an office
 * document by its content. The message, its files, the conversation's time, the writer's read mark,
 * the audit line and the mail to the others who want it at once commit together.
 */
export async function postMessage(
  principal: Principal | null,
  conversationId: number,
  input: { body: unknown; language: unknown; files: readonly Upload[] },
  origin?: string,
): Promise<{ messageId: number }> {
  const { actor, subject } = await authorizeConversation(principal, "conversation.write", conversationId);
  const body = typeof input.body === "string" ? input.body.replace(/\r\n/g, "\n").trim() : "";
  if (body.length === 0) throw new DomainError<PostErrorCode>("bodyEmpty", "body");
  if (body.length > MESSAGE_MAX_CHARS) throw new DomainError<PostErrorCode>("bodyTooLong", "body");
  if (!isMessageLanguage(input.language)) throw new DomainError<PostErrorCode>("badLanguage", "language");
  const language = input.language;
  if (input.files.length > MAX_ATTACHMENTS) throw new DomainError<PostErrorCode>("tooManyFiles", "attachments");
  if (input.files.reduce((sum, f) => sum + f.data.byteLength, 0) > MAX_ATTACHMENT_BYTES) throw new DomainError<PostErrorCode>("fileTooLarge", "attachments");
  const files = input.files.map((file) => {
    const kind = sniffFileKind(file.data);
    if (!kind) throw new DomainError<PostErrorCode>("fileType", "attachments");
    return { fileName: safeFileName(file.name, kind), contentType: kind.contentType, size: file.data.byteLength, data: file.data };
  });
  return db().$transaction(async (tx) => {
    const message = await tx.conversationMessage.create({
      data: { conversationId, authorUserId: actor.userId, body, language, attachments: { create: files.map((f) => ({ ...f, data: Buffer.from(f.data) })) } },
      select: { id: true, createdAt: true },
    });
    await tx.conversation.update({ where: { id: conversationId }, data: { lastMessageAt: message.createdAt } });
    await tx.$executeRaw`
      INSERT INTO conversation_read (user_id, conversation_id, last_read_message_id, read_at)
      VALUES (${actor.userId}, ${conversationId}, ${message.id}, now())
      ON CONFLICT (user_id, conversation_id) DO UPDATE SET last_read_message_id = EXCLUDED.last_read_message_id, read_at = now()`;
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "conversation.write",
      objectType: "conversation",
      objectId: String(conversationId),
      outcome: "ALLOWED",
      detail: { message: message.id, attachments: files.length },
    });
    await queueMessageNotices(tx, subject, { conversationId, messageId: message.id, authorUserId: actor.userId, body }, origin);
    return { messageId: message.id };
  });
}
