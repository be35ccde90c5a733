import { COOPERATION_AREAS } from "@/lib/cooperation-areas";
import { routing } from "@/i18n/routing";
import { messagesFor } from "@/i18n/messages";
import { handler, json, preflight } from "@/server/open-data/http";

/** GET /api/v1/areas: the cooperation areas, with their names in the nine languages of the portal. */
export const GET = handler(async (request: Request) => {
  const names = Object.fromEntries(routing.locales.map((l) => [l, (messagesFor(l).areas ?? {}) as Record<string, string>]));
  return json(
    request,
    COOPERATION_AREAS.map((slug) => ({ slug, name: Object.fromEntries(routing.locales.map((l) => [l, names[l][slug]])) })),
  );
});

export const OPTIONS = preflight;
