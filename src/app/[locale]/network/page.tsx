import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { networkMembers } from "@/server/network/members";
import { MembersChart } from "@/components/network/members-chart";
import { ScrollTable } from "@/components/scroll-table";
import { countryName } from "@/lib/intl-names";
import { localised } from "@/components/municipality-name";

type Props = PageProps<"/[locale]/network">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "network" });
  return { title: t("title") };
}

/** The network's members by country: a chart, its figures as a table, and the members of each country. */
export default async function NetworkPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("network");
  const format = await getFormatter();
  const { total, countries } = await networkMembers();
  const rows = countries.map((c) => ({ country: c.country, label: countryName(c.country, locale), count: c.members.length }));
  const nameOf = (m: (typeof countries)[number]["members"][number], country: string) =>
    country === "UA" ? (localised(locale, m.nameEn, m.nameUk) ?? m.nameEn) : (m.nameLocal ?? m.nameEn);

  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      {total === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <>
          <p className="text-lg font-semibold">{t("summary", { members: total, countries: countries.length })}</p>
          <section aria-labelledby="by-country" className="grid items-start gap-6 lg:grid-cols-2">
            <h2 id="by-country" className="text-2xl font-semibold lg:col-span-2">
              {t("byCountry")}
            </h2>
            <MembersChart rows={rows} label={t("chartLabel")} />
            <ScrollTable captionId="members-caption" caption={t("tableCaption")}>
              <thead>
                <tr className="border-b-2 border-slate-400">
                  <th scope="col" className="p-2">
                    {t("columns.country")}
                  </th>
                  <th scope="col" className="p-2 text-right">
                    {t("columns.members")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.country} className="border-b border-slate-300">
                    <th scope="row" className="p-2 font-normal">
                      <a href={`#country-${r.country}`}>{r.label}</a>
                    </th>
                    <td className="p-2 text-right tabular-nums">{r.count}</td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
          </section>
          {countries.map((c) => (
            <section key={c.country} aria-labelledby={`country-${c.country}`} className="space-y-2">
              <h2 id={`country-${c.country}`} className="text-xl font-semibold">
                {t("countryHeading", { country: countryName(c.country, locale), count: c.members.length })}
              </h2>
              <ul className="grid gap-x-8 gap-y-1 sm:grid-cols-2">
                {c.members.map((m) => (
                  <li key={m.slug}>
                    {m.hasPage ? <Link href={`/municipalities/${m.slug}`}>{nameOf(m, c.country)}</Link> : nameOf(m, c.country)}{" "}
                    <span className="text-slate-700">
                      {t("since", { date: format.dateTime(new Date(`${m.since}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }) })}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </div>
  );
}
