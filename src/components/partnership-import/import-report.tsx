"use client";

import { useLocale, useTranslations } from "next-intl";
import { ScrollTable } from "@/components/scroll-table";
import type { Candidate, ImportProblem, ImportReport, LineReport } from "@/lib/partnership-import/report";

/** What a dry run or an import did, line by line, with the file's line numbers. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const t = useTranslations("partnershipImport");
  const locale = useLocale();
  const candidates = (list: Candidate[]) =>
    list
      .map((c) => {
        const name = locale === "uk" ? (c.nameUk ?? c.nameEn) : c.nameEn;
        const detail = [c.place, c.code, c.population ? t("population", { count: c.population }) : null].filter(Boolean).join(", ");
        return detail ? `${name} (${detail})` : name;
      })
      .join("; ") || "—";
  const problem = (p: ImportProblem) => {
    const params: Record<string, string | number> = {};
    for (const [key, value] of Object.entries(p)) {
      if (key === "code") continue;
      params[key] = key === "candidates" ? candidates(value as Candidate[]) : (value as string | number);
    }
    return t(`problems.${p.code}`, params);
  };
  const hromada = (l: LineReport) => (l.hromada ? (locale === "uk" ? (l.hromada.nameUk ?? l.hromada.nameEn) : l.hromada.nameEn) : "—");
  const partner = (l: LineReport) => {
    if (!l.partner) return "—";
    const name = l.partner.nameLocal ?? l.partner.nameEn;
    return l.partner.by === "gazetteer"
      ? t("newPlace", { name, country: l.partner.country, id: l.partner.geonamesId ?? "" })
      : `${name} (${l.partner.country})`;
  };
  return (
    <ScrollTable captionId="import-lines" caption={t("tableCaption")}>
      <thead>
        <tr className="border-b-2 border-slate-400">
          <th scope="col" className="p-2">
            {t("columns.line")}
          </th>
          <th scope="col" className="p-2">
            {t("columns.outcome")}
          </th>
          <th scope="col" className="p-2">
            {t("columns.hromada")}
          </th>
          <th scope="col" className="p-2">
            {t("columns.partner")}
          </th>
          <th scope="col" className="p-2">
            {t("columns.notes")}
          </th>
        </tr>
      </thead>
      <tbody>
        {report.lines.map((l) => (
          <tr key={l.line} className={`border-b border-slate-300 align-top ${l.outcome === "refused" ? "bg-red-50" : ""}`}>
            <th scope="row" className="p-2 tabular-nums">
              {l.line}
            </th>
            <td className="p-2 font-semibold">{t(`outcomes.${l.outcome}${report.applied ? "" : "Planned"}`)}</td>
            <td className="p-2">{hromada(l)}</td>
            <td className="p-2">{partner(l)}</td>
            <td className="p-2">
              <ul className="space-y-1">
                {l.problems.map((p, i) => (
                  <li key={i}>{problem(p)}</li>
                ))}
                {l.members.map((m) => (
                  <li key={m.side}>{t(`members.${m.change}`, { side: t(`sides.${m.side}`), date: m.since })}</li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
