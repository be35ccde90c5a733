import { getFormatter, getTranslations } from "next-intl/server";
import { countryName, languageName } from "@/lib/intl-names";
import type { RequestForReview } from "@/server/requests/review";
import { ScrollTable } from "@/components/scroll-table";
import { Link } from "@/i18n/navigation";
import { municipalityHrefForCoordinators } from "@/lib/municipality-href";

type Cell = React.ReactNode;

/**
 * Both municipalities side by side as one table: a row per aspect (its header read first by a
 * screen reader), a column per municipality. For a municipality not yet in the portal the column
 * holds what the requester gave.
 */
export async function Comparison({ request, locale }: { request: RequestForReview; locale: string }) {
  const t = await getTranslations("coordinator.request");
  const tAreas = await getTranslations("areas");
  const format = await getFormatter();
  const ua = request.ukrainian;
  const eu = request.eu;
  const uaName = locale === "uk" ? (ua.nameUk ?? ua.nameEn) : ua.nameEn;
  const euName = eu ? (eu.nameLocal ?? eu.nameEn) : (request.proposedMunicipalityName ?? "");
  const unknown = <span className="text-slate-700">{t("unknown")}</span>;
  const number = (n: number | null) => (n === null ? unknown : format.number(n));
  const area = (a: number | null) => (a === null ? unknown : t("areaKm2", { area: format.number(a) }));
  const languages = (codes: string[]) => (codes.length ? codes.map((c) => languageName(c, locale)).join(", ") : unknown);
  const interpretation = (needed: boolean) => (needed ? t("interpretationNeeded") : t("interpretationNotNeeded"));
  const areas = (slugs: string[] | undefined) =>
    !slugs ? (
      unknown
    ) : slugs.length === 0 ? (
      t("none")
    ) : (
      <ul className="list-disc pl-5">
        {slugs.map((s) => (
          <li key={s} className={request.areas.includes(s) ? "font-semibold" : undefined}>
            {tAreas(s)}
          </li>
        ))}
      </ul>
    );
  const profile = (status: "DRAFT" | "PUBLISHED") => (status === "PUBLISHED" ? t("published") : t("draft"));

  const rows: [string, Cell, Cell][] = [
    [
      t("rows.country"),
      countryName(ua.country, locale),
      eu ? countryName(eu.country, locale) : request.proposedCountry ? countryName(request.proposedCountry, locale) : unknown,
    ],
    ...(eu ? [] : ([[t("rows.region"), "—", request.proposedRegion || unknown]] as [string, Cell, Cell][])),
    [t("rows.profile"), profile(ua.status), eu ? profile(eu.status) : t("notInPortal")],
    [t("rows.population"), number(ua.population), eu ? number(eu.population) : unknown],
    [t("rows.area"), area(ua.areaKm2), eu ? area(eu.areaKm2) : unknown],
    [t("rows.languages"), languages(ua.languages), languages(request.languages)],
    [t("rows.interpretation"), interpretation(ua.needsInterpretation), interpretation(request.interpretationNeeded)],
    [t("rows.needs"), areas(ua.needs), areas(eu?.needs)],
    [t("rows.offers"), areas(ua.offers), areas(eu?.offers)],
  ];

  return (
    <ScrollTable captionId="comparison-caption" caption={t("compareCaption", { ukrainian: uaName, eu: euName })} tableClassName="align-top">
      <thead>
        <tr className="border-b-2 border-slate-400">
          <th scope="col" className="p-2">
            {t("aspect")}
          </th>
          <th scope="col" className="p-2" lang={locale === "uk" ? "uk" : undefined}>
            <Link href={municipalityHrefForCoordinators(ua)}>{uaName}</Link>
          </th>
          <th scope="col" className="p-2">
            {eu ? <Link href={municipalityHrefForCoordinators(eu)}>{euName}</Link> : euName}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, left, right]) => (
          <tr key={label} className="border-b border-slate-200 align-top">
            <th scope="row" className="p-2">
              {label}
            </th>
            <td className="p-2">{left}</td>
            <td className="p-2">{right}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
