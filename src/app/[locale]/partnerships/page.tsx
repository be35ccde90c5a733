import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { listActivePartnerships } from "@/server/partnerships/registry";
import { MunicipalityName } from "@/components/municipality-name";
import { Pagination } from "@/components/pagination";
import { countryName } from "@/lib/intl-names";
import { ScrollTable } from "@/components/scroll-table";
import { regionName } from "@/lib/region-names";

type Props = PageProps<"/[locale]/partnerships">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "registry" });
  return { title: t("title") };
}

export default async function PartnershipsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("registry");
  const tAreas = await getTranslations("areas");
  const tStage = await getTranslations("stage");
  const format = await getFormatter();
  const rawPage = (await searchParams).page;
  const requested = typeof rawPage === "string" && /^\d{1,9}$/.test(rawPage) ? Number(rawPage) : 1;
  const { partnerships, total, page, pageCount } = await listActivePartnerships(requested);

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro", { count: total })}</p>
      {total === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ScrollTable captionId="registry-caption" caption={t("caption")} captionClassName="sr-only">
          <thead>
            <tr className="border-b-2 border-slate-400">
              {/* The stage, the link to each partnership, second: on a phone it stays on screen
                  beside the name, where later columns need the table scrolled sideways. */}
              <th scope="col" className="p-2">
                {t("columns.ukrainian")}
              </th>
              <th scope="col" className="p-2">
                {t("columns.stage")}
              </th>
              <th scope="col" className="p-2">
                {t("columns.partner")}
              </th>
              <th scope="col" className="p-2">
                {t("columns.areas")}
              </th>
              <th scope="col" className="p-2">
                {t("columns.since")}
              </th>
            </tr>
          </thead>
          <tbody>
            {partnerships.map((p) => {
              const ua = p.ukrainianMunicipality;
              return (
                <tr key={p.id} className="border-b border-slate-300 align-top">
                  <th scope="row" className="p-2 font-normal">
                    {ua.status === "PUBLISHED" ? (
                      <Link href={`/municipalities/${ua.slug}`}>
                        <MunicipalityName nameEn={ua.nameEn} nameUk={ua.nameUk} locale={locale} withOriginal={false} />
                      </Link>
                    ) : (
                      <MunicipalityName nameEn={ua.nameEn} nameUk={ua.nameUk} locale={locale} withOriginal={false} />
                    )}
                    {ua.region && <span className="block text-sm text-slate-700">{regionName(locale, ua.region)}</span>}
                  </th>
                  <td className="p-2">
                    <Link href={`/partnerships/${p.id}`}>{tStage(p.stage)}</Link>
                  </td>
                  <td className="p-2">
                    {p.euMunicipality.nameLocal ?? p.euMunicipality.nameEn}
                    <span className="block text-sm text-slate-700">{countryName(p.euMunicipality.country, locale)}</span>
                  </td>
                  <td className="p-2">{p.areas.map((a) => tAreas(a)).join(", ")}</td>
                  <td className="p-2 whitespace-nowrap">{format.dateTime(p.since, { year: "numeric", month: "short" })}</td>
                </tr>
              );
            })}
          </tbody>
        </ScrollTable>
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={(n) => `/partnerships?page=${n}`} />
    </div>
  );
}
