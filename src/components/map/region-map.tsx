import type { UkraineMap } from "@/lib/map/ukraine-map";
import { OCCUPIED_HATCH, type Swatch } from "./palette";

export type MapRegionEntry = {
  /** What a screen reader announces and a pointer's tooltip shows: name and figure. */
  accessibleName: string;
  href: string;
  value: number;
  swatch: Swatch;
  occupied: boolean;
};

type Props = {
  map: UkraineMap;
  entries: ReadonlyMap<string, MapRegionEntry>;
  title: string;
  description: string;
  occupiedLabel: string;
};

const HATCH_ID = "map-occupied-hatch";
const shapeId = (slug: string) => `map-region-${slug}`;

/**
 * Ukraine's regions as inline SVG, drawn on the server. Each region is a link named with its
 * figure; the figure is also written on the region, so colour never carries it alone.
 */
export function RegionMap({ map, entries, title, description, occupiedLabel }: Props) {
  const occupiedLabelAt = map.regions.filter((r) => entries.get(r.slug)?.occupied).sort((a, b) => b.size[0] * b.size[1] - a.size[0] * a.size[1])[0];
  return (
    <svg viewBox={`0 0 ${map.width} ${map.height}`} role="group" aria-labelledby="region-map-title region-map-desc" className="h-auto w-full">
      <title id="region-map-title">{title}</title>
      <desc id="region-map-desc">{description}</desc>
      <defs>
        <pattern id={HATCH_ID} patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="8" stroke={OCCUPIED_HATCH} strokeWidth="2.5" />
        </pattern>
        {/* Each boundary once; the layers below refer to it, and their fill and stroke reach it by inheritance. */}
        {map.regions.map((region) => (
          <path key={region.slug} id={shapeId(region.slug)} d={region.path} fillRule="evenodd" />
        ))}
      </defs>
      {/* The country's outline: half of this stroke shows outside the regions drawn over it. */}
      <g aria-hidden="true" fill="none" stroke="#475569" strokeWidth="2.5" strokeLinejoin="round">
        {map.regions.map((region) => (
          <use key={region.slug} href={`#${shapeId(region.slug)}`} />
        ))}
      </g>
      {map.regions.map((region) => {
        const entry = entries.get(region.slug);
        const shape = `#${shapeId(region.slug)}`;
        if (!entry) {
          return <use key={region.slug} href={shape} fill="#e2e8f0" stroke="#ffffff" strokeWidth="1.2" />;
        }
        return (
          <a key={region.slug} href={entry.href} aria-label={entry.accessibleName} data-region={region.slug} className="group">
            <title>{entry.accessibleName}</title>
            <use
              href={shape}
              fill={entry.swatch.fill}
              stroke="#ffffff"
              strokeWidth="1.2"
              strokeLinejoin="round"
              className="group-hover:stroke-[#102b5c] group-hover:stroke-[2.5] group-focus-visible:stroke-[#ffd54a] group-focus-visible:stroke-[6]"
            />
            {entry.occupied && <use href={shape} fill={`url(#${HATCH_ID})`} stroke="none" pointerEvents="none" />}
          </a>
        );
      })}
      {/* Figures and labels above every region, so that no neighbour covers them. */}
      <g aria-hidden="true" pointerEvents="none" fontFamily="inherit" textAnchor="middle">
        {map.regions.map((region) => {
          const entry = entries.get(region.slug);
          if (!entry || entry.occupied) return null;
          const [x, y] = region.label;
          return (
            <text
              key={region.slug}
              x={x}
              y={y}
              dy="0.35em"
              // In map units: on a phone the map is a third of its width here, so figures grow to stay legible.
              className={Math.min(...region.size) < 60 ? "text-[18px] sm:text-[15px]" : "text-[30px] sm:text-[22px]"}
              fontWeight="700"
              fill={entry.swatch.ink}
            >
              {entry.value}
            </text>
          );
        })}
        {occupiedLabelAt && (
          <text
            x={occupiedLabelAt.label[0]}
            y={occupiedLabelAt.label[1]}
            dy="0.35em"
            className="text-[26px] sm:text-[18px]"
            fontWeight="700"
            fill="#0f172a"
            stroke="#ffffff"
            strokeWidth="5"
            paintOrder="stroke"
          >
            {occupiedLabel}
          </text>
        )}
      </g>
    </svg>
  );
}
