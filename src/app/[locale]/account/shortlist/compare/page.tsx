import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { ConfirmedOn, StaleMark } from "@/components/catalogue/freshness";
import { MunicipalityName } from "@/components/municipality-name";
import { ScrollTable } from "@/components/scroll-table";
import { countryName, languageName } from "@/lib/intl-names";
import { regionName } from "@/lib/region-names";
import { guardPage } from "@/server/auth/guard";
import { COMPARE_LIMIT, compareShortlisted } from "@/server/shortlist/compare";

type Props = PageProps<"/[locale]/account/shortlist/compare">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "shortlist.compare" });
  return { title: t("title"), robots: { index: false } };
}

/** Up to four hromadas of the person's shortlist side by side (`?m=slug`, repeated). */
export default async function ComparePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { m } = await searchParams;
  const slugs = (Array.isArray(m) ? m : m ? [m] : []).slice(0, 50);
  const { hromadas, leftOut } = await guardPage((principal) => compareShortlisted(principal, slugs), "signedIn");
  const t = await getTranslations("shortlist.compare");
  const tShortlist = await getTranslations("shortlist");
  const tType = await getTranslations("hromadaType");
  const tAreas = await getTranslations("areas");
  const format = await getFormatter();
  const now = new Date();
  const row = (label: string, cell: (h: (typeof hromadas)[number]) => ReactNode) => (
    <tr className="border-t border-slate-300 align-top">
      <th scope="row" className="py-2 pr-4 font-semibold">
        {label}
      </th>
      {hromadas.map((h) => (
        <td key={h.slug} className="py-2 pr-4">
          {cell(h)}
        </td>
      ))}
    </tr>
  );
  const none = <span className="text-slate-700">{t("none")}</span>;
  return (
    <div className="space-y-6">
      <nav aria-label={tShortlist("breadcrumb")}>
        <Link href="/account/shortlist">{t("back")}</Link>
      </nav>
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      {leftOut > 0 && (
        <p role="status" className="rounded border-2 border-amber-700 bg-amber-50 p-4">
          {t("leftOut", { limit: COMPARE_LIMIT, count: leftOut })}
        </p>
      )}
      {hromadas.length < 2 ? (
        <p className="rounded border border-slate-300 bg-slate-50 p-4">
          {t.rich("tooFew", { limit: COMPARE_LIMIT, link: (chunks) => <Link href="/account/shortlist">{chunks}</Link> })}
        </p>
      ) : (
        <ScrollTable captionId="compare-caption" caption={t("caption", { count: hromadas.length })}>
          <thead>
            <tr>
              <td />
              {hromadas.map((h) => (
                <th key={h.slug} scope="col" className="min-w-40 py-2 pr-4 align-bottom text-lg">
                  <Link href={`/municipalities/${h.slug}`}>
                    <MunicipalityName nameEn={h.nameEn} nameUk={h.nameUk} locale={locale} />
                  </Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {row(t("rows.oblast"), (h) => (h.regionSlug ? regionName(locale, { slug: h.regionSlug, nameEn: h.regionEn, nameUk: h.regionUk }) : none))}
            {row(t("rows.type"), (h) => (h.hromadaType ? tType(h.hromadaType) : none))}
            {row(t("rows.population"), (h) => (h.population !== null ? format.number(h.population) : none))}
            {row(t("rows.area"), (h) => (h.areaKm2 !== null ? t("km2", { formatted: format.number(h.areaKm2) }) : none))}
            {row(t("rows.needs"), (h) => (h.needs.length > 0 ? <Tags areas={h.needs.map((a) => tAreas(a))} kind="tag-need" /> : none))}
            {row(t("rows.offers"), (h) => (h.offers.length > 0 ? <Tags areas={h.offers.map((a) => tAreas(a))} kind="tag-offer" /> : none))}
            {row(t("rows.languages"), (h) => (
              <>
                {h.languages.length > 0 ? h.languages.map((l) => languageName(l, locale)).join(", ") : none}
                {h.needsInterpretation && <span className="block text-sm">{t("interpretation")}</span>}
              </>
            ))}
            {row(t("rows.seeking"), (h) => t(h.seeksPartners ? "seekingYes" : "seekingNo"))}
            {row(t("rows.freshness"), (h) => (
              <span className="flex flex-col gap-1">
                <ConfirmedOn confirmedAt={h.profileConfirmedAt} />
                <StaleMark confirmedAt={h.profileConfirmedAt} now={now} />
              </span>
            ))}
            {row(t("rows.partnerships"), (h) =>
              h.partners.length === 0 ? (
                none
              ) : (
                <ul>
                  {h.partners.map((p) => (
                    <li key={p.slug}>
                      {t("partner", { name: p.nameLocal ?? p.nameEn, country: countryName(p.country, locale), year: p.since.getUTCFullYear() })}
                    </li>
                  ))}
                </ul>
              ),
            )}
          </tbody>
        </ScrollTable>
      )}
    </div>
  );
}

function Tags({ areas, kind }: { areas: string[]; kind: "tag-need" | "tag-offer" }) {
  return (
    <ul className="flex flex-wrap gap-1 text-sm">
      {areas.map((label) => (
        <li key={label} className={kind}>
          {label}
        </li>
      ))}
    </ul>
  );
}
