import createMiddleware from "next-intl/middleware";
import { type NextRequest, NextResponse } from "next/server";
import { routing } from "./i18n/routing";

const localise = createMiddleware(routing);

// The proxy only chooses the locale and redirects; it is never an access check.
export default function proxy(request: NextRequest) {
  // A path that is not valid percent-encoding (e.g. "/en/%E0%A4%A") names no page: a plain 400,
  // where decoding it further on would fail with a 500.
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse("Bad Request", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  return localise(request);
}

export const config = {
  matcher: ["/((?!api|_next|_vercel|healthz|readyz|.*\\..*).*)"],
};
