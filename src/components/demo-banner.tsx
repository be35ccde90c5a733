import { getTranslations } from "next-intl/server";

export async function DemoBanner() {
  const t = await getTranslations("site.demo");
  return (
    <div role="note" aria-label={t("label")} className="border-b border-amber-700 bg-amber-100 text-amber-950">
      <p className="mx-auto max-w-6xl px-4 py-2 text-sm">
        <strong>{t("title")}</strong> {t("body")}
      </p>
    </div>
  );
}
