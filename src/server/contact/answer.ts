import "server-only";
import { db } from "@/server/db";
import { cleanText } from "@/lib/plain-text";
import { CONTACT_LIMITS } from "@/lib/contact-schema";
import { authorize, type Principal } from "@/server/auth/principal";
import { recordAudit } from "@/server/audit/record";
import { DomainError } from "@/server/errors";
import { enqueueMail } from "@/server/mail/outbox";
import { answerMail } from "./mail";

export type AnswerErrorCode = "notFound" | "alreadyAnswered" | "required" | "tooShort" | "tooLong";

/**
 * A coordinator answers a contact message by e-mail (`contactMessage.answer`): the answer is
 * stored with the message, which is marked answered, and the mail (from MAIL_FROM, replies to the
 * network's CONTACT_EMAIL) is queued, with the audit line, in one transaction. The message is
 * answered only WHERE it is still open: of two coordinators answering at once, one is told it
 * was answered already, and the sender gets one answer.
 */
export async function answerContactMessage(principal: Principal | null, id: number, rawAnswer: unknown): Promise<void> {
  const actor = await authorize(principal, "contactMessage.answer", undefined);
  if (!Number.isSafeInteger(id) || id <= 0) throw new DomainError<AnswerErrorCode>("notFound");
  const answer = typeof rawAnswer === "string" ? cleanText(rawAnswer) : "";
  if (!answer) throw new DomainError<AnswerErrorCode>("required", "answer");
  if (answer.length < CONTACT_LIMITS.answer.min) throw new DomainError<AnswerErrorCode>("tooShort", "answer");
  if (answer.length > CONTACT_LIMITS.answer.max) throw new DomainError<AnswerErrorCode>("tooLong", "answer");
  await db().$transaction(async (tx) => {
    const message = await tx.contactMessage.findUnique({
      where: { id },
      select: { email: true, locale: true, subject: true, message: true, receivedAt: true },
    });
    if (!message) throw new DomainError<AnswerErrorCode>("notFound");
    const changed = await tx.contactMessage.updateMany({
      where: { id, answeredAt: null },
      data: { answer, answeredAt: new Date(), answeredById: actor.userId },
    });
    if (changed.count === 0) throw new DomainError<AnswerErrorCode>("alreadyAnswered");
    await enqueueMail(tx, answerMail(message, answer));
    // Neither the address nor the answer in the log: the message may be erased, the log is kept.
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "contactMessage.answer",
      objectType: "contactMessage",
      objectId: String(id),
      outcome: "ALLOWED",
    });
  });
}
