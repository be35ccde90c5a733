import { getFormatter, getTranslations } from "next-intl/server";
import { STALE_AFTER_DAYS, isPossiblyOutOfDate } from "@/lib/freshness";

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
