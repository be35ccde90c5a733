import { defineRouting } from "next-intl/routing";

/**
 * The interface's languages: Ukrainian and English first, then the languages of the partner
 * countries (Germany, Sweden, Poland, France and Belgium, Italy, the Netherlands and Belgium,
 * Romania and Moldova).
 *
 * A visitor's locale is chosen by the path (`/de/…`), then by the choice remembered in the
 * NEXT_LOCALE cookie (set whenever a page in another language is opened), then by the browser's
 * Accept-Language, then English (next-intl's middleware, src/proxy.ts).
 */
export const routing = defineRouting({
  locales: ["en", "uk", "de", "sv", "pl", "fr", "it", "nl", "ro"],
  defaultLocale: "en",
  localePrefix: "always",
  localeCookie: { name: "NEXT_LOCALE", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" },
  // The pages name their alternates in their <head> (src/components/language-alternates.tsx).
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];
