import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import type { PartnershipDetails } from "@/server/partnerships/details";
import { ScrollTable } from "@/components/scroll-table";
import { formatZoned } from "@/lib/interpretation/time-zones";
import { viewerTimeZone } from "@/server/interpretation/viewer-zone";

type Proposal = PartnershipDetails["closedProposals"][number];

/**
 * The partners' open stage proposal, for the partnership's people and coordinators: who proposed
 * what and when, and what this person may do about it (`actions`: the confirm/decline forms, or
 * the proposer's withdrawal; whoever cannot decide is told who is to).
 */
export async function OpenProposal({
  proposal,
  current,
  sides,
  actions,
}: {
  proposal: NonNullable<PartnershipDetails["openProposal"]>;
  current: string;
  sides: { UKRAINIAN: string; EU: string };
  actions: ReactNode;
}) {
  const t = await getTranslations("stageProposals");
  const tStage = await getTranslations("stage");
  const locale = await getLocale();
  const zone = await viewerTimeZone();
  const other = proposal.side === "UKRAINIAN" ? sides.EU : sides.UKRAINIAN;
  return (
    <div className="space-y-3 rounded border-2 border-amber-700 bg-amber-50 p-4">
      <h3 id="open-proposal" className="text-lg font-semibold">
        {t("open.title")}
      </h3>
      <p>
        {t("open.summary", {
          who: proposal.proposer ?? t("list.deletedAccount"),
          side: sides[proposal.side],
          when: formatZoned(proposal.proposedAt, zone, locale, "short"),
          from: tStage(proposal.from),
          to: tStage(proposal.to),
        })}
      </p>
      {proposal.note && <p className="whitespace-pre-line wrap-anywhere">{t("open.note", { note: proposal.note })}</p>}
      {proposal.from !== current && <p className="font-semibold">{t("open.outOfDate", { from: tStage(proposal.from) })}</p>}
      {!proposal.mayDecide && <p>{t("open.waiting", { other })}</p>}
      {actions}
    </div>
  );
}

/** The proposals that did not become moves (declined, withdrawn, superseded), with who and when. */
export async function ClosedProposals({ proposals }: { proposals: Proposal[] }) {
  if (proposals.length === 0) return null;
  const t = await getTranslations("stageProposals");
  const tStage = await getTranslations("stage");
  const locale = await getLocale();
  const zone = await viewerTimeZone();
  const when = (at: Date | null) => (at ? formatZoned(at, zone, locale, "short") : "");
  return (
    <section aria-labelledby="stage-proposals" className="space-y-3">
      <h2 id="stage-proposals" className="text-2xl font-semibold text-brand-900">
        {t("list.title")}
      </h2>
      <ScrollTable captionId="stage-proposals-caption" caption={t("list.caption")}>
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className="p-2">
              {t("list.columns.when")}
            </th>
            <th scope="col" className="p-2">
              {t("list.columns.move")}
            </th>
            <th scope="col" className="p-2">
              {t("list.columns.by")}
            </th>
            <th scope="col" className="p-2">
              {t("list.columns.status")}
            </th>
            <th scope="col" className="p-2">
              {t("list.columns.decided")}
            </th>
            <th scope="col" className="p-2">
              {t("list.columns.reason")}
            </th>
          </tr>
        </thead>
        <tbody>
          {proposals.map((q) => (
            <tr key={q.id} className="border-b border-slate-200 align-top">
              <th scope="row" className="p-2 font-normal">
                <time dateTime={q.proposedAt.toISOString()}>{when(q.proposedAt)}</time>
              </th>
              <td className="p-2">{`${tStage(q.from)} → ${tStage(q.to)}`}</td>
              <td className="p-2">{q.proposer ?? t("list.deletedAccount")}</td>
              <td className="p-2">{t(`status.${q.status}`)}</td>
              <td className="p-2">
                {q.decider ?? t("list.deletedAccount")}
                {q.decidedAt && (
                  <>
                    , <time dateTime={q.decidedAt.toISOString()}>{when(q.decidedAt)}</time>
                  </>
                )}
              </td>
              <td className="p-2 whitespace-pre-line wrap-anywhere">{q.reason ?? q.note ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </section>
  );
}
