import type { Band } from "@/lib/map/bands";
import { OCCUPIED_HATCH, type Swatch } from "./palette";

type Props = {
  title: string;
  bands: readonly Band[];
  swatches: readonly Swatch[];
  bandLabel: (band: Band) => string;
  occupiedLabel: string | null;
};

/** The map's key: each band's colour beside its range in words. */
export function MapLegend({ title, bands, swatches, bandLabel, occupiedLabel }: Props) {
  return (
    <div>
      <p id="map-legend-title" className="font-semibold">
        {title}
      </p>
      <ul aria-labelledby="map-legend-title" className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
        {bands.map((band, i) => (
          <li key={band.min} className="flex items-center gap-2">
            {/* An SVG fill, not a style attribute: the pages' policy allows no inline styles. */}
            <svg aria-hidden="true" width="32" height="20" className="rounded-sm border border-slate-500">
              <rect width="32" height="20" fill={swatches[i].fill} />
            </svg>
            {bandLabel(band)}
          </li>
        ))}
        {occupiedLabel && (
          <li className="flex items-center gap-2">
            <svg aria-hidden="true" width="32" height="20" className="rounded-sm border border-slate-500">
              <pattern id="legend-hatch" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
                <line x1="0" y1="0" x2="0" y2="8" stroke={OCCUPIED_HATCH} strokeWidth="2.5" />
              </pattern>
              <rect width="32" height="20" fill="#f1f5f9" />
              <rect width="32" height="20" fill="url(#legend-hatch)" />
            </svg>
            {occupiedLabel}
          </li>
        )}
      </ul>
    </div>
  );
}
