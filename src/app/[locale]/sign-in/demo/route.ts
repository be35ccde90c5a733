import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { demoMode } from "@/server/env";
import { demoSignInLink } from "@/server/auth/magic-link";
import { safeCallbackPath } from "@/lib/safe-redirect";

/**
 * Demo mode's one-click sign-in: a plain form POST (not a server action, whose redirect would be
 * a client-side navigation that cannot follow the link into Auth.js's route handler). It sends
 * the demo account a real magic link and answers with a redirect to it.
 */
export async function POST(request: Request, { params }: RouteContext<"/[locale]/sign-in/demo">) {
  const { locale } = await params;
  if (!demoMode || !hasLocale(routing.locales, locale)) notFound();
  // Only from the portal's own sign-in page.
  const origin = request.headers.get("origin");
  if (!origin || origin !== new URL(request.url).origin) return new Response("Forbidden", { status: 403 });
  const form = await request.formData().catch(() => null);
  const key = form?.get("account");
  const link = typeof key === "string" ? await demoSignInLink(key, locale, safeCallbackPath(form?.get("callbackUrl"))) : null;
  return Response.redirect(link ?? new URL(`/${locale}/sign-in?error=Demo`, request.url), 303);
}
