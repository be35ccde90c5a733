import { getTranslations } from "next-intl/server";
import type { Eligibility } from "@/lib/funding/eligibility";
import { ProgrammeReasons } from "./programme-reasons";

/**
 * "Programmes this pair may qualify for": the qualifying programmes, each with its reasons, in
 * a disclosure that works without JavaScript.
 */
export async function PairProgrammes({ results, locale, ukrainianRegionName }: { results: Eligibility[]; locale: string; ukrainianRegionName: string | null }) {
  const t = await getTranslations("funding");
  const fitting = results.filter((r) => r.qualifies);
  return (
    <details className="mt-2 rounded border border-slate-300 bg-slate-50 px-3 py-2">
      <summary className="min-h-8 cursor-pointer py-1 font-medium">{t("pair.summary", { count: fitting.length })}</summary>
      {fitting.length === 0 ? (
        <p className="mt-1">{t("pair.none")}</p>
      ) : (
        <>
          <ProgrammeReasons fitting={fitting} locale={locale} ukrainianRegionName={ukrainianRegionName} className="mt-1 space-y-2" />
          <p className="mt-2 text-sm text-slate-700">{t("pair.note")}</p>
        </>
      )}
    </details>
  );
}
