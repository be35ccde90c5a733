import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { handler, preflight, problem, textAnswer } from "@/server/open-data/http";
import { seekingPartnersFeed } from "@/server/open-data/feed";
import { portalOrigin } from "@/server/portal-url";

/** GET /api/v1/feed.atom?locale=xx: profiles published or updated as seeking partners, as Atom. */
export const GET = handler(async (request: Request) => {
  const locale = new URL(request.url).searchParams.get("locale") ?? routing.defaultLocale;
  if (!hasLocale(routing.locales, locale))
    return problem(400, "invalidParameter", `locale must be one of ${routing.locales.join(", ")}.`, {}, [{ param: "locale", value: locale }]);
  return textAnswer(request, await seekingPartnersFeed(locale, await portalOrigin()), "application/atom+xml; charset=utf-8");
});

export const OPTIONS = preflight;
