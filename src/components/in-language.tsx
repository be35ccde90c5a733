/**
 * Text whose language may differ from the page's (data kept only in English and Ukrainian, shown
 * on a page in another language): marked with its own `lang` when it differs (WCAG 3.1.2), so
 * screen readers pronounce it in its language.
 */
export function InLanguage({ lang, page, children }: { lang: string; page: string; children: React.ReactNode }) {
  return lang === page ? <>{children}</> : <span lang={lang}>{children}</span>;
}

/** The language data kept in English and Ukrainian is shown in on a page in `locale`. */
export function dataLanguage(locale: string): "en" | "uk" {
  return locale === "uk" ? "uk" : "en";
}
