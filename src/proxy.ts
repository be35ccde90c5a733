import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { routing } from "./i18n/routing";
import { SESSION_COOKIE_NAMES } from "@/lib/session-cookie";
import { newNonce, pagePolicy } from "@/lib/content-security-policy";
import { isWellFormedActionForm, isWellFormedActionReply } from "@/lib/action-form";
import { isSameOriginPost, ownHosts } from "@/lib/same-origin";
import { PAGE_PATH_HEADER } from "@/lib/page-path";
import { databaseOutage } from "@/server/db/availability";
import { unavailableResponse } from "@/server/db/unavailable-response";
import { env } from "@/server/env";
import { MESSAGE_POST_LIMIT_BYTES, isConversationPath } from "@/lib/conversations/limits";
import { isWorkspacePath } from "@/lib/workspace/catalogue";

const localise = createMiddleware(routing);
const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

// The proxy only chooses the locale and redirects; it is never an access check. It sends a
// visitor without a session cookie from the account pages and the coordinator workspace to sign-in, sparing a render; the
// pages check the session themselves (a cookie can be stale or forged).
export default async function proxy(request: NextRequest) {
  // A path that is not valid percent-encoding (e.g. "/en/%E0%A4%A") names no page: a plain 400,
  // where decoding it further on would fail with a 500.
  try {
    // Nor does a control character (a NUL, a line break): no page's address holds one.
    if (/[\u0000-\u001f\u007f]/.test(decodeURIComponent(request.nextUrl.pathname))) return badRequest();
  } catch {
    return badRequest();
  }
  // While the database is known to be down, every page and form post would wait for it or fail
  // with a 500: answer 503 at once, before any of them starts (src/server/db/availability.ts).
  const outage = databaseOutage();
  if (outage) return unavailableResponse(request.nextUrl.pathname, outage);
  if (STATE_CHANGING.has(request.method)) {
    // Every state-changing request to a page is a server action or a form post: from our pages only.
    if (!isSameOriginPost(request.headers, ownHosts(request.headers, env.AUTH_URL))) return forbidden();
  }
  if (request.method === "POST") {
    const refused = await refuseActionBody(request);
    if (refused) return refused;
  }
  const [, locale, section] = request.nextUrl.pathname.split("/");
  const localised = (routing.locales as readonly string[]).includes(locale);
  if (
    localised &&
    (section === "account" || section === "coordinator" || section === "inbox") &&
    !SESSION_COOKIE_NAMES.some((name) => request.cookies.has(name))
  ) {
    // Back to the page after signing in (the account page is where sign-in leads anyway).
    const signIn = new URL(`/${locale}/sign-in`, request.url);
    const here = request.nextUrl.pathname + request.nextUrl.search;
    // A long address (a forged query of thousands of parameters) would make the redirect's own
    // header too long: then sign-in leads to the account page as it always did.
    if (here !== `/${locale}/account` && here.length <= 512) signIn.searchParams.set("callbackUrl", here);
    return NextResponse.redirect(signIn);
  }
  // The page's script nonce: Next.js reads it from the request's policy and puts it on its own
  // inline scripts; the browser gets the same policy with the response.
  const policy = pagePolicy(newNonce(), process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  // The page's address without its locale, for the language menu and the hreflang alternates.
  const path = localised ? request.nextUrl.pathname.slice(locale.length + 1) || "/" : request.nextUrl.pathname;
  headers.set(PAGE_PATH_HEADER, path + request.nextUrl.search);
  const response = localise(new NextRequest(request, { headers }));
  // A stored file (a conversation's attachment, a workspace document) keeps the sandboxing policy
  // its route handler gives it: the page policy set here would replace it.
  response.headers.set("Content-Security-Policy", isStoredFile(request.nextUrl.pathname) ? FILE_POLICY : policy);
  return response;
}

const FILE_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox";
const isStoredFile = (path: string) => /^\/[a-z]{2}\/(inbox\/\d{1,10}\/attachments|partnerships\/\d{1,10}\/documents)\/\d{1,10}$/.test(path);

/** What Next.js accepts as a server action's body (its default `serverActions.bodySizeLimit`). */
const ACTION_BODY_LIMIT = 1024 * 1024;

/**
 * Posts that Next.js would answer with a 500 before any code of ours runs: a body over its size
 * limit; for forms posted without JavaScript, a body that is not a form, or a forged action
 * reference; for a server action called by script (`Next-Action`), an id that is not one or
 * arguments that are not an encoded reply (src/lib/action-form.ts). They get a 413 or a 400 here.
 */
async function refuseActionBody(request: NextRequest): Promise<NextResponse | null> {
  // A conversation's page posts a message with its files (src/lib/conversations/limits.ts), a
  // partnership's page a document of its workspace under the same rules; every other form stays small.
  const withFiles = isConversationPath(request.nextUrl.pathname) || isWorkspacePath(request.nextUrl.pathname);
  const limit = withFiles ? MESSAGE_POST_LIMIT_BYTES : ACTION_BODY_LIMIT;
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > limit) return new NextResponse("Payload Too Large", { status: 413, headers: { "content-type": "text/plain; charset=utf-8" } });
  const type = request.headers.get("content-type") ?? "";
  const action = request.headers.get("next-action");
  if (!type.startsWith("multipart/form-data") && action === null) return null;
  const body = await request.clone().arrayBuffer();
  if (body.byteLength > limit) return new NextResponse("Payload Too Large", { status: 413, headers: { "content-type": "text/plain; charset=utf-8" } });
  if (action !== null) {
    // A server action called by the page's script: its id and its encoded arguments.
    const form = type.startsWith("multipart/form-data") ? await new Response(body, { headers: { "content-type": type } }).formData().catch(() => null) : null;
    const reply = form ?? new TextDecoder("utf-8", { fatal: false }).decode(body);
    return /^[0-9a-f]{2,64}$/i.test(action) && isWellFormedActionReply(reply) ? null : badRequest();
  }
  const form = await new Response(body, { headers: { "content-type": type } }).formData().catch(() => null);
  return form && isWellFormedActionForm(form) ? null : badRequest();
}

function forbidden() {
  return new NextResponse("Forbidden: this form can only be sent from the portal's own pages.", {
    status: 403,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}

function badRequest() {
  return new NextResponse("Bad Request", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
}

export const config = {
  matcher: ["/((?!api|_next|_vercel|healthz|readyz|.*\\..*).*)"],
};
