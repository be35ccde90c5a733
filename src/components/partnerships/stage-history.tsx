import { getLocale, getTranslations } from "next-intl/server";
import type { PartnershipDetails } from "@/server/partnerships/details";
import { ScrollTable } from "@/components/scroll-table";
import { formatZoned } from "@/lib/interpretation/time-zones";
import { viewerTimeZone } from "@/server/interpretation/viewer-zone";

type PlannedMeeting = { id: number; at: Date; title: string; startsAt: Date; timeZone: string; planner: string | null };

/**
 * The partnership's moves and the meetings planned in it, oldest first; who and why only when the
 * page was given them (meetings only to those who may read them). Times name their zone: the
 * reader's own (their municipality's country's), otherwise Kyiv's.
 */
export async function StageHistory({
  history,
  detailed,
  meetings = [],
}: {
  history: PartnershipDetails["history"];
  detailed: boolean;
  meetings?: PlannedMeeting[];
}) {
  const t = await getTranslations("partnerships.history");
  const tStage = await getTranslations("stage");
  const tMeeting = await getTranslations("interpretation.history");
  const tProposals = await getTranslations("stageProposals.history");
  const locale = await getLocale();
  const zone = await viewerTimeZone();
  const rows = [
    ...history.map((e) => ({
      key: `s${e.id}`,
      at: e.at,
      what: t("move", { from: tStage(e.from), to: tStage(e.to) }),
      // A partner's move names who confirmed it (the other side, or a coordinator).
      actor:
        e.confirmedBy === undefined
          ? e.actor
          : `${e.actor ?? t("deletedAccount")} (${tProposals("confirmedBy", { who: e.confirmedBy ?? t("deletedAccount") })})`,
      note: e.note,
    })),
    ...meetings.map((m) => ({
      key: `m${m.id}`,
      at: m.at,
      what: tMeeting("meetingPlanned", { title: m.title, when: formatZoned(m.startsAt, m.timeZone, locale, "short") }),
      actor: detailed ? m.planner : undefined,
      note: detailed ? null : undefined,
    })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  return (
    <section aria-labelledby="history" className="space-y-3">
      <h2 id="history" className="text-2xl font-semibold text-brand-900">
        {t("title")}
      </h2>
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ScrollTable captionId="stage-history-caption" caption={detailed ? t("captionDetailed") : t("caption")}>
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className="p-2">
                {t("columns.when")}
              </th>
              <th scope="col" className="p-2">
                {t("columns.move")}
              </th>
              {detailed && (
                <th scope="col" className="p-2">
                  {t("columns.who")}
                </th>
              )}
              {detailed && (
                <th scope="col" className="p-2">
                  {t("columns.note")}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((e) => (
              <tr key={e.key} className="border-b border-slate-200 align-top">
                <th scope="row" className="p-2 font-normal">
                  <time dateTime={e.at.toISOString()}>{formatZoned(e.at, zone, locale, "short")}</time>
                </th>
                <td className="p-2">{e.what}</td>
                {detailed && <td className="p-2">{e.actor ?? t("deletedAccount")}</td>}
                {detailed && <td className="p-2 whitespace-pre-line wrap-anywhere">{e.note ?? ""}</td>}
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </section>
  );
}
