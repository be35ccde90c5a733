import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { currentPrincipal } from "@/server/auth/session";
import { can } from "@/server/auth/principal";
import { unreadTotal } from "@/server/conversations/inbox";
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
  const tConversations = await getTranslations("conversations.nav");
  const unread = await unreadTotal(principal);
  const items = [
    { href: "/municipalities", label: t("nav.municipalities") },
    { href: "/partnerships", label: t("nav.partnerships") },
    { href: "/map", label: tMap("nav") },
    { href: "/match", label: tMatch("nav") },
    { href: "/funding", label: tFunding("nav") },
  ];
  const links = [
    ...items,
    ...(can(principal, "request.readAll") ? [{ href: "/coordinator", label: tCoordinator("workspace") }] : []),
    ...(signedIn ? [{ href: "/inbox", label: unread > 0 ? tConversations("inboxUnread", { count: unread }) : tConversations("inbox") }] : []),
    signedIn ? { href: "/account", label: tAccounts("account") } : { href: "/sign-in", label: tAccounts("signIn") },
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
          {/* A phone gets the links behind a menu button (a <details>: it opens without
              JavaScript); wider screens show them in a row. Only one of the two lists is ever
              displayed, so the other is out of the accessibility tree and the Tab order. */}
          <details className="md:hidden">
            <summary className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded border border-white/70 px-3 py-1 text-white hover:bg-white hover:text-brand-900">
              <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20" fill="currentColor">
                <rect x="2" y="4" width="16" height="2" />
                <rect x="2" y="9" width="16" height="2" />
                <rect x="2" y="14" width="16" height="2" />
              </svg>
              {t("menu")}
            </summary>
            <ul className="mt-2 space-y-1">
              {links.map((link) => (
                <li key={link.href}>
                  <Link href={link.href} className="flex min-h-11 items-center text-white hover:text-sun-300">
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </details>
          <ul className="hidden flex-wrap items-center gap-x-5 gap-y-2 md:flex">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="text-white hover:text-sun-300">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
