import { getTranslations } from "next-intl/server";
import { COMPARABLE_SIZE_RATIO, MATCH_WEIGHTS, MAX_COUNTED_AREAS, RECENT_DAYS, SIMILAR_SIZE_RATIO } from "@/lib/matching/weights";

/** The weights, as a table: the score is never a black box. */
export async function HowRanked({ name }: { name: string }) {
  const t = await getTranslations("match.howRanked");
  const tMore = await getTranslations("finding.match.howRanked");
  // In the order of their weight: what the pair shares first (src/lib/matching/weights.ts says why).
  const rows: [string, number][] = [
    [t("euOffersUaNeeds", { name, max: MAX_COUNTED_AREAS }), MATCH_WEIGHTS.euOffersUaNeeds],
    [t("uaOffersEuNeeds", { name, max: MAX_COUNTED_AREAS }), MATCH_WEIGHTS.uaOffersEuNeeds],
    [t("sharedLanguage"), MATCH_WEIGHTS.sharedLanguage],
    [t("similarSize", { ratio: SIMILAR_SIZE_RATIO }), MATCH_WEIGHTS.similarSize],
    [t("comparableSize", { ratio: COMPARABLE_SIZE_RATIO }), MATCH_WEIGHTS.comparableSize],
    [t("noPartnerYet"), MATCH_WEIGHTS.noPartnerYet],
    [tMore("communityOblast", { name }), MATCH_WEIGHTS.communityOblast],
    [t("recentlyConfirmed", { days: RECENT_DAYS }), MATCH_WEIGHTS.recentlyConfirmed],
  ];
  return (
    <details className="rounded border border-slate-300 px-4 py-2">
      <summary className="min-h-8 cursor-pointer py-1 font-medium">{t("summary")}</summary>
      <p className="mt-2 max-w-3xl">{t("intro", { name })}</p>
      <p className="mt-2 max-w-3xl">{tMore("balance")}</p>
      <table className="mt-3 w-full max-w-3xl border-collapse text-left">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className="p-2">
              {t("part")}
            </th>
            <th scope="col" className="p-2 text-right">
              {t("points")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, points]) => (
            <tr key={label} className="border-b border-slate-300">
              <th scope="row" className="p-2 font-normal">
                {label}
              </th>
              <td className="p-2 text-right tabular-nums">{points}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
