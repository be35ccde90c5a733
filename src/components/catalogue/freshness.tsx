import { getFormatter, getTranslations } from "next-intl/server";
import { STALE_AFTER_DAYS, isPossiblyOutOfDate, responseTimeParts, type Responsiveness } from "@/lib/freshness";

/** "Possibly out of date", for a profile not confirmed for STALE_AFTER_DAYS; nothing otherwise. */
export async function StaleMark({ confirmedAt, now, explained = false }: { confirmedAt: Date | null; now: Date; explained?: boolean }) {
  if (!isPossiblyOutOfDate(confirmedAt, now)) return null;
  const t = await getTranslations("search.freshness");
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-2">
      <strong className="rounded border border-amber-800 bg-amber-50 px-1.5 py-0.5 text-sm font-semibold text-amber-950">{t("stale")}</strong>
      {explained && <span className="text-sm text-slate-800">{t("staleExplained", { days: STALE_AFTER_DAYS })}</span>}
    </span>
  );
}

/** "Confirmed 3 March 2026", or "Never confirmed". */
export async function ConfirmedOn({ confirmedAt }: { confirmedAt: Date | null }) {
  const t = await getTranslations("search.freshness");
  const format = await getFormatter();
  if (!confirmedAt) return <>{t("neverConfirmed")}</>;
  return (
    <>
      {t("confirmed", {
        date: format.dateTime(confirmedAt, { dateStyle: "long" }),
      })}
    </>
  );
}

/**
 * How the hromada answers the requests addressed to it: the median time from a request's arrival
 * to the hromada's own first answer, over the requests it answered (src/server/municipalities/responsiveness.ts).
 */
export async function ResponseTime({ responsiveness }: { responsiveness: Responsiveness }) {
  const t = await getTranslations("search.freshness");
  if (responsiveness.medianSeconds === null || responsiveness.answered === 0) return <>{t("noAnswers")}</>;
  const { unit, count } = responseTimeParts(responsiveness.medianSeconds);
  return <>{t("responseTime", { duration: t(`duration.${unit}`, { count }), answered: responsiveness.answered })}</>;
}
