import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Eligibility } from "@/lib/funding/eligibility";
import { languageName } from "@/lib/intl-names";
import type { Suggestion } from "@/server/matching/suggestions";
import { MunicipalityName } from "@/components/municipality-name";
import { PairProgrammes } from "@/components/funding/pair-programmes";
import { regionName } from "@/lib/region-names";

/** The ranked suggestions, each with its score's parts in words and the programmes the pair may use. */
export async function SuggestionList({
  suggestions,
  funding,
  euName,
  locale,
}: {
  suggestions: Suggestion[];
  funding: Eligibility[][];
  euName: string;
  locale: string;
}) {
  const t = await getTranslations("match");
  const tMore = await getTranslations("finding.match");
  const tAreas = await getTranslations("areas");
  const tType = await getTranslations("hromadaType");
  const format = await getFormatter();
  const list = (items: string[]) => new Intl.ListFormat(locale, { type: "conjunction" }).format(items);
  const pts = (points: number) => ` (${t("parts.points", { points })})`;

  const explain = (s: Suggestion): string => {
    const p = s.parts;
    const out: string[] = [];
    if (p.euOffersUaNeeds.areas.length > 0) {
      out.push(
        t("parts.euOffersUaNeeds", { count: p.euOffersUaNeeds.areas.length, areas: list(p.euOffersUaNeeds.areas.map((a) => tAreas(a))) }) +
          pts(p.euOffersUaNeeds.points),
      );
    }
    if (p.uaOffersEuNeeds.areas.length > 0) {
      out.push(t("parts.uaOffersEuNeeds", { name: euName, areas: list(p.uaOffersEuNeeds.areas.map((a) => tAreas(a))) }) + pts(p.uaOffersEuNeeds.points));
    }
    if (p.size.band) out.push(t(p.size.band === "similar" ? "parts.similarSize" : "parts.comparableSize") + pts(p.size.points));
    // Only what speaks for the suggestion is a reason; no common language is a note below it.
    if (p.language.shared.length > 0) {
      out.push(t("parts.sharedLanguage", { languages: list(p.language.shared.map((l) => languageName(l, locale))) }) + pts(p.language.points));
    }
    if (p.communityOblast.region) {
      out.push(
        tMore("parts.communityOblast", { name: euName, region: regionName(locale, { slug: p.communityOblast.region, nameEn: null, nameUk: null }) }) +
          pts(p.communityOblast.points),
      );
    }
    if (p.noPartnerYet.points > 0) out.push(t("parts.noPartnerYet") + pts(p.noPartnerYet.points));
    if (p.recentlyConfirmed.points > 0) out.push(t("parts.recentlyConfirmed") + pts(p.recentlyConfirmed.points));
    return out.join("; ");
  };
  /** Facts to know that are not reasons for the suggestion. */
  const notes = (s: Suggestion): string[] => [
    ...(s.parts.language.shared.length === 0 ? [t("parts.noSharedLanguage")] : []),
    ...(s.parts.noPartnerYet.points === 0 ? [t("parts.hasPartner")] : []),
  ];

  return (
    <ol className="space-y-4">
      {suggestions.map((s, i) => {
        const headingId = `suggestion-${s.slug}`;
        const region = s.regionSlug || s.regionEn ? regionName(locale, { slug: s.regionSlug, nameEn: s.regionEn, nameUk: s.regionUk }) : null;
        return (
          <li key={s.slug} className="rounded border border-slate-300 p-4">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 id={headingId} className="text-lg font-semibold">
                <span className="mr-2 text-slate-700">{format.number(i + 1)}.</span>
                <Link href={`/municipalities/${s.slug}`}>
                  <MunicipalityName nameEn={s.nameEn} nameUk={s.nameUk} locale={locale} />
                </Link>
              </h3>
              <p className="font-semibold text-brand-900">{t("score", { score: s.score })}</p>
            </div>
            <p className="text-slate-800">
              {[region, s.hromadaType && tType(s.hromadaType), s.population !== null && t("population", { formatted: format.number(s.population) })]
                .filter(Boolean)
                .join(" · ")}
            </p>
            <p className="mt-2">
              <span className="sr-only">{t("whyLabel")}: </span>
              {explain(s)}
            </p>
            {notes(s).length > 0 && (
              <p className="mt-1 text-slate-800">
                <span className="font-medium">{tMore("noteLabel")}</span> {notes(s).join("; ")}
              </p>
            )}
            <PairProgrammes results={funding[i]} locale={locale} ukrainianRegionName={region} />
            <p className="mt-3">
              <Link href={`/municipalities/${s.slug}/request`} className="btn-secondary">
                {t("requestCta", { name: locale === "uk" ? (s.nameUk ?? s.nameEn) : s.nameEn })}
              </Link>
            </p>
          </li>
        );
      })}
    </ol>
  );
}
