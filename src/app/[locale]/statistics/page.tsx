import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ScrollTable } from "@/components/scroll-table";
import { BarChart, ChartLegend, type ChartRow } from "@/components/open-data/bar-chart";
import { countryName } from "@/lib/intl-names";
import { regionName } from "@/lib/region-names";
import { networkStatistics, type FigureName } from "@/server/open-data/figures";

type Props = PageProps<"/[locale]/statistics">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "openData" });
  return {
    title: t("title"),
    alternates: { types: { "application/atom+xml": [{ url: `/api/v1/feed.atom?locale=${locale}`, title: t("feed.title") }] } },
  };
}

type Column = { header: string; numeric?: boolean };

/** One chart: its heading, the SVG, the table with the same figures (the chart's accessible equivalent) and its downloads. */
async function ChartSection({
  id,
  figure,
  heading,
  caption,
  columns,
  rows,
  series,
  legend,
}: {
  id: string;
  figure: FigureName;
  heading: string;
  caption: string;
  columns: Column[];
  rows: (ChartRow & { cells: ReactNode[] })[];
  series: number;
  legend?: [string, string];
}) {
  const t = await getTranslations("openData");
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3">
      <h2 id={`${id}-heading`} className="text-2xl font-semibold">
        {heading}
      </h2>
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="grid items-start gap-6 lg:grid-cols-2 *:min-w-0">
          <div className="space-y-2">
            {legend && <ChartLegend id={id} label={t("legend")} names={legend} />}
            <BarChart id={id} title={heading} description={t("chartDesc", { caption })} rows={rows} series={series} />
          </div>
          <ScrollTable captionId={`${id}-caption`} caption={caption}>
            <thead>
              <tr className="border-b-2 border-slate-400">
                {columns.map((c) => (
                  <th key={c.header} scope="col" className={c.numeric ? "p-2 text-right" : "p-2"}>
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} className="border-b border-slate-300">
                  <th scope="row" className="p-2 font-normal">
                    {r.label}
                  </th>
                  {r.cells.map((cell, i) => (
                    <td key={i} className="p-2 text-right tabular-nums">
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </div>
      )}
      <p className="flex flex-wrap gap-x-6 gap-y-1">
        <a href={`/api/v1/figures/${figure}?download=csv`} download>
          {t("downloadCsv", { caption })}
        </a>
        <a href={`/api/v1/figures/${figure}?download=json`} download>
          {t("downloadJson", { caption })}
        </a>
      </p>
    </section>
  );
}

/** The network's figures as charts drawn on the server, each with its table and downloads; then the open data. */
export default async function StatisticsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("openData");
  const tAreas = await getTranslations("areas");
  const format = await getFormatter();
  const figures = await networkStatistics();
  const n = (value: number) => format.number(value);
  const monthName = (month: string) => format.dateTime(new Date(`${month}-01T12:00:00Z`), { year: "numeric", month: "long", timeZone: "UTC" });
  const days = (value: number | null) => (value === null ? t("decision.none") : t("decision.days", { days: value }));

  const single = (key: string, label: string, value: number) => ({ key, label, values: [value], shown: [n(value)], cells: [n(value)] });
  const byCountry = figures.partnershipsByCountry.map((r) => single(r.country, countryName(r.country, locale), r.partnerships));
  const byYear = figures.partnershipsByYear.map((r) => single(String(r.year), String(r.year), r.partnerships));
  const areas = figures.areas.map((r) => ({
    key: r.area,
    label: tAreas(r.area),
    values: [r.needed, r.offered],
    shown: [n(r.needed), n(r.offered)],
    cells: [n(r.needed), n(r.offered)],
  }));
  const requests = figures.requestsByMonth.map((r) => ({
    key: r.month,
    label: monthName(r.month),
    values: [r.submitted, r.decided],
    shown: [n(r.submitted), n(r.decided)],
    cells: [n(r.submitted), n(r.decided)],
  }));
  const decision = figures.requestsByMonth.map((r) => ({
    key: r.month,
    label: monthName(r.month),
    values: [r.medianDaysToDecision],
    shown: [days(r.medianDaysToDecision)],
    cells: [days(r.medianDaysToDecision)],
  }));
  const seeking = figures.seekingByOblast.map((r) => single(r.oblast, regionName(locale, { slug: r.oblast, nameEn: r.nameEn, nameUk: r.nameUk }), r.seeking));
  const total = figures.partnershipsByYear.some((r) => r.partnerships > 0);

  return (
    <div className="space-y-10">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl">{t("intro")}</p>
      </div>
      <ChartSection
        id="by-country"
        figure="partnerships-by-country"
        heading={t("byCountry.heading")}
        caption={t("byCountry.caption")}
        columns={[{ header: t("byCountry.country") }, { header: t("byCountry.count"), numeric: true }]}
        rows={byCountry}
        series={1}
      />
      <ChartSection
        id="by-year"
        figure="partnerships-by-year"
        heading={t("byYear.heading")}
        caption={t("byYear.caption")}
        columns={[{ header: t("byYear.year") }, { header: t("byYear.count"), numeric: true }]}
        rows={total ? byYear : []}
        series={1}
      />
      <ChartSection
        id="areas"
        figure="areas"
        heading={t("areas.heading")}
        caption={t("areas.caption")}
        legend={[t("areas.needed"), t("areas.offered")]}
        columns={[{ header: t("areas.area") }, { header: t("areas.needed"), numeric: true }, { header: t("areas.offered"), numeric: true }]}
        rows={areas}
        series={2}
      />
      <ChartSection
        id="requests"
        figure="requests-by-month"
        heading={t("requests.heading")}
        caption={t("requests.caption")}
        legend={[t("requests.submitted"), t("requests.decided")]}
        columns={[{ header: t("requests.month") }, { header: t("requests.submitted"), numeric: true }, { header: t("requests.decided"), numeric: true }]}
        rows={requests}
        series={2}
      />
      <ChartSection
        id="decision"
        figure="requests-by-month"
        heading={t("decision.heading")}
        caption={t("decision.caption")}
        columns={[{ header: t("decision.month") }, { header: t("decision.median"), numeric: true }]}
        rows={decision}
        series={1}
      />
      <ChartSection
        id="seeking"
        figure="seeking-by-oblast"
        heading={t("seeking.heading")}
        caption={t("seeking.caption")}
        columns={[{ header: t("seeking.oblast") }, { header: t("seeking.count"), numeric: true }]}
        rows={seeking}
        series={1}
      />

      <section aria-labelledby="downloads-heading" className="space-y-3">
        <h2 id="downloads-heading" className="text-2xl font-semibold">
          {t("downloads.heading")}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          {(
            [
              ["catalogue", "/api/v1/municipalities?"],
              ["seeking", "/api/v1/municipalities?seeking=1&"],
              ["register", "/api/v1/municipalities?register=all&"],
              ["partnerships", "/api/v1/partnerships?"],
            ] as const
          ).map(([key, base]) => (
            <li key={key}>
              {t(`downloads.${key}`)}:{" "}
              <a href={`${base}download=csv`} download>
                {t("downloadCsv", { caption: t(`downloads.${key}`) })}
              </a>
              {", "}
              <a href={`${base}download=json`} download>
                {t("downloadJson", { caption: t(`downloads.${key}`) })}
              </a>
            </li>
          ))}
        </ul>
        <p className="max-w-3xl">{t("downloads.filters")}</p>
        <p className="max-w-3xl">{t.rich("downloads.api", { link: (chunks) => <a href="/api/v1/openapi.json">{chunks}</a> })}</p>
        <p>
          <a href={`/api/v1/feed.atom?locale=${locale}`} type="application/atom+xml">
            {t("downloads.feed")}
          </a>
        </p>
        <p className="max-w-3xl text-sm">
          {t.rich("downloads.licence", {
            licence: (chunks) => <a href="https://creativecommons.org/licenses/by/4.0/">{chunks}</a>,
            geonames: (chunks) => <a href="https://www.geonames.org/">{chunks}</a>,
          })}
        </p>
      </section>
    </div>
  );
}
