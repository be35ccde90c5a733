import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { evaluatePair } from "@/lib/funding/eligibility";
import { activeProgrammes } from "@/server/funding/programmes";
import { countryName } from "@/lib/intl-names";
import { getEuMunicipality, listEuMunicipalitiesForMatching, ownEuMunicipalitySlugs, suggestionsToday } from "@/server/matching/suggestions";
import { currentPrincipal } from "@/server/auth/session";
import { listRegions } from "@/server/regions";
import { cleanQuery } from "@/lib/clean-query";
import { isSteered, parseSteering } from "@/lib/matching/steering";
import { SteerSuggestionsForm } from "@/components/match/steer-form";
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
  const raw = await searchParams;
  // The steering form sends its empty choices too ("area=&size="): the address keeps only what was chosen.
  const clean = cleanQuery(raw);
  if (clean !== null) redirect(`/${locale}/match${clean ? `?${clean}` : ""}`);
  const slug = await forParam(searchParams);

  if (!slug) {
    const [municipalities, own] = await Promise.all([listEuMunicipalitiesForMatching(), currentPrincipal().then(ownEuMunicipalitySlugs)]);
    return (
      <div className="space-y-6">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl">{t("intro")}</p>
        <ChooseMunicipalityForm municipalities={municipalities} locale={locale} preselected={own[0] ?? null} />
      </div>
    );
  }

  const eu = await getEuMunicipality(slug);
  if (!eu) notFound();
  const name = euMunicipalityName(eu, locale);
  const regions = await listRegions();
  const { steering, ignored } = parseSteering(
    raw,
    regions.filter((r) => !r.occupied).map((r) => r.slug),
  );
  const tMore = await getTranslations("finding.match");
  const suggestions = await suggestionsToday(eu.id, new Date(), steering);
  const partner = { country: eu.country, regionName: eu.regionName, population: eu.population };
  const programmes = await activeProgrammes();
  const funding = suggestions.map((s) =>
    evaluatePair(
      {
        ukrainian: { regionSlug: s.regionSlug, occupied: s.regionOccupied, population: s.population },
        partner,
        areas: [...s.parts.euOffersUaNeeds.areas, ...s.parts.uaOffersEuNeeds.areas],
      },
      programmes,
    ),
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
      <SteerSuggestionsForm forSlug={eu.slug} steering={steering} regions={regions} locale={locale} />
      {ignored.length > 0 && (
        <p role="status" className="rounded border border-amber-700 bg-amber-50 p-4">
          {tMore("steer.ignored")}
        </p>
      )}
      <section aria-labelledby="suggestions-heading" className="space-y-4">
        <h2 id="suggestions-heading" className="text-2xl font-semibold">
          {t("resultsHeading", { count: suggestions.length })}
        </h2>
        {suggestions.length === 0 ? (
          <p className="rounded border border-slate-300 bg-slate-50 p-6">{isSteered(steering) ? tMore("steer.empty", { name }) : t("empty", { name })}</p>
        ) : (
          <SuggestionList suggestions={suggestions} funding={funding} euName={name} locale={locale} />
        )}
      </section>
    </div>
  );
}
