import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { LanguageSwitcher } from "./language-switcher";
import { MatchNavLink } from "./match/nav-link";
import { FundingNavLink } from "./funding/nav-link";

export async function SiteHeader() {
  const t = await getTranslations("site");
  return (
    <header className="border-b-4 border-sun-400 bg-brand-900 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-white no-underline hover:text-sun-300">
          {t("name")}
        </Link>
        <nav aria-label={t("mainNav")}>
          <ul className="flex flex-wrap items-center gap-x-5 gap-y-2">
            <li>
              <Link href="/municipalities" className="text-white hover:text-sun-300">
                {t("nav.municipalities")}
              </Link>
            </li>
            <li>
              <Link href="/partnerships" className="text-white hover:text-sun-300">
                {t("nav.partnerships")}
              </Link>
            </li>
            <li>
              <MatchNavLink />
            </li>
            <li>
              <FundingNavLink />
            </li>
            <li>
              <LanguageSwitcher />
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
