import "server-only";
import { authorize, type Principal } from "@/server/auth/principal";
import { DomainError } from "@/server/errors";
import { checkNote } from "./decide";
import { requestSubjectByReference } from "./load";
import { OPEN_REQUEST_STATUSES } from "./open-requests";
import { transitionRequest } from "./transition";

export const HROMADA_ANSWERS = ["INTERESTED", "NOT_NOW"] as const;
export type HromadaAnswerChoice = (typeof HROMADA_ANSWERS)[number];
export type HromadaAnswerErrorCode = "notAnswerable" | "chooseAnswer" | "noteTooShort" | "noteTooLong";

/**
 * A hromada's editor answers a request addressed to their hromada (`request.answerForMunicipality`,
 * on that request): INTERESTED, or NOT_NOW with a reason (10–2,000 characters). One answer per
 * request, which the editors may change until the coordinators decide: each answer, first or
 * changed, is a HROMADA_ANSWERED history line and an audit line, and tells the coordinators by
 * mail. The request's status does not move: the coordinators still decide. The first answer's
 * time is kept: the hromada's responsiveness counts from the request's arrival to it. Through the
 * one request transition (./transition.ts): an answer racing a decision or a withdrawal is refused
 * (`notAnswerable`), as is an answer to a hromada's own proposal (it is not addressed to it).
 */
export async function answerForHromada(principal: Principal | null, reference: string, rawAnswer: unknown, rawReason: unknown, origin?: string) {
  const subject = await requestSubjectByReference(reference);
  const actor = await authorize(principal, "request.answerForMunicipality", subject ?? undefined);
  const answer = HROMADA_ANSWERS.find((a) => a === rawAnswer);
  if (!answer) throw new DomainError<HromadaAnswerErrorCode>("chooseAnswer", "answer");
  const reason = answer === "NOT_NOW" ? checkNote(rawReason, true, "reason") : null;
  await transitionRequest(
    actor,
    subject!.id,
    {
      action: "request.answerForMunicipality",
      from: OPEN_REQUEST_STATUSES,
      data: (now) => ({ hromadaAnswer: answer, hromadaAnswerReason: reason, hromadaAnsweredAt: now }),
      event: { kind: "HROMADA_ANSWERED", note: reason },
      also: async (tx, request, now) => {
        if (request.direction !== "TO_HROMADA") throw new DomainError<HromadaAnswerErrorCode>("notAnswerable");
        // Only the first answer sets it: changing one's mind later does not make a hromada slower.
        const first = await tx.partnershipRequest.updateMany({
          where: { id: request.id, hromadaFirstAnsweredAt: null },
          data: { hromadaFirstAnsweredAt: now },
        });
        return { first: first.count === 1 };
      },
      detail: (from, also) => ({ answer, status: from, first: also.first as boolean }),
      notice: answer === "INTERESTED" ? "hromadaInterested" : "hromadaNotNow",
      noticeNote: reason,
      audiences: ["coordinator"],
      exceptActor: true,
      refused: () => new DomainError<HromadaAnswerErrorCode>("notAnswerable"),
    },
    origin,
  );
  return { answer };
}
