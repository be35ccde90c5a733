// The network's promises and patience, in days: one place, read by the reminders (src/server/jobs),
// the coordinators' desk and the pages that state them. The request form promises an answer within
// two weeks; a profile is "possibly out of date" after STALE_AFTER_DAYS (src/lib/freshness.ts).
export { STALE_AFTER_DAYS as PROFILE_STALE_DAYS } from "@/lib/freshness";

/** A request without a coordinators' decision this long after it was submitted is overdue. */
export const REQUEST_OVERDUE_DAYS = 14;
/** An overdue request reminds again after this many days, while it stays undecided. */
export const REQUEST_REMINDER_REPEAT_DAYS = 7;
/** A partnership with no activity (stage, message, meeting, document, project) this long is stalled. */
export const PARTNERSHIP_STALLED_DAYS = 90;
/** Partnerships whose pair qualifies are told this many days before a funding programme's deadline. */
export const FUNDING_DEADLINE_NOTICE_DAYS = 30;

export const DAY_MS = 86_400_000;
