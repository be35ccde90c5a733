import { getLocale, getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { currentPagePath, inLocale } from "@/server/page-path";
import { LanguageMenu } from "./language-menu";

/**
 * A menu of links to the same page, with the same filters, in every language, each named in
 * itself. The links are plain links rendered on the server, so the menu works without JavaScript.
 */
export async function LanguageSwitcher() {
  const t = await getTranslations("site.languageSwitcher");
  const locale = await getLocale();
  const page = await currentPagePath();
  return (
    <LanguageMenu
      summary={
        <>
          {t("label")}: <span lang={locale}>{t(`names.${locale}`)}</span>
        </>
      }
    >
      {routing.locales.map((other) => (
        <li key={other}>
          <a
            href={inLocale(other, page)}
            lang={other}
            hrefLang={other}
            aria-current={other === locale ? "true" : undefined}
            className="block px-3 py-2 text-slate-900 no-underline hover:bg-slate-100 aria-[current]:font-semibold"
          >
            {t(`names.${other}`)}
          </a>
        </li>
      ))}
    </LanguageMenu>
  );
}
