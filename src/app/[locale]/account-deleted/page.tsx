import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";

type Props = PageProps<"/[locale]/account-deleted">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "privacy.delete.done" });
  return { title: t("title"), robots: { index: false } };
}

/** Where a deleted account lands, signed out: outside /account, which sends the signed-out to sign-in. */
export default async function AccountDeletedPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("privacy.delete.done");
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p role="status">{t("body")}</p>
      <p>
        <Link href="/">{t("home")}</Link>
      </p>
    </div>
  );
}
