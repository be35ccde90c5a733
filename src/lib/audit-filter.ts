import { ACTIONS } from "./permissions";

/** The line left when refusals of callers not signed in pass their bound (src/server/audit/record.ts). */
export const ANONYMOUS_REFUSALS_CAPPED = "audit.anonymousRefusalsCapped";
/** The line left when one account's refusals pass their bound (src/server/audit/record.ts). */
export const ACCOUNT_REFUSALS_CAPPED = "audit.accountRefusalsCapped";
/** Events the portal writes to the audit log besides the actions of src/lib/permissions.ts. */
export const AUDIT_EVENTS = [
  "auth.signIn",
  "auth.signOut",
  "auth.requestLink",
  ANONYMOUS_REFUSALS_CAPPED,
  ACCOUNT_REFUSALS_CAPPED,
  // role.grant is an action of permissions.ts; taking a role back is authorized as role.grant.
  "role.revoke",
  // What a coordinator did under municipality.manage (src/server/back-office).
  "municipality.create",
  "municipality.update",
  "municipality.unpublish",
  "municipality.merge",
  "municipality.conflictStatus",
  // The day's digest of conversation messages (src/server/conversations/notify.ts).
  "conversation.digest",
  // A click on an unsubscribe link (src/server/notifications/mail-choices.ts): the token stands for its person.
  "notification.unsubscribe",
] as const;
/** Every action the log page can name in words; any other is shown as its raw key. */
export const KNOWN_AUDIT_ACTIONS: readonly string[] = [...AUDIT_EVENTS, ...ACTIONS];

export const AUDIT_OUTCOMES = ["ALLOWED", "REFUSED", "FAILED"] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export const AUDIT_PAGE_SIZE = 50;
/** Offset pagination is bounded: older entries are reached by narrowing the dates. */
export const AUDIT_MAX_PAGE = 200;

export type AuditFilter = { action?: string; outcome?: AuditOutcome; from?: string; to?: string; page: number };
export type IgnoredAuditParam = "action" | "outcome" | "from" | "to" | "range" | "page";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day written YYYY-MM-DD that exists (no 2026-02-30), or null. */
export function validDay(value: string): string | null {
  const m = DAY.exec(value);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value && Number(m[1]) >= 2000 ? value : null;
}

/**
 * The audit log's filter from GET parameters. A parameter that cannot be used is left out and
 * named in `ignored`, so the page can say so; nothing here throws.
 */
export function parseAuditFilter(params: Record<string, string | string[] | undefined>): { filter: AuditFilter; ignored: IgnoredAuditParam[] } {
  const ignored: IgnoredAuditParam[] = [];
  const one = (key: IgnoredAuditParam): string | undefined => {
    const v = params[key];
    if (v === undefined || v === "") return undefined;
    if (typeof v !== "string") {
      ignored.push(key);
      return undefined;
    }
    return v;
  };
  const filter: AuditFilter = { page: 1 };
  const action = one("action");
  if (action !== undefined) {
    if (/^[A-Za-z]+(\.[A-Za-z]+){0,3}$/.test(action) && action.length <= 60) filter.action = action;
    else ignored.push("action");
  }
  const outcome = one("outcome");
  if (outcome !== undefined) {
    if ((AUDIT_OUTCOMES as readonly string[]).includes(outcome)) filter.outcome = outcome as AuditOutcome;
    else ignored.push("outcome");
  }
  for (const key of ["from", "to"] as const) {
    const raw = one(key);
    if (raw === undefined) continue;
    const day = validDay(raw);
    if (day) filter[key] = day;
    else ignored.push(key);
  }
  if (filter.from && filter.to && filter.from > filter.to) {
    delete filter.from;
    delete filter.to;
    ignored.push("range");
  }
  const page = one("page");
  if (page !== undefined) {
    const n = /^\d{1,4}$/.test(page) ? Number(page) : 0;
    if (n >= 1 && n <= AUDIT_MAX_PAGE) filter.page = n;
    else ignored.push("page");
  }
  return { filter, ignored };
}

/** The instant a calendar day begins in `timeZone` (the portal shows times in Europe/Kyiv). */
export function startOfDay(day: string, timeZone: string): Date {
  const utc = Date.parse(`${day}T00:00:00Z`);
  // The zone's offset a few hours into that day: transitions never happen at midnight there.
  const probe = new Date(utc + 6 * 3_600_000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" })
      .formatToParts(probe)
      .map((p) => [p.type, p.value]),
  );
  const local = Date.parse(`${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:00Z`);
  return new Date(utc - (local - probe.getTime()));
}

/** The day after a YYYY-MM-DD day. */
export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
