import { getFormatter, getTranslations } from "next-intl/server";
import type { EuMunicipality } from "@/server/matching/suggestions";
import { languageName } from "@/lib/intl-names";
import { FactList } from "@/components/fact-list";
import { regionName } from "@/lib/region-names";

/** What the EU municipality's suggestions are computed from. */
export async function EuSummary({ eu, name, locale }: { eu: EuMunicipality; name: string; locale: string }) {
  const t = await getTranslations("match.euSummary");
  const tAreas = await getTranslations("areas");
  const format = await getFormatter();
  const tags = (areas: string[], kind: "need" | "offer", empty: string) =>
    areas.length === 0 ? (
      empty
    ) : (
      <ul className="flex flex-wrap gap-1">
        {areas.map((a) => (
          <li key={a} className={kind === "need" ? "tag-need" : "tag-offer"}>
            {tAreas(a)}
          </li>
        ))}
      </ul>
    );
  const facts: [string, React.ReactNode][] = [
    [t("offers", { name }), tags(eu.offers, "offer", t("noOffers"))],
    [t("needs", { name }), tags(eu.needs, "need", t("noNeeds", { name }))],
    [t("languages"), eu.languages.length ? eu.languages.map((l) => languageName(l, locale)).join(", ") : t("unknown")],
    [t("population"), eu.population === null ? t("unknown") : format.number(eu.population)],
  ];
  if (eu.communityRegions.length > 0) {
    const tMore = await getTranslations("finding.match.euSummary");
    facts.push([tMore("community"), eu.communityRegions.map((slug) => regionName(locale, { slug, nameEn: slug, nameUk: null })).join(", ")]);
  }
  return (
    <section aria-labelledby="basis" className="space-y-2">
      <h2 id="basis" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <FactList facts={facts} />
    </section>
  );
}
