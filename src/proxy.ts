import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { routing } from "./i18n/routing";
import { SESSION_COOKIE_NAMES } from "@/lib/session-cookie";
import { newNonce, pagePolicy } from "@/lib/content-security-policy";

const localise = createMiddleware(routing);

// The proxy only chooses the locale and redirects; it is never an access check. It sends a
// visitor without a session cookie from the account pages and the coordinator workspace to sign-in, sparing a render; the
// pages check the session themselves (a cookie can be stale or forged).
export default function proxy(request: NextRequest) {
  // A path that is not valid percent-encoding (e.g. "/en/%E0%A4%A") names no page: a plain 400,
  // where decoding it further on would fail with a 500.
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse("Bad Request", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const account = request.nextUrl.pathname.match(/^\/(en|uk)\/(?:account|coordinator)(\/|$)/);
  if (account && !SESSION_COOKIE_NAMES.some((name) => request.cookies.has(name))) {
    return NextResponse.redirect(new URL(`/${account[1]}/sign-in`, request.url));
  }
  // The page's script nonce: Next.js reads it from the request's policy and puts it on its own
  // inline scripts; the browser gets the same policy with the response.
  const policy = pagePolicy(newNonce(), process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = localise(new NextRequest(request, { headers }));
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: ["/((?!api|_next|_vercel|healthz|readyz|.*\\..*).*)"],
};
