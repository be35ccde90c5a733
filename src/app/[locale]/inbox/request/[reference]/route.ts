import { hasLocale } from "next-intl";
import { notFound } from "next/navigation";
import { routing } from "@/i18n/routing";
import { isRefusal } from "@/server/auth/guard";
import { currentPrincipal } from "@/server/auth/session";
import { DomainError } from "@/server/errors";
import { cleanReference } from "@/server/requests/load";
import { openRequestConversation } from "@/server/conversations/open";

/**
 * GET: the conversation of a request, by the request's reference (a link from a list of requests,
 * where the conversation may not exist yet): participants are sent to it, others get a 404
 * (refusal audited), the signed-out go to sign in.
 */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/inbox/request/[reference]">) {
  const { locale, reference: raw } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const reference = cleanReference(raw);
  if (!reference) notFound();
  const to = (path: string) => new Response(null, { status: 303, headers: { location: new URL(path, request.url).toString(), "cache-control": "no-store" } });
  try {
    return to(`/${locale}/inbox/${await openRequestConversation(await currentPrincipal(), reference)}`);
  } catch (error) {
    if (isRefusal(error) && !error.signedIn) return to(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}/inbox/request/${reference}`)}`);
    if (isRefusal(error) || error instanceof DomainError) notFound();
    throw error;
  }
}
