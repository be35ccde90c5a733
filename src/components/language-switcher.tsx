"use client";

import { Suspense } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";

/** Links to the same page, with the same filters, in each other language, named in itself. */
export function LanguageSwitcher() {
  // Reading the query string suspends where a page has none to give (a not-found page, say):
  // there the links keep the page but not its filters.
  return (
    <Suspense fallback={<LanguageLinks query={{}} />}>
      <LanguageLinksWithQuery />
    </Suspense>
  );
}

function LanguageLinksWithQuery() {
  const search = useSearchParams();
  const query = Object.fromEntries(
    [...new Set(search.keys())].map((key) => {
      const values = search.getAll(key);
      return [key, values.length === 1 ? values[0] : values];
    }),
  );
  return <LanguageLinks query={query} />;
}

function LanguageLinks({ query }: { query: Record<string, string | string[]> }) {
  const t = useTranslations("site.languageSwitcher");
  const locale = useLocale();
  const pathname = usePathname();
  return (
    <ul aria-label={t("label")} className="flex gap-3">
      {routing.locales
        .filter((other) => other !== locale)
        .map((other) => (
          <li key={other}>
            <Link
              href={{ pathname, query }}
              locale={other}
              lang={other}
              hrefLang={other}
              className="rounded border border-white/70 px-2 py-1 text-white no-underline hover:bg-white hover:text-brand-900"
            >
              {t(`names.${other}`)}
            </Link>
          </li>
        ))}
    </ul>
  );
}
