import "server-only";
import { consume, type RateLimit } from "./rate-limit";
import { clientAddress } from "./client-address";

/** Reports per client, and across every client, per minute: a page blocking something reports it on every view. */
export const CSP_REPORTS_PER_CLIENT: RateLimit = { name: "csp-report:client", limit: 20, windowMs: 60_000 };
export const CSP_REPORTS_OVERALL: RateLimit = { name: "csp-report:all", limit: 300, windowMs: 60_000 };
const MAX_BODY = 16 * 1024;

type Violation = { directive: string; blocked: string; page: string };

/** The fields worth a log line, from either report format (report-uri's csp-report, or Reporting API's list). */
function violations(body: unknown): Violation[] {
  const list = Array.isArray(body) ? body.map((r) => (r as { body?: unknown })?.body) : [(body as { "csp-report"?: unknown })?.["csp-report"]];
  return list
    .filter((r): r is Record<string, unknown> => typeof r === "object" && r !== null)
    .slice(0, 10)
    .map((r) => ({
      directive: text(r["effectiveDirective"] ?? r["effective-directive"] ?? r["violated-directive"]),
      blocked: text(r["blockedURL"] ?? r["blocked-uri"]),
      // The page without its query: a query may hold what someone typed.
      page: text(r["documentURL"] ?? r["document-uri"]).split("?")[0]!,
    }));
}

function text(value: unknown): string {
  return typeof value === "string" ? value.replace(/[\p{Cc}]/gu, "").slice(0, 200) : "";
}

/**
 * Logs a report of a blocked script, style or frame (one line per violation), rate-limited per
 * client and overall so that nobody can flood the log. 204 for a report, 400 for what is not one,
 * 413 past 16 KB, 429 past the limits. Nothing is stored.
 */
export async function POST(request: Request): Promise<Response> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY) return plain(413, "Payload Too Large");
  const client = await clientAddress();
  for (const [rule, subject] of [[CSP_REPORTS_OVERALL, "all"], ...(client ? [[CSP_REPORTS_PER_CLIENT, client] as const] : [])] as const) {
    const decision = await consume(rule, subject);
    if (!decision.allowed) return plain(429, "Too Many Requests", { "retry-after": String(decision.retryAfterSeconds) });
  }
  const raw = await request.text();
  if (raw.length > MAX_BODY) return plain(413, "Payload Too Large");
  let found: Violation[];
  try {
    found = violations(JSON.parse(raw));
  } catch {
    return plain(400, "Bad Request");
  }
  if (found.length === 0) return plain(400, "Bad Request");
  for (const v of found) console.warn(`csp: blocked ${v.directive || "?"} ${v.blocked || "?"} on ${v.page || "?"}`);
  return new Response(null, { status: 204 });
}

function plain(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", ...headers } });
}
