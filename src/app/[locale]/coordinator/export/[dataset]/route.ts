import { hasLocale } from "next-intl";
import { notFound } from "next/navigation";
import { routing } from "@/i18n/routing";
import { isRefusal } from "@/server/auth/guard";
import { currentPrincipal } from "@/server/auth/session";
import { auditLogCsv, requestQueueCsv } from "@/server/open-data/coordinator-exports";
import { toCsv } from "@/lib/open-data/csv";

/**
 * GET /{locale}/coordinator/export/requests|audit: the request queue or the audit log as CSV,
 * with the page's filters. Coordinators and administrators only (checked in the domain function,
 * refusals audited): the signed-out are sent to sign in, everybody else gets a 404.
 */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/coordinator/export/[dataset]">) {
  const { locale, dataset } = await params;
  if (!hasLocale(routing.locales, locale) || (dataset !== "requests" && dataset !== "audit")) notFound();
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const principal = await currentPrincipal();
  try {
    const file = dataset === "requests" ? await requestQueueCsv(principal, query) : await auditLogCsv(principal, query);
    return new Response(toCsv(file.header, file.rows), {
      headers: {
        "content-type": "text/csv; charset=utf-8; header=present",
        "content-disposition": `attachment; filename="${file.filename}"`,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    if (!isRefusal(error)) throw error;
    if (!error.signedIn) {
      const back = encodeURIComponent(`/${locale}/coordinator/export/${dataset}`);
      return new Response(null, {
        status: 303,
        headers: { location: new URL(`/${locale}/sign-in?callbackUrl=${back}`, request.url).toString(), "cache-control": "no-store" },
      });
    }
    return new Response("Not found", { status: 404, headers: { "cache-control": "no-store", "content-type": "text/plain; charset=utf-8" } });
  }
}
