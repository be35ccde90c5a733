import type { Deadline, FundingProgramme } from "./types";

/**
 * Whether a programme can be applied to now, judged against `today` (an ISO date, YYYY-MM-DD):
 * - open: rolling, or a call whose deadline is today or later;
 * - recurring: calls come and go and we know no date (the source says when);
 * - passed: the last deadline we know of is behind us, and the next call is not known yet;
 * - closed: no call is open and none is announced.
 */
export type CallStatus = "open" | "recurring" | "passed" | "closed";

export function callStatus(deadline: Deadline, today: string): CallStatus {
  if (deadline.kind === "rolling") return "open";
  if (deadline.kind === "closed") return "closed";
  if (!deadline.lastKnown) return "recurring";
  return deadline.lastKnown >= today ? "open" : "passed";
}

const ORDER: Record<CallStatus, number> = { open: 0, recurring: 1, passed: 2, closed: 3 };

/** Open calls first, then recurring ones, then those without an open call; otherwise as given. */
export function byCallStatus<P extends Pick<FundingProgramme, "deadline">>(programmes: readonly P[], today: string): P[] {
  return programmes
    .map((p, i) => ({ p, i, rank: ORDER[callStatus(p.deadline, today)] }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map(({ p }) => p);
}

/** Today's date on the server's clock, as the programmes' dates are written (UTC). */
export function isoToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
