/**
 * Members per country as horizontal bars, drawn on the server as SVG. The figures are also in
 * the table beside it (the chart says so in its name): a screen reader reads the table, and the
 * bars are one image to it rather than a list of unlabelled shapes.
 */
export function MembersChart({ rows, label }: { rows: { label: string; count: number }[]; label: string }) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  const rowHeight = 28;
  const labelWidth = 150;
  const barWidth = 260;
  const height = rows.length * rowHeight + 8;
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${labelWidth + barWidth + 40} ${height}`}
      className="h-auto w-full max-w-xl"
      preserveAspectRatio="xMinYMin meet"
    >
      {rows.map((r, i) => {
        const y = 4 + i * rowHeight;
        const width = Math.max(2, Math.round((r.count / max) * barWidth));
        return (
          <g key={r.label}>
            <text x={labelWidth - 8} y={y + 18} textAnchor="end" className="fill-slate-900 text-[13px]">
              {r.label}
            </text>
            <rect x={labelWidth} y={y + 4} width={width} height={rowHeight - 10} className="fill-brand-700" />
            <text x={labelWidth + width + 6} y={y + 18} className="fill-slate-900 text-[13px]">
              {r.count}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
