import "server-only";
import type { NextRequest } from "next/server";
import { handlers } from "./auth";

/** Auth.js's own rule for a callback URL: an http(s) URL, or a path on this site. */
function isValidCallbackUrl(value: string, origin: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? origin : undefined).protocol);
  } catch {
    return false;
  }
}

const CALLBACK_COOKIES = ["authjs.callback-url", "__Secure-authjs.callback-url"];

/**
 * Auth.js answers a malformed `callbackUrl` (in the query, or in its callback-url cookie) with a
 * 500 "server configuration" error. It is the caller's input: a 400 here instead, which also
 * clears a bad cookie so the browser recovers.
 */
function refuseBadCallbackUrl(request: NextRequest): Response | null {
  const origin = request.nextUrl.origin;
  const fromQuery = request.nextUrl.searchParams.get("callbackUrl");
  const badCookies = CALLBACK_COOKIES.filter((name) => {
    const value = request.cookies.get(name)?.value;
    return value !== undefined && !isValidCallbackUrl(value, origin);
  });
  if ((fromQuery === null || isValidCallbackUrl(fromQuery, origin)) && badCookies.length === 0) return null;
  const headers = new Headers({ "content-type": "text/plain; charset=utf-8" });
  for (const name of badCookies) headers.append("set-cookie", `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${name.startsWith("__Secure-") ? "; Secure" : ""}`);
  return new Response("Bad Request: invalid callbackUrl", { status: 400, headers });
}

export async function GET(request: NextRequest) {
  // Auth.js's session endpoint is for its client library, which the portal does not use: pages
  // read the session on the server. Closed, so an injected script could not read a session from it.
  if (request.nextUrl.pathname.replace(/\/+$/, "").endsWith("/api/auth/session")) {
    return new Response("Not Found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  }
  return refuseBadCallbackUrl(request) ?? handlers.GET(request);
}

export async function POST(request: NextRequest) {
  return refuseBadCallbackUrl(request) ?? handlers.POST(request);
}
