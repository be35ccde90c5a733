import "server-only";
import { cleanText } from "@/lib/plain-text";
import { authorize, type Principal } from "@/server/auth/principal";
import { partnershipSubject, stageProposalSubject } from "@/server/auth/subjects";
import { DomainError } from "@/server/errors";
import { checkMove, isStage, STAGE_NOTE_MAX } from "@/lib/partnership-stages";
import type { StageErrorCode } from "./errors";
import { transitionStage, type StageOutcome } from "./stage-transition";

/**
 * Changes a partnership's stage to `toStage` (the rule: src/lib/partnership-stages.ts) from
 * `expectedStage`, the stage the person saw (of two people acting at once exactly one wins, the
 * other gets StageChanged).
 * - A coordinator or administrator moves it at once: they are the network's referee, and their
 *   move closes any open proposal as superseded.
 * - One of its partners (the Ukrainian side's editors, the EU side's staff) only PROPOSES the
 *   change, forward or back alike: it takes effect when the other side or a coordinator confirms
 *   it (decideStageProposal). One open proposal per partnership: a second gets ProposalOpen.
 * Anyone else is refused (and audited) before the input is looked at.
 */
export async function changePartnershipStage(
  principal: Principal | null,
  partnershipId: number,
  toStage: unknown,
  note: unknown,
  expectedStage: unknown,
  origin?: string,
): Promise<StageOutcome> {
  const subject = Number.isSafeInteger(partnershipId) && partnershipId > 0 ? await partnershipSubject(partnershipId) : null;
  const referee = principal?.globalRole != null;
  const actor = await authorize(principal, referee ? "partnership.changeStage" : "partnership.proposeStage", subject ?? undefined);
  if (!subject || subject.type !== "partnership") throw new DomainError<StageErrorCode>("notFound");
  if (!isStage(toStage) || !isStage(expectedStage)) throw new DomainError<StageErrorCode>("invalidStage", "stage");
  const text = typeof note === "string" ? cleanText(note) : "";
  if (text.length > STAGE_NOTE_MAX) throw new DomainError<StageErrorCode>("noteTooLong", "note");
  const refusal = checkMove(expectedStage, toStage, referee);
  if (refusal) throw new DomainError<StageErrorCode>(refusal, "stage");
  if (referee) return transitionStage(actor, subject.id, { kind: "move", to: toStage, expected: expectedStage, note: text || null }, origin);
  // A person of both sides (rare) proposes as the Ukrainian side's editor.
  const side = actor.memberships.some((m) => m.municipalityId === subject.ukrainianMunicipalityId) ? "UKRAINIAN" : "EU";
  return transitionStage(actor, subject.id, { kind: "propose", to: toStage, expected: expectedStage, note: text || null, side }, origin);
}

/**
 * The other side's (or a coordinator's) answer to a proposal: `confirm` moves the partnership if
 * it is still at the proposal's from-stage; `decline` closes it with a reason (required, so the
 * proposer knows why). The proposer's own side is refused, and audited.
 */
export async function decideStageProposal(
  principal: Principal | null,
  proposalId: number,
  decision: unknown,
  reason: unknown,
  origin?: string,
): Promise<StageOutcome> {
  const subject = Number.isSafeInteger(proposalId) && proposalId > 0 ? await stageProposalSubject(proposalId) : null;
  const actor = await authorize(principal, "partnership.decideStage", subject ?? undefined);
  if (!subject || subject.type !== "stageProposal") throw new DomainError<StageErrorCode>("notFound");
  if (decision === "confirm") return transitionStage(actor, subject.partnershipId, { kind: "confirm", proposalId: subject.id }, origin);
  if (decision !== "decline") throw new DomainError<StageErrorCode>("notFound");
  const text = typeof reason === "string" ? cleanText(reason) : "";
  if (!text) throw new DomainError<StageErrorCode>("reasonMissing", "reason");
  if (text.length > STAGE_NOTE_MAX) throw new DomainError<StageErrorCode>("reasonTooLong", "reason");
  return transitionStage(actor, subject.partnershipId, { kind: "decline", proposalId: subject.id, reason: text }, origin);
}

/** The proposer takes their open proposal back; the other side is told. */
export async function withdrawStageProposal(principal: Principal | null, proposalId: number, origin?: string): Promise<StageOutcome> {
  const subject = Number.isSafeInteger(proposalId) && proposalId > 0 ? await stageProposalSubject(proposalId) : null;
  const actor = await authorize(principal, "stageProposal.withdrawOwn", subject ?? undefined);
  if (!subject || subject.type !== "stageProposal") throw new DomainError<StageErrorCode>("notFound");
  return transitionStage(actor, subject.partnershipId, { kind: "withdraw", proposalId: subject.id }, origin);
}
