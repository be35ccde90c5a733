import "server-only";
import { authorize, type Principal } from "@/server/auth/principal";
import { DomainError } from "@/server/errors";
import { requestSubjectByReference } from "./load";
import { checkNote } from "./decide";
import { transitionRequest } from "./transition";

export type AnswerErrorCode = "notAwaitingAnswer" | "noteTooShort" | "noteTooLong";

/**
 * The requester answers a coordinator's request for information on their request's page
 * (`request.answerOwn`). The answer (10–2,000 characters) joins the request's history as an
 * INFO_PROVIDED event and the request goes back to the coordinators' open queue (UNDER_REVIEW);
 * the coordinators are told by mail. Through the one request transition (./transition.ts): an
 * answer racing a decision or a withdrawal cannot overwrite it (`notAwaitingAnswer`).
 */
export async function answerInformationRequest(principal: Principal | null, reference: string, rawAnswer: unknown, origin?: string): Promise<void> {
  const subject = await requestSubjectByReference(reference);
  const actor = await authorize(principal, "request.answerOwn", subject ?? undefined);
  const answer = checkNote(rawAnswer, true, "answer")!;
  await transitionRequest(
    actor,
    subject!.id,
    {
      action: "request.answerOwn",
      from: ["INFORMATION_REQUESTED"],
      to: "UNDER_REVIEW",
      event: { kind: "INFO_PROVIDED", note: answer },
      notice: "informationProvided",
      audiences: ["coordinator"],
      refused: () => new DomainError<AnswerErrorCode>("notAwaitingAnswer"),
    },
    origin,
  );
}
