import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { networkFigures } from "@/server/stats";
import { COOPERATION_AREAS } from "@/lib/cooperation-areas";

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("home");
  const tAreas = await getTranslations("areas");
  const format = await getFormatter();
  const figures = await networkFigures();
  const stats = [
    { value: figures.seekingPartners, label: t("figures.seeking", { count: figures.seekingPartners }) },
    { value: figures.activePartnerships, label: t("figures.partnerships", { count: figures.activePartnerships }) },
    { value: figures.countries, label: t("figures.countries", { count: figures.countries }) },
  ];
  return (
    <div className="space-y-10">
      <section aria-labelledby="intro" className="space-y-4">
        <h1 id="intro" className="text-3xl font-bold text-brand-900 sm:text-4xl">
          {t("title")}
        </h1>
        <p className="max-w-3xl text-lg">{t("lead")}</p>
        <p className="max-w-3xl">{t("how")}</p>
        <p>
          <Link href="/municipalities?seeking=1" className="btn">
            {t("cta")}
          </Link>
        </p>
      </section>
      <section aria-labelledby="figures">
        <h2 id="figures" className="mb-4 text-2xl font-semibold">
          {t("figures.title")}
        </h2>
        <dl className="grid gap-4 sm:grid-cols-3">
          {stats.map((s) => (
            <div key={s.label} className="rounded border border-slate-300 bg-brand-50 p-4">
              <dt className="text-slate-800">{s.label}</dt>
              <dd className="text-4xl font-bold text-brand-900">{format.number(s.value)}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-4">
          <Link href="/map">{(await getTranslations("map"))("homeLink")}</Link>
        </p>
      </section>
      <section aria-labelledby="areas">
        <h2 id="areas" className="mb-4 text-2xl font-semibold">
          {t("areasTitle")}
        </h2>
        <ul className="flex flex-wrap gap-2">
          {COOPERATION_AREAS.map((area) => (
            <li key={area}>
              <Link href={`/municipalities?area=${area}&seeking=1`} className="tag inline-flex min-h-11 items-center">
                {tAreas(area)}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
