import { getTranslations } from "next-intl/server";
import { COOPERATION_AREAS } from "@/lib/cooperation-areas";
import { AREA_DIRECTIONS, type CatalogueFilters, HROMADA_TYPES, SEARCH_MAX_LENGTH, SIZE_BANDS, type SizeBand } from "@/lib/catalogue-filters";
import { WORKING_LANGUAGES } from "@/lib/languages";
import { languageName } from "@/lib/intl-names";
import type { CatalogueFacets } from "@/server/catalogue/facets";
import type { RegionOption } from "@/server/regions";
import { byName, regionName } from "@/lib/region-names";

const SORT_OPTIONS = ["name", "population", "freshness"] as const;

/**
 * A plain GET form: the filters land in the URL and work without JavaScript. Beside each
 * option, how many results choosing it would give (see CatalogueFacets).
 */
export async function CatalogueFilterForm({
  filters,
  regions,
  facets,
  locale,
}: {
  filters: CatalogueFilters;
  regions: RegionOption[];
  facets: CatalogueFacets;
  locale: string;
}) {
  const t = await getTranslations("catalogue.filters");
  const ts = await getTranslations("search.filters");
  const tAreas = await getTranslations("areas");
  const option = (label: string, count: number) => ts("option", { label, count });
  const count = (n: number) => <span className="text-slate-700">({t("count", { count: n })})</span>;
  return (
    // autoComplete off: on Back, the browser would otherwise restore ticks the URL no longer has.
    <form method="get" role="search" aria-label={t("label")} autoComplete="off" className="filter-panel space-y-5">
      <div>
        <label htmlFor="q" className="field-label">
          {ts("search")}
        </label>
        <span id="q-hint" className="field-hint">
          {ts("searchHint")}
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
                  {tAreas(area)} {count(facets.areas[area])}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend className="field-label">{ts("direction")}</legend>
        <span className="field-hint">{ts("directionHint")}</span>
        <ul className="mt-2 space-y-1">
          <li>
            <label className="flex min-h-8 items-center gap-2">
              <input type="radio" name="direction" value="" defaultChecked={filters.direction === null} className="size-5" />
              <span>{ts("directionAny")}</span>
            </label>
          </li>
          {AREA_DIRECTIONS.map((direction) => (
            <li key={direction}>
              <label className="flex min-h-8 items-center gap-2">
                <input type="radio" name="direction" value={direction} defaultChecked={filters.direction === direction} className="size-5" />
                <span>
                  {ts(direction === "need" ? "directionNeed" : "directionOffer")} {count(facets.direction[direction])}
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
          {byName(regions, locale).map((r) => (
            <option key={r.slug} value={r.slug}>
              {option(`${regionName(locale, r)}${r.occupied ? ` — ${t("occupied")}` : ""}`, facets.oblast[r.slug] ?? 0)}
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
              {option(t(`types.${type}`), facets.type[type])}
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
          {(Object.keys(SIZE_BANDS) as SizeBand[]).map((band) => (
            <option key={band} value={band}>
              {option(t(`sizes.${band}`), facets.size[band])}
            </option>
          ))}
        </select>
      </div>
      <label className="flex min-h-8 items-center gap-2">
        <input type="checkbox" name="seeking" value="1" defaultChecked={filters.seeking} className="size-5" />
        <span>
          {t("seeking")} {count(facets.seeking)}
        </span>
      </label>
      <label className="flex min-h-8 items-center gap-2">
        <input type="checkbox" name="register" value="all" defaultChecked={filters.register} className="size-5" />
        <span>{t("includeRegister")}</span>
      </label>
      <fieldset>
        <legend className="field-label">{ts("languages")}</legend>
        <span className="field-hint">{ts("languagesHint")}</span>
        <ul className="mt-2 space-y-1">
          {WORKING_LANGUAGES.map((lang) => (
            <li key={lang}>
              <label className="flex min-h-8 items-center gap-2">
                <input type="checkbox" name="lang" value={lang} defaultChecked={filters.languages.includes(lang)} className="size-5" />
                <span>
                  {languageName(lang, locale)} {count(facets.languages[lang])}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div>
        <label htmlFor="sort" className="field-label">
          {t("sort")}
        </label>
        <select id="sort" name="sort" defaultValue={filters.sort === "relevance" ? "" : (filters.sort ?? "")} className="input">
          <option value="">{ts("sortDefault")}</option>
          {SORT_OPTIONS.map((sort) => (
            <option key={sort} value={sort}>
              {ts(`sorts.${sort}`)}
            </option>
          ))}
        </select>
      </div>
      {/* On a desktop the button stays at the bottom of the window while the panel is longer
          than it (16 areas, 11 languages): the results are one click away without scrolling. */}
      <div className="filter-submit">
        <button type="submit" className="btn w-full">
          {t("apply")}
        </button>
      </div>
    </form>
  );
}
