import "server-only";
import { authorize, type Principal } from "@/server/auth/principal";
import { DomainError } from "@/server/errors";
import { requestSubjectByReference } from "./load";
import { WITHDRAWABLE } from "./own";
import { transitionRequest } from "./transition";

/** What the requester who lost the race is told: the request left SUBMITTED/UNDER_REVIEW first. */
export class NoLongerWithdrawable extends DomainError<"noLongerWithdrawable"> {
  constructor(readonly status: "APPROVED" | "DECLINED" | "WITHDRAWN") {
    super("noLongerWithdrawable");
    this.name = "NoLongerWithdrawable";
  }
}

/** The longest reason a requester may give (the history line's note column). */
export const WITHDRAWAL_REASON_MAX = 2000;

/**
 * The requester withdraws their own request (`request.withdrawOwn`) while no coordinator has
 * decided it, through the one request transition (./transition.ts): a withdrawal racing a
 * decision cannot overwrite it; exactly one wins, and the other is told what happened. The
 * status, the WITHDRAWN history line, the audit line and the notice to the coordinators commit
 * together. The requester's optional `reason` is the history line's note, which the coordinators
 * read in the request's history.
 */
export async function withdrawRequest(principal: Principal | null, reference: string, origin?: string, rawReason: string | null = null): Promise<void> {
  const subject = await requestSubjectByReference(reference);
  const actor = await authorize(principal, "request.withdrawOwn", subject ?? undefined);
  const reason = rawReason?.trim() || null;
  if (reason && reason.length > WITHDRAWAL_REASON_MAX) throw new DomainError("reasonTooLong", "reason");
  await transitionRequest(
    actor,
    subject!.id,
    {
      action: "request.withdrawOwn",
      from: WITHDRAWABLE,
      to: "WITHDRAWN",
      event: { kind: "WITHDRAWN", note: reason },
      detail: (from) => ({ from }),
      notice: "withdrawn",
      audiences: ["coordinator"],
      refused: (_tx, _id, status) => new NoLongerWithdrawable(status as NoLongerWithdrawable["status"]),
    },
    origin,
  );
}
