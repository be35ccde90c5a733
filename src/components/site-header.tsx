import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { currentPrincipal } from "@/server/auth/session";
import { can } from "@/server/auth/principal";
import { LanguageSwitcher } from "./language-switcher";

export async function SiteHeader() {
  const t = await getTranslations("site");
  const tMap = await getTranslations("map");
  const tMatch = await getTranslations("match");
  const tFunding = await getTranslations("funding");
  const tAccounts = await getTranslations("accounts.nav");
  const principal = await currentPrincipal();
  const signedIn = principal !== null;
  const tCoordinator = await getTranslations("coordinator.nav");
  const items = [
    { href: "/municipalities", label: t("nav.municipalities") },
    { href: "/partnerships", label: t("nav.partnerships") },
    { href: "/map", label: tMap("nav") },
    { href: "/match", label: tMatch("nav") },
    { href: "/funding", label: tFunding("nav") },
  ];
  return (
    <header className="border-b-4 border-sun-400 bg-brand-900 text-white">
      <div className="mx-auto max-w-6xl space-y-2 px-4 py-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <Link href="/" className="text-lg font-bold text-white no-underline hover:text-sun-300">
            {t("name")}
          </Link>
          <div className="ml-auto">
            <LanguageSwitcher />
          </div>
        </div>
        <nav aria-label={t("mainNav")}>
          <ul className="flex flex-wrap items-center gap-x-5 gap-y-2">
            {items.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="text-white hover:text-sun-300">
                  {item.label}
                </Link>
              </li>
            ))}
            {can(principal, "request.readAll") && (
              <li>
                <Link href="/coordinator" className="text-white hover:text-sun-300">
                  {tCoordinator("workspace")}
                </Link>
              </li>
            )}
            <li>
              <Link href={signedIn ? "/account" : "/sign-in"} className="text-white hover:text-sun-300">
                {signedIn ? tAccounts("account") : tAccounts("signIn")}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
