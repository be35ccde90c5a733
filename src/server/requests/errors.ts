import { DomainError } from "@/server/errors";

export type DecisionKind = "APPROVED" | "DECLINED" | "WITHDRAWN";

/**
 * The request left the coordinators' hands before this decision could be stored: another
 * coordinator decided it (or its requester withdrew it) first. Carries what the loser is told.
 */
export class AlreadyDecided extends DomainError<"alreadyDecided"> {
  constructor(
    readonly status: DecisionKind,
    readonly decidedAt: Date | null,
    readonly decidedBy: string | null,
  ) {
    super("alreadyDecided");
    this.name = "AlreadyDecided";
  }
}

export type DecisionErrorCode = "notFound" | "noEuMunicipality" | "partnershipExists";
