import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <Link href="/municipalities">{t("catalogue")}</Link>
      </p>
    </div>
  );
}
