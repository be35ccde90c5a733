import "server-only";
import type { NextRequest } from "next/server";
import { safeCallbackPath } from "@/lib/safe-redirect";
import { routing } from "@/i18n/routing";
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
  for (const name of badCookies)
    headers.append("set-cookie", `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${name.startsWith("__Secure-") ? "; Secure" : ""}`);
  return new Response("Bad Request: invalid callbackUrl", { status: 400, headers });
}

export async function GET(request: NextRequest) {
  // Auth.js's session endpoint is for its client library, which the portal does not use: pages
  // read the session on the server. Closed, so an injected script could not read a session from it.
  if (request.nextUrl.pathname.replace(/\/+$/, "").endsWith("/api/auth/session")) {
    return new Response("Not Found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  }
  const refused = refuseBadCallbackUrl(request);
  if (refused) return refused;
  const response = await handlers.GET(request);
  return request.nextUrl.pathname.includes("/api/auth/callback/") ? keepCallbackOnError(request, response) : response;
}

/**
 * A used or expired link sends the person to Auth.js's error page, the English sign-in page,
 * without the page they were going to. Back instead to the sign-in page in the language of that
 * page, which keeps it as its callback: a new link leads there.
 */
export function keepCallbackOnError(request: NextRequest, response: Response): Response {
  const location = response.headers.get("location");
  if (response.status < 300 || response.status >= 400 || !location) return response;
  const target = new URL(location, request.nextUrl.origin);
  const error = target.searchParams.get("error");
  if (!error || !/^\/[a-z]{2}\/sign-in$/.test(target.pathname)) return response;
  const raw = request.nextUrl.searchParams.get("callbackUrl") ?? "";
  let path: string | null = null;
  try {
    // Only the path is kept (the link's address is the configured public one, AUTH_URL).
    const url = new URL(raw, request.nextUrl.origin);
    path = safeCallbackPath(url.pathname + url.search);
  } catch {
    path = null;
  }
  const segment = path?.split("/")[1] ?? "";
  const locale = (routing.locales as readonly string[]).includes(segment) ? segment : routing.defaultLocale;
  const back = new URL(`/${locale}/sign-in`, request.nextUrl.origin);
  back.searchParams.set("error", error);
  // The landing pages need no callback: signing in leads to them anyway.
  if (path && !/^\/[a-z]{2}\/(account|coordinator)$/.test(path)) back.searchParams.set("callbackUrl", path);
  const headers = new Headers(response.headers);
  headers.set("location", back.pathname + back.search);
  return new Response(null, { status: response.status, headers });
}

export async function POST(request: NextRequest) {
  return refuseBadCallbackUrl(request) ?? handlers.POST(request);
}
