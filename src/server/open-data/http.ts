import "server-only";
import { createHash } from "node:crypto";
import { DATA_LICENCE, SOURCES, openDataMeta } from "@/lib/open-data/licence";
import { toCsv, type CsvCell } from "@/lib/open-data/csv";
import { consume, type RateLimit } from "@/server/abuse/rate-limit";
import { clientAddress } from "@/server/abuse/client-address";
import { showsDemoData } from "@/server/stats";
import { databaseOutage } from "@/server/db/availability";

/**
 * The open-data API's answers: every one public, cacheable for a minute, readable from any origin
 * (CORS for GET; nothing here depends on a cookie, so no credentials are allowed), with a strong
 * ETag of its body (If-None-Match → 304) and the data's licence and attributions.
 */
export const API_RATE_LIMIT: RateLimit = { name: "api-v1", limit: 600, windowMs: 60_000 };

const CORS = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, HEAD, OPTIONS",
  "access-control-allow-headers": "If-None-Match, Accept",
  "access-control-expose-headers": "ETag, Retry-After, Content-Disposition",
  "access-control-max-age": "86400",
};

const BASE_HEADERS = { ...CORS, "x-content-type-options": "nosniff", vary: "Accept-Encoding" };

export function preflight(): Response {
  return new Response(null, { status: 204, headers: { ...CORS, allow: "GET, HEAD, OPTIONS" } });
}

/** Counts the call against the caller's address; a Response (429) when over the limit. */
export async function rateLimited(): Promise<Response | null> {
  const address = (await clientAddress()) ?? "unknown";
  const decision = await consume(API_RATE_LIMIT, address);
  if (decision.allowed) return null;
  return problem(429, "rateLimited", "Too many requests: try again after the time in Retry-After.", { "retry-after": String(decision.retryAfterSeconds) });
}

const etagOf = (body: string) => `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;

function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t === etag || t === `W/${etag}`;
  });
}

function answer(request: Request, body: string, contentType: string, extra: Record<string, string> = {}): Response {
  const etag = etagOf(body);
  const headers = { ...BASE_HEADERS, etag, "cache-control": "public, max-age=60, must-revalidate", ...extra };
  if (matches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(request.method === "HEAD" ? null : body, { status: 200, headers: { ...headers, "content-type": contentType } });
}

/** `{ data, meta, ...more }` as JSON; `download` names a file to save it as. */
export async function json(request: Request, data: unknown, options: { more?: Record<string, unknown>; download?: string } = {}): Promise<Response> {
  const body = JSON.stringify({ data, ...options.more, meta: openDataMeta(await showsDemoData()) });
  return answer(
    request,
    body,
    "application/json; charset=utf-8",
    options.download ? { "content-disposition": `attachment; filename="${options.download}"` } : {},
  );
}

/** A CSV file (src/lib/open-data/csv.ts); its licence and attributions go in a Link header. */
export async function csv(request: Request, filename: string, header: readonly string[], rows: readonly (readonly CsvCell[])[]): Promise<Response> {
  return answer(request, toCsv(header, rows), "text/csv; charset=utf-8; header=present", {
    "content-disposition": `attachment; filename="${filename}"`,
    link: '<https://creativecommons.org/licenses/by/4.0/>; rel="license", <https://www.geonames.org/>; rel="describedby"; title="GeoNames, CC BY 4.0"',
  });
}

/** Any other text (the Atom feed), with the same validators and headers. */
export function textAnswer(request: Request, body: string, contentType: string): Response {
  return answer(request, body, contentType);
}

/** An error in the API's one shape, never cached. */
export function problem(status: number, code: string, message: string, extra: Record<string, string> = {}, details?: unknown): Response {
  return new Response(
    JSON.stringify({ error: { code, message, ...(details === undefined ? {} : { details }) }, meta: { licence: DATA_LICENCE, sources: SOURCES } }),
    {
      status,
      headers: { ...BASE_HEADERS, "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...extra },
    },
  );
}

/** A GET handler with the rate limit first and unexpected errors as a 500 in the API's shape. */
export function handler<C>(serve: (request: Request, context: C) => Promise<Response>) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      // While the database is away (src/server/db/availability.ts) say so at once, as pages do.
      if (databaseOutage()) return unavailable();
      const limited = await rateLimited();
      if (limited) return limited;
      return await serve(request, context);
    } catch (error) {
      if (databaseOutage()) return unavailable();
      const id = crypto.randomUUID();
      console.error(`api error ${id}`, error);
      return problem(500, "internal", `Something went wrong on our side (error ${id}).`);
    }
  };
}

const unavailable = () => problem(503, "unavailable", "The portal's database is not reachable just now: try again shortly.", { "retry-after": "5" });

/** `download` query parameter: a whole list as a file. */
export function downloadFormat(url: URL): "csv" | "json" | null | "invalid" {
  const value = url.searchParams.get("download");
  if (value === null) return null;
  return value === "csv" || value === "json" ? value : "invalid";
}
