import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

/** On every page while demo mode is on: one-click sign-in and the open mailbox must never go unnoticed. */
export async function DemoModeBanner() {
  const t = await getTranslations("accounts.demoMode");
  return (
    <div role="note" aria-label={t("label")} className="border-b border-amber-700 bg-amber-200 text-amber-950">
      <p className="mx-auto max-w-6xl px-4 py-2 text-sm">
        <strong>{t("title")}</strong> {t("body")}{" "}
        <Link href="/dev/mailbox" className="text-amber-950">
          {t("mailbox")}
        </Link>
      </p>
    </div>
  );
}
