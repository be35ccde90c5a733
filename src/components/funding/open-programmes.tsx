import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Eligibility } from "@/lib/funding/eligibility";
import { ProgrammeReasons } from "./programme-reasons";

/** Programmes open to a Ukrainian municipality with a partner from a country of the network, each with its reasons. */
export async function OpenProgrammes({
  results,
  name,
  locale,
  ukrainianRegionName,
  intro,
}: {
  results: Eligibility[];
  /** Replaces the general introduction, e.g. to name the requester's country. */
  intro?: string;
  name: string;
  locale: string;
  ukrainianRegionName: string | null;
}) {
  const t = await getTranslations("funding");
  const fitting = results.filter((r) => r.qualifies);
  return (
    <section aria-labelledby="open-programmes" className="space-y-3 rounded border border-slate-300 bg-slate-50 p-4">
      <h2 id="open-programmes" className="text-xl font-semibold">
        {t("openTo.title", { name })}
      </h2>
      <p>{intro ?? t("openTo.intro")}</p>
      {fitting.length === 0 ? <p>{t("openTo.none")}</p> : <ProgrammeReasons fitting={fitting} locale={locale} ukrainianRegionName={ukrainianRegionName} />}
      <p className="text-sm">
        {t("pair.note")} <Link href="/funding">{t("openTo.allLink")}</Link>
      </p>
    </section>
  );
}
