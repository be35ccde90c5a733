import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export async function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  const t = await getTranslations("pagination");
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center justify-between gap-4 pt-4">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className="btn-secondary">
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <p>{t("status", { page, pageCount })}</p>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next" className="btn-secondary">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
