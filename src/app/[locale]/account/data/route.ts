import { hasLocale } from "next-intl";
import { notFound } from "next/navigation";
import { routing } from "@/i18n/routing";
import { isRefusal } from "@/server/auth/guard";
import { currentPrincipal } from "@/server/auth/session";
import { exportOwnData } from "@/server/privacy/export";

/**
 * "Download my data": everything the portal holds about the signed-in person, as a JSON file.
 * Only ever the caller's own data (the principal comes from the session, never from the request).
 * Signed out (or a stale cookie): a refusal, audited, and a redirect to sign-in.
 */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/account/data">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  try {
    const data = await exportOwnData(await currentPrincipal());
    const date = data.exportedAt.slice(0, 10);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="cities4cities-my-data-${date}.json"`,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    if (isRefusal(error)) {
      return new Response(null, { status: 303, headers: { location: new URL(`/${locale}/sign-in`, request.url).toString(), "cache-control": "no-store" } });
    }
    throw error;
  }
}
