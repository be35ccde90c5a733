import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { filterProgrammes, parseFundingParams } from "@/lib/funding/filters";
import { activeProgrammes } from "@/server/funding/programmes";
import { byCallStatus, callStatus, isoToday } from "@/lib/funding/call-status";
import { listRegions } from "@/server/regions";
import { FundingFilterForm } from "@/components/funding/filter-form";
import { ProgrammeCard } from "@/components/funding/programme-card";
import { IgnoredParamsNotice } from "@/components/ignored-params-notice";
import { cleanQuery } from "@/lib/clean-query";
import { regionName } from "@/lib/region-names";

type Props = PageProps<"/[locale]/funding">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "funding" });
  return { title: t("title") };
}

export default async function FundingPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("funding");
  const raw = await searchParams;
  // The filter form sends its empty fields too: the address shows only what was chosen.
  const clean = cleanQuery(raw);
  if (clean !== null) redirect(`/${locale}/funding${clean ? `?${clean}` : ""}`);
  const regions = await listRegions();
  const { filters, ignored } = parseFundingParams(
    raw,
    regions.map((r) => r.slug),
  );
  // Open calls first; judged on the server's clock at each request, so a deadline passing
  // needs no change to the catalogue of programmes.
  const today = isoToday();
  const programmes = byCallStatus(filterProgrammes(await activeProgrammes(), filters), today);
  const open = programmes.filter((p) => ["open", "recurring"].includes(callStatus(p.deadline, today))).length;
  const regionNames = new Map(regions.map((r) => [r.slug, regionName(locale, r)]));
  const filtered = filters.area !== null || filters.country !== null || filters.oblast !== null;

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      <IgnoredParamsNotice title={t("ignored.title")} messages={ignored.map((item) => t(`ignored.${item.param}`, { value: item.value }))} />
      <FundingFilterForm filters={filters} regions={regions} locale={locale} />
      <section aria-labelledby="programmes-heading" className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="programmes-heading" className="text-xl font-semibold">
            {t("resultCount", { count: programmes.length })}
          </h2>
          {filtered && <Link href="/funding">{t("filters.clear")}</Link>}
        </div>
        {programmes.length > 0 && <p>{t("statusSummary", { open, closed: programmes.length - open })}</p>}
        {programmes.length === 0 ? (
          <p className="rounded border border-slate-300 bg-slate-50 p-6">{t("empty")}</p>
        ) : (
          programmes.map((p) => <ProgrammeCard key={p.slug} programme={p} locale={locale} regionNames={regionNames} status={callStatus(p.deadline, today)} />)
        )}
      </section>
    </div>
  );
}
