import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { CatalogueEntry } from "@/server/municipalities/catalogue";
import { MunicipalityName, localised } from "@/components/municipality-name";
import { AreaTags } from "@/components/area-tags";

export async function CatalogueResults({ entries, locale }: { entries: CatalogueEntry[]; locale: string }) {
  const t = await getTranslations("catalogue");
  const tType = await getTranslations("hromadaType");
  const format = await getFormatter();
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {entries.map((m) => (
        <li key={m.slug} className="rounded border border-slate-300 p-4">
          <h3 className="text-lg font-semibold">
            <Link href={`/municipalities/${m.slug}`}>
              <MunicipalityName nameEn={m.nameEn} nameUk={m.nameUk} locale={locale} />
            </Link>
          </h3>
          <p className="text-slate-800">
            {[
              localised(locale, m.regionEn, m.regionUk),
              m.hromadaType && tType(m.hromadaType),
              m.population !== null && t("population", { count: m.population, formatted: format.number(m.population) }),
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
          <p className="mt-1 text-sm">
            {m.seeksPartners ? (
              <strong className="text-emerald-900">{t("seeksPartners")}</strong>
            ) : (
              <span className="text-slate-700">{t("notSeeking")}</span>
            )}
          </p>
          <AreaTags label={t("needs")} areas={m.needs} kind="need" />
          <AreaTags label={t("offers")} areas={m.offers} kind="offer" />
        </li>
      ))}
    </ul>
  );
}
