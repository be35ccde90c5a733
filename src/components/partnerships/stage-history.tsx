import { getFormatter, getTranslations } from "next-intl/server";
import type { PartnershipDetails } from "@/server/partnerships/details";
import { ScrollTable } from "@/components/scroll-table";

/** The partnership's moves, oldest first; who and why only when the page was given them. */
export async function StageHistory({ history, detailed }: { history: PartnershipDetails["history"]; detailed: boolean }) {
  const t = await getTranslations("partnerships.history");
  const tStage = await getTranslations("stage");
  const format = await getFormatter();
  return (
    <section aria-labelledby="history" className="space-y-3">
      <h2 id="history" className="text-2xl font-semibold text-brand-900">
        {t("title")}
      </h2>
      {history.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ScrollTable captionId="stage-history-caption" caption={detailed ? t("captionDetailed") : t("caption")}>
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className="p-2">{t("columns.when")}</th>
              <th scope="col" className="p-2">{t("columns.move")}</th>
              {detailed && <th scope="col" className="p-2">{t("columns.who")}</th>}
              {detailed && <th scope="col" className="p-2">{t("columns.note")}</th>}
            </tr>
          </thead>
          <tbody>
            {history.map((e) => (
              <tr key={e.id} className="border-b border-slate-200 align-top">
                <th scope="row" className="p-2 font-normal">
                  <time dateTime={e.at.toISOString()}>{format.dateTime(e.at, { dateStyle: "medium", timeStyle: "short" })}</time>
                </th>
                <td className="p-2">{t("move", { from: tStage(e.from), to: tStage(e.to) })}</td>
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
