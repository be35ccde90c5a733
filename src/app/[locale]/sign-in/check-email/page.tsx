import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { demoMode } from "@/server/env";

type Props = PageProps<"/[locale]/sign-in/check-email">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "accounts.checkEmail" });
  return { title: t("title"), robots: { index: false } };
}

export default async function CheckEmailPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("accounts");
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t("checkEmail.title")}</h1>
      <p>{t("checkEmail.body")}</p>
      {demoMode && (
        <p>
          {t("checkEmail.demoMailbox")} <Link href="/dev/mailbox">{t("demoMode.mailbox")}</Link>
        </p>
      )}
    </div>
  );
}
