import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { guardPage } from "@/server/auth/guard";
import { listMunicipalities } from "@/server/back-office/list";
import { Pagination } from "@/components/pagination";
import { ScrollTable } from "@/components/scroll-table";
import { MunicipalityLabel } from "@/components/back-office/municipality-label";
import { countryName } from "@/lib/intl-names";
import { localised } from "@/components/municipality-name";

type Props = PageProps<"/[locale]/coordinator/municipalities">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "backOffice.list" });
  return { title: t("title"), robots: { index: false } };
}

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : "");

/** Every municipality of the portal for coordinators: search by name or KATOTTG code, then open one. */
export default async function ManageMunicipalitiesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const q = one(query.q).trim().slice(0, 120);
  const left = one(query.left) === "1";
  const requested = Number.parseInt(one(query.page), 10);
  const result = await guardPage((principal) => listMunicipalities(principal, { q, left, page: Number.isFinite(requested) && requested > 0 ? requested : 1 }));
  const t = await getTranslations("backOffice");
  const hrefFor = (page: number) => {
    const s = new URLSearchParams();
    if (q) s.set("q", q);
    if (left) s.set("left", "1");
    if (page > 1) s.set("page", String(page));
    const qs = s.toString();
    return `/coordinator/municipalities${qs ? `?${qs}` : ""}`;
  };
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t("list.title")}</h1>
        <p className="max-w-3xl">{t("list.intro")}</p>
        <p className="flex flex-wrap gap-x-6">
          <Link href="/coordinator/municipalities/new">{t("list.add")}</Link>
          <Link href="/coordinator">{t("back")}</Link>
        </p>
      </header>
      <form method="get" role="search" aria-label={t("list.searchLabel")} className="flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="q" className="field-label">
            {t("list.query")}
          </label>
          <span id="q-hint" className="field-hint">
            {t("list.queryHint")}
          </span>
          <input id="q" name="q" type="search" defaultValue={q} maxLength={120} aria-describedby="q-hint" className="input" />
        </div>
        <div className="flex items-center gap-2 pb-2">
          <input id="left" name="left" type="checkbox" value="1" defaultChecked={left} className="h-5 w-5" />
          <label htmlFor="left">{t("list.leftOnly")}</label>
        </div>
        <button type="submit" className="btn">
          {t("list.search")}
        </button>
      </form>
      {result.total === 0 ? (
        <p role="status">{t("list.none")}</p>
      ) : (
        <ScrollTable captionId="municipalities-caption" caption={t("list.caption", { count: result.total })}>
          <thead>
            <tr className="border-b border-slate-400">
              <th scope="col" className="py-2 pr-4">
                {t("list.columns.name")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("list.columns.place")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("list.columns.code")}
              </th>
              <th scope="col" className="py-2">
                {t("list.columns.status")}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((m) => (
              <tr key={m.slug} className="border-b border-slate-200 align-top">
                <th scope="row" className="py-2 pr-4 font-semibold">
                  <Link href={`/coordinator/municipalities/${m.slug}`}>
                    <MunicipalityLabel m={m} locale={locale} />
                  </Link>
                </th>
                <td className="py-2 pr-4">
                  {[countryName(m.country, locale), m.country === "UA" ? localised(locale, m.regionEn, m.regionUk) : m.regionName].filter(Boolean).join(", ")}
                </td>
                <td className="py-2 pr-4 font-mono text-sm">{m.katottg ?? "—"}</td>
                <td className="py-2">
                  <ul>
                    <li>{t(`status.${m.status}`)}</li>
                    {m.leftRegister && <li>{t("status.leftRegister")}</li>}
                    {m.occupied && <li>{t("status.occupied")}</li>}
                    {m.frontline && <li>{t("status.frontline")}</li>}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} />
    </div>
  );
}
