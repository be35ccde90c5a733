import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { SiteHeader } from "@/components/site-header";
import { SiteFooter } from "@/components/site-footer";
import { LanguageAlternates } from "@/components/language-alternates";
import { DemoBanner } from "@/components/demo-banner";
import { DemoModeBanner } from "@/components/accounts/demo-mode-banner";
import { showsDemoData } from "@/server/stats";
import { demoMode } from "@/server/env";
import "../globals.css";
import { ClientMessages } from "@/components/client-messages";

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "site" });
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("tagline") };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  // Every page reads live data from the database: nothing is prerendered at build time.
  await connection();
  const t = await getTranslations({ locale, namespace: "site" });
  const demo = await showsDemoData();
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <LanguageAlternates />
        <a href="#main" className="skip-link">
          {t("skipToContent")}
        </a>
        {/* The error page is the one client component of every page that translates. */}
        <ClientMessages namespaces={["error"]}>
          <SiteHeader />
          {demoMode && <DemoModeBanner />}
          {demo && <DemoBanner />}
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
            {children}
          </main>
          <SiteFooter demo={demo} />
        </ClientMessages>
      </body>
    </html>
  );
}
