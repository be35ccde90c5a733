import { getTranslations } from "next-intl/server";
import { COOPERATION_AREAS } from "@/lib/cooperation-areas";
import {
  AREA_DIRECTIONS,
  type CatalogueFilters,
  HROMADA_TYPES,
  SEARCH_MAX_LENGTH,
  SIZE_BANDS,
  type SizeBand,
  catalogueQueryString,
} from "@/lib/catalogue-filters";
import { MACRO_REGIONS, MACRO_REGION_NAMES } from "@/lib/macro-regions";
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
  const tf = await getTranslations("catalogueFilters");
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
      <fieldset>
        <legend className="field-label">{tf("macro.label")}</legend>
        <span className="field-hint">{tf("macro.hint")}</span>
        <ul className="mt-2 space-y-1">
          {MACRO_REGION_NAMES.map((macro) => {
            const oblasts = byName(
              regions.filter((r) => (MACRO_REGIONS[macro] as readonly string[]).includes(r.slug)),
              locale,
            );
            const n = oblasts.reduce((sum, r) => sum + (facets.oblast[r.slug] ?? 0), 0);
            return (
              <li key={macro}>
                <label className="flex min-h-8 items-start gap-2">
                  <input
                    type="checkbox"
                    name="macro"
                    value={macro}
                    defaultChecked={filters.macroRegions.includes(macro)}
                    aria-describedby={`macro-${macro}-oblasts`}
                    className="mt-1 size-5 shrink-0"
                  />
                  <span>
                    {tf(`macro.names.${macro}`)} {count(n)}
                    <span id={`macro-${macro}-oblasts`} className="block text-sm text-slate-700">
                      {oblasts.map((r) => regionName(locale, r)).join(", ")}
                    </span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <details className="oblast-picker" open={filters.regions.length > 0}>
        <summary className="field-label cursor-pointer">{tf("oblasts.label", { count: filters.regions.length })}</summary>
        <fieldset className="mt-2">
          <legend className="sr-only">{t("region")}</legend>
          <span className="field-hint">{tf("oblasts.hint")}</span>
          <ul className="mt-2 space-y-1">
            {byName(regions, locale).map((r) => (
              <li key={r.slug}>
                <label className="flex min-h-8 items-center gap-2">
                  <input type="checkbox" name="oblast" value={r.slug} defaultChecked={filters.regions.includes(r.slug)} className="size-5" />
                  <span>
                    {regionName(locale, r)}
                    {r.occupied ? ` — ${t("occupied")}` : ""} {count(facets.oblast[r.slug] ?? 0)}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      </details>
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
      <fieldset>
        <legend className="field-label">{t("size")}</legend>
        <span id="population-hint" className="field-hint">
          {tf("population.hint")}
        </span>
        <div className="mt-2 grid grid-cols-2 gap-3">
          <div>
            <label htmlFor="pop_min" className="block">
              {tf("population.min")}
            </label>
            <input
              id="pop_min"
              name="pop_min"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              defaultValue={filters.populationMin ?? ""}
              aria-describedby="population-hint"
              className="input"
            />
          </div>
          <div>
            <label htmlFor="pop_max" className="block">
              {tf("population.max")}
            </label>
            <input
              id="pop_max"
              name="pop_max"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              defaultValue={filters.populationMax ?? ""}
              aria-describedby="population-hint"
              className="input"
            />
          </div>
        </div>
        <p className="mt-2 text-sm">{tf("population.common")}</p>
        <ul className="text-sm">
          {(Object.keys(SIZE_BANDS) as SizeBand[]).map((band) => {
            const { min, max } = SIZE_BANDS[band];
            const range = { populationMin: min === 0 ? null : min, populationMax: max === null ? null : max - 1, page: 1 };
            return (
              <li key={band}>
                <a href={`/${locale}/municipalities?${catalogueQueryString(filters, range)}#results-heading`}>{t(`sizes.${band}`)}</a>{" "}
                {count(facets.size[band])}
              </li>
            );
          })}
        </ul>
      </fieldset>
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
        <button type="submit" className="btn hidden w-full lg:inline-flex">
          {t("apply")}
        </button>
        {/* On a phone, applying lands on the results, not the top of the page: a GET form keeps
            its action's fragment, and so does the clean-address redirect. (Enter in a field uses
            the first button, above, and lands at the top.) */}
        <button type="submit" formAction={`/${locale}/municipalities#results-heading`} className="btn w-full lg:hidden">
          {t("apply")}
        </button>
      </div>
    </form>
  );
}
