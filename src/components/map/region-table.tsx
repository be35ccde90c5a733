import { ScrollTable } from "@/components/scroll-table";

export type RegionRow = {
  slug: string;
  name: string;
  href: string;
  occupied: boolean;
  seeking: number;
  activePartnerships: number;
  /** With an area chosen: the municipalities there that need it. */
  need?: number;
};

type Props = {
  rows: readonly RegionRow[];
  labels: { caption: string; region: string; seeking: string; partnerships: string; total: string; occupied: string; need?: string };
  formatNumber: (n: number) => string;
};

/** The map's figures as a table: what the colours say, for anyone who cannot or would rather not read them. */
export function RegionTable({ rows, labels, formatNumber }: Props) {
  const total = (pick: (r: RegionRow) => number) => rows.reduce((sum, r) => sum + pick(r), 0);
  return (
    <ScrollTable
      captionId="region-table-caption"
      caption={labels.caption}
      captionClassName="mb-2 text-left text-slate-800"
      tableClassName="text-sm sm:text-base"
    >
      <thead>
        <tr className="border-b-2 border-slate-400">
          <th scope="col" className="px-1 py-2 sm:p-2">
            {labels.region}
          </th>
          <th scope="col" className="px-1 py-2 sm:p-2 text-right">
            {labels.seeking}
          </th>
          <th scope="col" className="px-1 py-2 sm:p-2 text-right">
            {labels.partnerships}
          </th>
          {labels.need && (
            <th scope="col" className="px-1 py-2 sm:p-2 text-right">
              {labels.need}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.slug} className="border-b border-slate-300">
            <th scope="row" className="px-1 py-2 sm:p-2 font-normal">
              <a href={row.href}>{row.name}</a>
              {row.occupied && <span className="block text-sm text-slate-700">{labels.occupied}</span>}
            </th>
            <td className="px-1 py-2 sm:p-2 text-right tabular-nums">{formatNumber(row.seeking)}</td>
            <td className="px-1 py-2 sm:p-2 text-right tabular-nums">{formatNumber(row.activePartnerships)}</td>
            {labels.need && <td className="px-1 py-2 sm:p-2 text-right tabular-nums">{formatNumber(row.need ?? 0)}</td>}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="border-t-2 border-slate-400 font-semibold">
          <th scope="row" className="px-1 py-2 sm:p-2">
            {labels.total}
          </th>
          <td className="px-1 py-2 sm:p-2 text-right tabular-nums">{formatNumber(total((r) => r.seeking))}</td>
          <td className="px-1 py-2 sm:p-2 text-right tabular-nums">{formatNumber(total((r) => r.activePartnerships))}</td>
          {labels.need && <td className="px-1 py-2 sm:p-2 text-right tabular-nums">{formatNumber(total((r) => r.need ?? 0))}</td>}
        </tr>
      </tfoot>
    </ScrollTable>
  );
}
