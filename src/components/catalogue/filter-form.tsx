import { getTranslations } from "next-intl/server";
import { COOPERATION_AREAS, type CooperationAreaSlug } from "@/lib/cooperation-areas";
import { CATALOGUE_SORTS, type CatalogueFilters, HROMADA_TYPES, SEARCH_MAX_LENGTH, SIZE_BANDS } from "@/lib/catalogue-filters";
import type { RegionOption } from "@/server/regions";

/** A plain GET form: the filters land in the URL and work without JavaScript. */
export async function CatalogueFilterForm({
  filters,
  regions,
  areaCounts,
  locale,
}: {
  filters: CatalogueFilters;
  regions: RegionOption[];
  areaCounts: Record<CooperationAreaSlug, number>;
  locale: string;
}) {
  const t = await getTranslations("catalogue.filters");
  const tAreas = await getTranslations("areas");
  return (
    // autoComplete off: on Back, the browser would otherwise restore ticks the URL no longer has.
    <form method="get" role="search" aria-label={t("label")} autoComplete="off" className="space-y-5">
      <div>
        <label htmlFor="q" className="field-label">
          {t("search")}
        </label>
        <span id="q-hint" className="field-hint">
          {t("searchHint")}
        </span>
        <input id="q" name="q" type="search" defaultValue={filters.q ?? ""} maxLength={SEARCH_MAX_LENGTH} aria-describedby="q-hint" className="input" />
      </div>
      <fieldset>
        <legend className="field-label">{t("areas")}</legend>
        <span className="field-hint">{t("areasHint")}</span>
        <ul className="mt-2 space-y-1">
          {COOPERATION_AREAS.map((area) => (
            <li key={area}>
              <label className="flex min-h-8 items-center gap-2">
                <input type="checkbox" name="area" value={area} defaultChecked={filters.areas.includes(area)} className="size-5" />
                <span>
                  {tAreas(area)} <span className="text-slate-700">({t("count", { count: areaCounts[area] })})</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div>
        <label htmlFor="oblast" className="field-label">
          {t("region")}
        </label>
        <select id="oblast" name="oblast" defaultValue={filters.region ?? ""} className="input">
          <option value="">{t("any")}</option>
          {regions.map((r) => (
            <option key={r.slug} value={r.slug}>
              {locale === "uk" ? r.nameUk : r.nameEn}
              {r.occupied ? ` — ${t("occupied")}` : ""}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="type" className="field-label">
          {t("type")}
        </label>
        <select id="type" name="type" defaultValue={filters.type ?? ""} className="input">
          <option value="">{t("any")}</option>
          {HROMADA_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`types.${type}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="size" className="field-label">
          {t("size")}
        </label>
        <select id="size" name="size" defaultValue={filters.size ?? ""} className="input">
          <option value="">{t("any")}</option>
          {Object.keys(SIZE_BANDS).map((band) => (
            <option key={band} value={band}>
              {t(`sizes.${band}`)}
            </option>
          ))}
        </select>
      </div>
      <label className="flex min-h-8 items-center gap-2">
        <input type="checkbox" name="seeking" value="1" defaultChecked={filters.seeking} className="size-5" />
        <span>{t("seeking")}</span>
      </label>
      <div>
        <label htmlFor="sort" className="field-label">
          {t("sort")}
        </label>
        <select id="sort" name="sort" defaultValue={filters.sort} className="input">
          {CATALOGUE_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`sorts.${sort}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="btn w-full">
        {t("apply")}
      </button>
    </form>
  );
}
