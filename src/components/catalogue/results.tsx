import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { CatalogueEntry } from "@/server/catalogue/catalogue";
import type { SearchTerms } from "@/lib/search/query";
import { AreaTags } from "@/components/area-tags";
import { Highlighted } from "./highlighted";
import { MatchReasonLine } from "./match-reason";
import { ConfirmedOn, StaleMark } from "./freshness";
import { regionName } from "@/lib/region-names";

export async function CatalogueResults({ entries, locale, terms, now }: { entries: CatalogueEntry[]; locale: string; terms: SearchTerms | null; now: Date }) {
  const t = await getTranslations("catalogue");
  const tType = await getTranslations("hromadaType");
  const format = await getFormatter();
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {entries.map((m) => (
        <li key={m.slug} className="rounded border border-slate-300 p-4 [overflow-wrap:anywhere]">
          <h3 className="text-lg font-semibold">
            <Link href={`/municipalities/${m.slug}`}>
              {locale === "uk" ? (
                <span lang="uk">
                  <Highlighted text={m.nameUk ?? m.nameEn} terms={terms} />
                </span>
              ) : (
                <>
                  <Highlighted text={m.nameEn} terms={terms} />
                  {m.nameUk && (
                    <>
                      {" "}
                      <span lang="uk" className="font-normal text-slate-700">
                        (<Highlighted text={m.nameUk} terms={terms} />)
                      </span>
                    </>
                  )}
                </>
              )}
            </Link>
          </h3>
          <p className="text-slate-800">
            {[
              m.regionSlug || m.regionEn ? regionName(locale, { slug: m.regionSlug, nameEn: m.regionEn, nameUk: m.regionUk }) : null,
              m.hromadaType && tType(m.hromadaType),
              m.population !== null && t("population", { count: m.population, formatted: format.number(m.population) }),
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
          {m.match && <MatchReasonLine reason={m.match} terms={terms} />}
          {!m.onPortal ? (
            <p className="mt-1 text-sm text-slate-800">
              <strong>{t("notYetOnPortal")}</strong> · {t("katottg")} <code>{m.katottg}</code>
            </p>
          ) : (
            <>
              <p className="mt-1 text-sm">
                {m.seeksPartners ? (
                  <strong className="text-emerald-900">{t("seeksPartners")}</strong>
                ) : (
                  <span className="text-slate-700">{t("notSeeking")}</span>
                )}
              </p>
              <AreaTags label={t("needs")} areas={m.needs} kind="need" />
              <AreaTags label={t("offers")} areas={m.offers} kind="offer" />
              <div className="mt-2 space-y-1 border-t border-slate-200 pt-2 text-sm text-slate-800">
                <p className="flex flex-wrap items-baseline gap-x-2">
                  <span>
                    <ConfirmedOn confirmedAt={m.profileConfirmedAt} />
                  </span>
                  <StaleMark confirmedAt={m.profileConfirmedAt} now={now} />
                </p>
              </div>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
