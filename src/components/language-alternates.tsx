import { routing } from "@/i18n/routing";
import { currentPagePath, inLocale } from "@/server/page-path";
import { portalOrigin } from "@/server/portal-url";

/**
 * The page's address in each language, with English as the x-default: `<link rel="alternate"
 * hreflang>` tags, which React places in the document's head.
 */
export async function LanguageAlternates() {
  const { path } = await currentPagePath();
  // Absolute where the portal knows its origin; outside demo mode without AUTH_URL, relative.
  const origin = await portalOrigin().catch(() => null);
  const href = (locale: string) => {
    const localised = inLocale(locale, { path, search: "" });
    return origin ? new URL(localised, origin).toString() : localised;
  };
  return (
    <>
      {routing.locales.map((locale) => (
        <link key={locale} rel="alternate" hrefLang={locale} href={href(locale)} />
      ))}
      <link rel="alternate" hrefLang="x-default" href={href(routing.defaultLocale)} />
    </>
  );
}
