import "server-only";
import { db } from "@/server/db";
import { authorize, type Principal } from "@/server/auth/principal";
import { recordAudit } from "@/server/audit/record";
import { DomainError } from "@/server/errors";
import { requestSubjectByReference } from "@/server/coordination/load";
import { checkNote } from "@/server/coordination/decide";
import { queueRequestNotices } from "@/server/coordination/notifications";

export type AnswerErrorCode = "notAwaitingAnswer" | "noteTooShort" | "noteTooLong";

/**
 * The requester answers a coordinator's request for information on their request's page
 * (`request.answerOwn`). The answer (10–2,000 characters) joins the request's history as an
 * INFO_PROVIDED event and the request goes back to the coordinators' open queue (UNDER_REVIEW);
 * the coordinators are told by mail. As for decisions, the row is locked and changed only WHERE it
 * still waits for the answer: an answer racing a decision or a withdrawal cannot overwrite it
 * (`notAwaitingAnswer`). Status, history, audit line and notices commit together.
 */
export async function answerInformationRequest(principal: Principal | null, reference: string, rawAnswer: unknown, origin?: string): Promise<void> {
  const subject = await requestSubjectByReference(reference);
  const actor = await authorize(principal, "request.answerOwn", subject ?? undefined);
  const id = subject!.id;
  const answer = checkNote(rawAnswer, true, "answer")!;
  await db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM partnership_request WHERE id = ${id} FOR UPDATE`;
    const changed = await tx.partnershipRequest.updateMany({ where: { id, status: "INFORMATION_REQUESTED" }, data: { status: "UNDER_REVIEW" } });
    if (changed.count === 0) throw new DomainError<AnswerErrorCode>("notAwaitingAnswer");
    const request = await tx.partnershipRequest.findUniqueOrThrow({
      where: { id },
      select: {
        id: true,
        reference: true,
        requesterEmail: true,
        locale: true,
        ukrainianMunicipalityId: true,
        ukrainianMunicipality: { select: { nameEn: true, nameUk: true } },
        euMunicipality: { select: { nameEn: true, nameLocal: true } },
        proposedMunicipalityName: true,
      },
    });
    await tx.requestEvent.create({
      data: { requestId: id, actorUserId: actor.userId, kind: "INFO_PROVIDED", fromStatus: "INFORMATION_REQUESTED", toStatus: "UNDER_REVIEW", note: answer },
    });
    await recordAudit(tx, { actorUserId: actor.userId, action: "request.answerOwn", objectType: "request", objectId: String(id), outcome: "ALLOWED" });
    await queueRequestNotices(
      tx,
      "informationProvided",
      {
        ...request,
        ukrainianName: { en: request.ukrainianMunicipality.nameEn, uk: request.ukrainianMunicipality.nameUk },
        euName: request.euMunicipality ? (request.euMunicipality.nameLocal ?? request.euMunicipality.nameEn) : (request.proposedMunicipalityName ?? ""),
        origin,
      },
      null,
      ["coordinator"],
    );
  });
}
