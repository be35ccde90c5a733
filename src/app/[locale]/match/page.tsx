import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { evaluatePair } from "@/lib/funding/eligibility";
import { activeProgrammes } from "@/server/funding/programmes";
import { countryName } from "@/lib/intl-names";
import { getEuMunicipality, listEuMunicipalitiesForMatching, suggestionsToday } from "@/server/matching/suggestions";
import { ChooseMunicipalityForm } from "@/components/match/choose-form";
import { EuSummary } from "@/components/match/eu-summary";
import { HowRanked } from "@/components/match/how-ranked";
import { euMunicipalityName } from "@/components/match/names";
import { SuggestionList } from "@/components/match/suggestion-list";

type Props = PageProps<"/[locale]/match">;

/** The `for` parameter: absent or empty shows the chooser; anything else must name a municipality. */
async function forParam(searchParams: Props["searchParams"]): Promise<string | null> {
  const raw = (await searchParams).for;
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim().toLowerCase();
  return value ? value : null;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "match" });
  const slug = await forParam(searchParams);
  const eu = slug ? await getEuMunicipality(slug) : null;
  return { title: eu ? t("titleFor", { name: euMunicipalityName(eu, locale) }) : t("title") };
}

export default async function MatchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("match");
  const slug = await forParam(searchParams);

  if (!slug) {
    return (
      <div className="space-y-6">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl">{t("intro")}</p>
        <ChooseMunicipalityForm municipalities={await listEuMunicipalitiesForMatching()} locale={locale} />
      </div>
    );
  }

  const eu = await getEuMunicipality(slug);
  if (!eu) notFound();
  const name = euMunicipalityName(eu, locale);
  const suggestions = await suggestionsToday(eu.id, new Date());
  const partner = { country: eu.country, regionName: eu.regionName, population: eu.population };
  const programmes = await activeProgrammes();
  const funding = suggestions.map((s) =>
    evaluatePair({
      ukrainian: { regionSlug: s.regionSlug, occupied: s.regionOccupied, population: s.population },
      partner,
      areas: [...s.parts.euOffersUaNeeds.areas, ...s.parts.uaOffersEuNeeds.areas],
    }, programmes),
  );

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">
          {t("titleFor", { name })} <span className="text-xl font-normal text-slate-700">({countryName(eu.country, locale)})</span>
        </h1>
        <p className="max-w-3xl">{t("intro")}</p>
        <p>
          <Link href="/match">{t("changeMunicipality")}</Link>
        </p>
      </div>
      <EuSummary eu={eu} name={name} locale={locale} />
      <HowRanked name={name} />
      <section aria-labelledby="suggestions-heading" className="space-y-4">
        <h2 id="suggestions-heading" className="text-2xl font-semibold">
          {t("resultsHeading", { count: suggestions.length })}
        </h2>
        {suggestions.length === 0 ? (
          <p className="rounded border border-slate-300 bg-slate-50 p-6">{t("empty", { name })}</p>
        ) : (
          <SuggestionList suggestions={suggestions} funding={funding} euName={name} locale={locale} />
        )}
      </section>
    </div>
  );
}
