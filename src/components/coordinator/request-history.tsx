import { getLocale, getTranslations } from "next-intl/server";
import { formatZoned } from "@/lib/interpretation/time-zones";
import { viewerTimeZone } from "@/server/interpretation/viewer-zone";
import type { RequestForReview } from "@/server/requests/review";
import { ScrollTable } from "@/components/scroll-table";

/** A request's history as a table, oldest first. */
export async function RequestHistory({ events }: { events: RequestForReview["events"] }) {
  const t = await getTranslations("coordinator");
  const tVoice = await getTranslations("voice.history");
  // Times name their zone: the reader's own (their municipality's country's), otherwise Kyiv's.
  const locale = await getLocale();
  const zone = await viewerTimeZone();
  const status = (s: string | null) => (s ? t(`status.${s as "SUBMITTED"}`) : "—");
  return (
    <section aria-labelledby="history" className="space-y-3">
      <h2 id="history" className="text-2xl font-semibold text-brand-900">
        {t("request.history")}
      </h2>
      {events.length === 0 ? (
        <p>{t("request.noHistory")}</p>
      ) : (
        <ScrollTable captionId="history-caption" caption={t("request.historyCaption")}>
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className="p-2">
                {t("request.historyColumns.when")}
              </th>
              <th scope="col" className="p-2">
                {t("request.historyColumns.what")}
              </th>
              <th scope="col" className="p-2">
                {t("request.historyColumns.who")}
              </th>
              <th scope="col" className="p-2">
                {t("request.historyColumns.note")}
              </th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id} className="border-b border-slate-200 align-top">
                <th scope="row" className="p-2 font-normal">
                  <time dateTime={e.at.toISOString()}>{formatZoned(e.at, zone, locale, "short")}</time>
                </th>
                <td className="p-2">
                  {e.kind === "HROMADA_ANSWERED" ? tVoice("answered") : t(`request.events.${e.kind}`, { from: status(e.fromStatus), to: status(e.toStatus) })}
                </td>
                <td className="p-2">{e.actor ?? t("request.requesterActor")}</td>
                <td className="p-2 whitespace-pre-line wrap-anywhere">{e.note ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </section>
  );
}
