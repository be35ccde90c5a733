import { getTranslations } from "next-intl/server";

/**
 * "Download these results": the catalogue's current filters (its query string, without page and
 * sort) as a CSV or JSON file of every matching municipality, from the open-data API.
 */
export async function CatalogueDownloadLinks({ query }: { query: string }) {
  const t = await getTranslations("openData.catalogueLinks");
  const base = `/api/v1/municipalities?${query ? `${query}&` : ""}`;
  return (
    <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      <span>{t("label")}:</span>
      <a href={`${base}download=csv`} download>
        {t("csv")}
      </a>
      <a href={`${base}download=json`} download>
        {t("json")}
      </a>
    </p>
  );
}
