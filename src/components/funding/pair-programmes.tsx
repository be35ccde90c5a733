import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Eligibility } from "@/lib/funding/eligibility";
import { reasonTexts } from "./describe";

/**
 * "Programmes this pair may qualify for": the qualifying programmes, each with its reasons, in
 * a disclosure that works without JavaScript.
 */
export async function PairProgrammes({
  results,
  locale,
  ukrainianRegionName,
}: {
  results: Eligibility[];
  locale: string;
  ukrainianRegionName: string | null;
}) {
  const t = await getTranslations("funding");
  const tAreas = await getTranslations("areas");
  const fitting = results.filter((r) => r.qualifies);
  return (
    <details className="mt-2 rounded border border-slate-300 bg-slate-50 px-3 py-2">
      <summary className="min-h-8 cursor-pointer py-1 font-medium">{t("pair.summary", { count: fitting.length })}</summary>
      {fitting.length === 0 ? (
        <p className="mt-1">{t("pair.none")}</p>
      ) : (
        <>
          <ul className="mt-1 space-y-2">
            {fitting.map(({ programme, reasons }) => (
              <li key={programme.slug}>
                <Link href={`/funding#${programme.slug}`} className="font-medium">
                  {programme.name[locale === "uk" ? "uk" : "en"]}
                </Link>
                <span className="block text-sm text-slate-800">
                  {reasonTexts(reasons, programme, { locale, ukrainianRegionName, t, tAreas }).join("; ")}
                </span>
              </li>
            ))}
          </ul>
          <p className="mt-2 text-sm text-slate-700">{t("pair.note")}</p>
        </>
      )}
    </details>
  );
}
