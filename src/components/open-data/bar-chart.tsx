/**
 * Horizontal bars drawn on the server as SVG, one group per row, one bar per series. Each row's
 * label sits above its bars (long names in any language never run off the edge) and each bar
 * carries its value in text. The second series is hatched and outlined, the first solid: the
 * series differ in pattern as well as colour (WCAG 1.4.1), both at least 3:1 against white
 * (1.4.11). To a screen reader the chart is one image whose name says that its figures are in
 * the table beside it (`describedBy`).
 */
export type ChartRow = { key: string; label: string; values: (number | null)[]; shown: string[] };

const WIDTH = 480;
const VALUE_ROOM = 64;
const LABEL_HEIGHT = 18;
const BAR = 14;
const GAP = 3;
const ROW_GAP = 10;

export function BarChart({ id, title, description, rows, series }: { id: string; title: string; description: string; rows: ChartRow[]; series: number }) {
  const max = Math.max(1, ...rows.flatMap((r) => r.values.map((v) => v ?? 0)));
  const rowHeight = LABEL_HEIGHT + series * (BAR + GAP) + ROW_GAP;
  const height = Math.max(1, rows.length) * rowHeight;
  const span = WIDTH - VALUE_ROOM;
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      className="h-auto w-full max-w-xl"
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <defs>
        <pattern id={`${id}-hatch`} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
          <rect width="6" height="6" className="fill-white" />
          <rect width="3" height="6" className="fill-brand-900" />
        </pattern>
      </defs>
      {rows.map((r, i) => {
        const top = i * rowHeight;
        return (
          <g key={r.key}>
            <text x={0} y={top + 13} className="fill-slate-900 text-[13px]">
              {r.label}
            </text>
            {r.values.map((value, s) => {
              const y = top + LABEL_HEIGHT + s * (BAR + GAP);
              const width = value ? Math.max(2, Math.round((value / max) * span)) : 0;
              return (
                <g key={s}>
                  {width > 0 &&
                    (s === 0 ? (
                      <rect x={0} y={y} width={width} height={BAR} className="fill-brand-700" />
                    ) : (
                      <rect
                        x={0.75}
                        y={y + 0.75}
                        width={Math.max(1, width - 1.5)}
                        height={BAR - 1.5}
                        fill={`url(#${id}-hatch)`}
                        className="stroke-brand-900"
                        strokeWidth={1.5}
                      />
                    ))}
                  <text x={width + 6} y={y + BAR - 3} className="fill-slate-900 text-[12px]">
                    {r.shown[s]}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}

/** The key to a two-series chart: the same solid and hatched swatches as the bars, with their names. */
export function ChartLegend({ id, label, names }: { id: string; label: string; names: [string, string] }) {
  return (
    <ul aria-label={label} className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
      {names.map((name, s) => (
        <li key={name} className="flex items-center gap-2">
          <svg aria-hidden="true" width="28" height="14" viewBox="0 0 28 14">
            {s === 0 ? (
              <rect width="28" height="14" className="fill-brand-700" />
            ) : (
              <>
                <defs>
                  <pattern id={`${id}-legend-hatch`} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
                    <rect width="6" height="6" className="fill-white" />
                    <rect width="3" height="6" className="fill-brand-900" />
                  </pattern>
                </defs>
                <rect x="0.75" y="0.75" width="26.5" height="12.5" fill={`url(#${id}-legend-hatch)`} className="stroke-brand-900" strokeWidth={1.5} />
              </>
            )}
          </svg>
          {name}
        </li>
      ))}
    </ul>
  );
}
