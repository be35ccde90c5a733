import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { COOPERATION_AREAS } from "@/lib/cooperation-areas";
import { WORKING_LANGUAGES } from "@/lib/languages";
import { countriesByName, countryName, endonym } from "@/lib/intl-names";
import { byName, regionName } from "@/lib/region-names";
import { currentPrincipal } from "@/server/auth/session";
import { browseEuMunicipalities, parseEuBrowseFilter, type EuBrowseFilter } from "@/server/municipalities/eu-browse";
import { Pagination } from "@/components/pagination";
import { FilterSelect, type FilterOption } from "@/components/form/filter-select";

type Props = PageProps<"/[locale]/eu-municipalities">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "voice.browse" });
  return { title: t("title") };
}

/**
 * EU municipalities' published profiles, filtered by country, an area they offer, a language and
 * the oblast their Ukrainian community comes from: public, as the profiles are. A hromada's editor
 * gets a link to propose a partnership to each (the proposal page and its action check again).
 */
export default async function EuMunicipalitiesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const filter = parseEuBrowseFilter(await searchParams);
  const result = await browseEuMunicipalities(filter);
  const principal = await currentPrincipal();
  const editor = principal?.memberships.some((m) => m.kind === "MUNICIPALITY_EDITOR") ?? false;
  const t = await getTranslations("voice.browse");
  const tAreas = await getTranslations("areas");
  const href = (change: Partial<EuBrowseFilter>) => {
    const next = { ...filter, ...change };
    const query = new URLSearchParams();
    for (const key of ["country", "area", "language", "oblast"] as const) if (next[key]) query.set(key, next[key]!);
    if (next.page > 1) query.set("page", String(next.page));
    return `/eu-municipalities${query.size ? `?${query}` : ""}`;
  };
  const select = (name: keyof EuBrowseFilter, label: string, any: string, options: FilterOption[]) => (
    <FilterSelect id={`filter-${name}`} name={name} label={label} anyLabel={any} value={String(filter[name] ?? "")} options={options} />
  );
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p>{t("intro")}</p>
      </header>
      <form method="get" className="flex flex-wrap items-end gap-4" aria-label={t("filters")}>
        {select("country", t("country"), t("anyCountry"), countriesByName(result.options.countries, locale))}
        {select(
          "area",
          t("area"),
          t("anyArea"),
          COOPERATION_AREAS.map((a) => ({ value: a, label: tAreas(a) })),
        )}
        {select(
          "language",
          t("language"),
          t("anyLanguage"),
          WORKING_LANGUAGES.map((l) => ({ value: l, label: endonym(l) })),
        )}
        {select(
          "oblast",
          t("oblast"),
          t("anyOblast"),
          byName(result.options.oblasts, locale).map((o) => ({ value: o.slug, label: regionName(locale, o) })),
        )}
        <button type="submit" className="btn">
          {t("apply")}
        </button>
      </form>
      <section aria-labelledby="results" className="space-y-4">
        <h2 id="results" className="text-2xl font-semibold text-brand-900">
          {t("results", { count: result.total })}
        </h2>
        {result.rows.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <ul className="space-y-4">
            {result.rows.map((m) => (
              <li key={m.slug} className="space-y-2 rounded border border-slate-300 p-4">
                <h3 className="text-lg font-semibold">
                  <Link href={`/municipalities/${m.slug}`}>{m.name}</Link>, {countryName(m.country, locale)}
                </h3>
                <dl className="grid grid-cols-1 max-sm:[&>dd]:mb-2 sm:grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
                  <dt className="font-semibold">{t("offers")}</dt>
                  <dd>{m.offers.length ? m.offers.map((a) => tAreas(a)).join(", ") : t("nothingYet")}</dd>
                  <dt className="font-semibold">{t("languages")}</dt>
                  <dd>{m.languages.length ? m.languages.map((l) => endonym(l)).join(", ") : t("nothingYet")}</dd>
                  <dt className="font-semibold">{t("community")}</dt>
                  <dd>{m.communityFrom.length ? m.communityFrom.map((o) => regionName(locale, o)).join(", ") : t("nothingYet")}</dd>
                </dl>
                {editor && (
                  <p>
                    <Link href={`/municipalities/${m.slug}/propose`} className="btn-secondary inline-block">
                      {t("propose", { name: m.name })}
                    </Link>
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
        <Pagination page={filter.page} pageCount={result.pages} hrefFor={(page) => href({ page })} />
      </section>
    </div>
  );
}
