import "server-only";
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
function refuseBadCallbackUrl(request: Request): Response | null {
  const url = new URL(request.url);
  const fromQuery = url.searchParams.get("callbackUrl");
  const cookies = new Map(
    (request.headers.get("cookie") ?? "")
      .split(";")
      .map((pair) => pair.trim().split("="))
      .filter(([name]) => name && CALLBACK_COOKIES.includes(name))
      .map(([name, ...value]) => [name!, decodeURIComponentSafe(value.join("="))]),
  );
  const badCookies = [...cookies].filter(([, value]) => !isValidCallbackUrl(value, url.origin)).map(([name]) => name);
  if ((fromQuery === null || isValidCallbackUrl(fromQuery, url.origin)) && badCookies.length === 0) return null;
  const headers = new Headers({ "content-type": "text/plain; charset=utf-8" });
  for (const name of badCookies) headers.append("set-cookie", `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${name.startsWith("__Secure-") ? "; Secure" : ""}`);
  return new Response("Bad Request: invalid callbackUrl", { status: 400, headers });
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export async function GET(request: Parameters<typeof handlers.GET>[0]) {
  return refuseBadCallbackUrl(request) ?? handlers.GET(request);
}

export async function POST(request: Parameters<typeof handlers.POST>[0]) {
  return refuseBadCallbackUrl(request) ?? handlers.POST(request);
}
