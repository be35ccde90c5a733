import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { activeFilterCount, catalogueQueryString, hasActiveFilters, katottgInSearch, parseCatalogueParams, type IgnoredParam } from "@/lib/catalogue-filters";
import { searchCatalogue } from "@/server/catalogue/catalogue";
import { listRegions } from "@/server/regions";
import { CatalogueFilterForm } from "@/components/catalogue/filter-form";
import { CatalogueResults } from "@/components/catalogue/results";
import { Pagination } from "@/components/pagination";
import { IgnoredParamsNotice } from "@/components/ignored-params-notice";
import { cleanQuery } from "@/lib/clean-query";
import { CatalogueDownloadLinks } from "@/components/open-data/catalogue-download-links";
import { SaveSearchForm } from "@/components/saved-searches/save-form";
import { SavedSearchNotice } from "@/components/saved-searches/notice";
import type { Locale } from "@/i18n/routing";
import { can } from "@/server/auth/principal";
import { currentPrincipal } from "@/server/auth/session";
import { summariseSearch } from "@/server/saved-searches/summary";
import { saveSearchAction } from "../account/saved-searches/actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/municipalities">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "catalogue" });
  return { title: t("title") };
}

/** Filters added with search have their notices in the search catalogue. */
const SEARCH_PARAMS: readonly IgnoredParam["param"][] = ["direction", "lang"];
/** And those added with the range and presets, in theirs. */
const FILTER_PARAMS: readonly IgnoredParam["param"][] = ["macro", "pop_min", "pop_max"];

export default async function CataloguePage({ params, searchParams }: PageProps<"/[locale]/municipalities">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("catalogue");
  const ts = await getTranslations("search");
  const tf = await getTranslations("catalogueFilters");
  const format = await getFormatter();
  const raw = await searchParams;
  // The filter form sends its empty fields too: the address shows only what was chosen.
  const clean = cleanQuery(raw);
  if (clean !== null) redirect(`/${locale}/municipalities${clean ? `?${clean}` : ""}`);
  const regions = await listRegions();
  const { filters, ignored } = parseCatalogueParams(
    raw,
    regions.map((r) => r.slug),
  );
  // An old link's population band ("size=10k-50k") goes to the range it meant, and a range as
  // typed ("10 000", or its ends reversed) to its plain form: the address says what is shown.
  const typed = (param: "pop_min" | "pop_max", value: number | null) =>
    typeof raw[param] === "string" && raw[param] !== String(value) && !ignored.some((i) => i.param === param);
  const band = raw.size !== undefined && !ignored.some((i) => i.param === "size");
  if (band || typed("pop_min", filters.populationMin) || typed("pop_max", filters.populationMax)) {
    const query = catalogueQueryString(filters);
    redirect(`/${locale}/municipalities${query ? `?${query}` : ""}`);
  }
  const result = await searchCatalogue(filters, locale);
  const shown = { ...filters, page: result.page };
  const filtered = hasActiveFilters(filters);
  const now = new Date();
  // EU staff save the search they are looking at (savedSearch.keepOwn): only a form here, the action checks again.
  const principal = await currentPrincipal();
  const maySave = principal !== null && can(principal, "savedSearch.keepOwn", { type: "user", id: principal.userId });

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      <IgnoredParamsNotice
        title={t("ignored.title")}
        messages={ignored.map((item) =>
          SEARCH_PARAMS.includes(item.param)
            ? ts(`ignored.${item.param as "direction" | "lang"}`, { value: item.value })
            : FILTER_PARAMS.includes(item.param)
              ? tf(`ignored.${item.param as "macro" | "pop_min" | "pop_max"}`, { value: item.value })
              : t(`ignored.${item.param as Exclude<IgnoredParam["param"], "direction" | "lang" | "macro" | "pop_min" | "pop_max">}`, { value: item.value }),
        )}
      />
      {/* On a phone the results come first; the filters open from here (see .catalogue-filters). */}
      <p className="lg:hidden">
        <a href="#filters" className="btn-secondary">
          {tf("control", { count: activeFilterCount(filters) })}
        </a>
      </p>
      <div className="grid gap-8 lg:grid-cols-[18rem_1fr] *:min-w-0">
        <div id="filters" tabIndex={-1} className="catalogue-filters space-y-3">
          <p className="lg:hidden">
            <a href="#results-heading">{t("skipToResults", { count: result.total, formatted: format.number(result.total) })}</a>
          </p>
          <CatalogueFilterForm filters={filters} regions={regions} facets={result.facets} locale={locale} />
        </div>
        <section aria-labelledby="results-heading" className="space-y-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="results-heading" tabIndex={-1} className="text-xl font-semibold">
              {t("resultCount", { count: result.total, formatted: format.number(result.total) })}
            </h2>
            {filtered && <Link href="/municipalities">{t("clearFilters")}</Link>}
          </div>
          {result.total > 0 && <CatalogueDownloadLinks query={catalogueQueryString({ ...filters, sort: null, page: 1 })} />}
          {maySave && (
            <SaveSearchForm
              query={catalogueQueryString({ ...filters, page: 1 })}
              defaultName={summariseSearch(filters, regions, locale as Locale)}
              notice={raw.saveSearch}
              action={saveSearchAction}
            />
          )}
          {!maySave && <SavedSearchNotice notice={raw.saveSearch} id="save-search" />}
          {result.facets.published < result.total && (
            <p>
              {t("registerCount", {
                published: result.facets.published,
                publishedFormatted: format.number(result.facets.published),
                register: result.total - result.facets.published,
                registerFormatted: format.number(result.total - result.facets.published),
              })}
            </p>
          )}
          {result.total === 0 ? (
            <div className="rounded border border-slate-300 bg-slate-50 p-6">
              <p className="font-semibold">{t("empty.title")}</p>
              {filters.q && !result.terms && !katottgInSearch(filters.q) ? (
                <p className="mt-2">{ts("noLetters", { q: filters.q })}</p>
              ) : (
                <p className="mt-2">{t("empty.body")}</p>
              )}
              <p className="mt-4">
                <Link href="/municipalities" className="btn-secondary">
                  {t("clearFilters")}
                </Link>
              </p>
            </div>
          ) : (
            <>
              <CatalogueResults entries={result.entries} locale={locale} terms={result.terms} now={now} />
              <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => `/municipalities?${catalogueQueryString(shown, { page })}`} />
            </>
          )}
        </section>
      </div>
    </div>
  );
}
