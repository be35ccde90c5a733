import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

/** The account page's "Your data": download everything the portal holds, or delete the account. */
export async function YourData({ locale }: { locale: string }) {
  const t = await getTranslations("privacy.yourData");
  return (
    <section aria-labelledby="your-data" className="space-y-3">
      <h2 id="your-data" className="text-xl font-semibold text-brand-900">
        {t("title")}
      </h2>
      <p>{t("intro")}</p>
      <p>{t("retention")}</p>
      <ul className="flex flex-wrap gap-4">
        <li>
          {/* A plain link: the file is a download, never a prefetched page. */}
          <a href={`/${locale}/account/data`} download className="btn-secondary">
            {t("download")}
          </a>
        </li>
        <li>
          <Link href="/account/delete" className="btn-secondary">
            {t("delete")}
          </Link>
        </li>
      </ul>
    </section>
  );
}
