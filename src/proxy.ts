import createMiddleware from "next-intl/middleware";
import { type NextRequest, NextResponse } from "next/server";
import { routing } from "./i18n/routing";
import { SESSION_COOKIE_NAMES } from "@/lib/session-cookie";

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
  return localise(request);
}

export const config = {
  matcher: ["/((?!api|_next|_vercel|healthz|readyz|.*\\..*).*)"],
};
