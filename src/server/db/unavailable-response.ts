import { hasLocale } from "next-intl";
import { messagesFor } from "@/i18n/messages";
import { routing } from "@/i18n/routing";
import type availabilityEn from "@/i18n/messages/features/availability.en.json";
import type { Outage } from "./availability";

/** How long a client should wait before asking again: the probe notices a return within 250 ms. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * The answer to every page and form post while the database is down: 503 with Retry-After, a
 * short page in the locale of the address, and the outage's id (logged once when it began) as
 * the reference. Plain HTML without scripts: the layout needs the database (the session).
 */
export function unavailableResponse(pathname: string, outage: Outage): Response {
  const first = pathname.split("/")[1];
  const locale = hasLocale(routing.locales, first) ? first : routing.defaultLocale;
  const t = (messagesFor(locale) as typeof availabilityEn).availability;
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${t.title}</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5">
<main><h1>${t.title}</h1><p>${t.body}</p><p><a href="">${t.retry}</a></p>
<p style="font-size:.875rem;color:#334155">${t.reference.replace("{id}", outage.id)}</p></main>
</body></html>`;
  return new Response(html, {
    status: 503,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "retry-after": String(RETRY_AFTER_SECONDS),
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    },
  });
}
