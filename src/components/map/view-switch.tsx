import { Link } from "@/i18n/navigation";
import { MAP_VIEWS, type MapView } from "@/lib/map/view";

/** Two links, not a client-side toggle: each view is a URL, and works without JavaScript. */
export function MapViewSwitch({ current, label, names }: { current: MapView | null; label: string; names: Record<MapView, string> }) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-2">
        {MAP_VIEWS.map((view) => (
          <li key={view}>
            <Link
              href={view === "seeking" ? "/map" : `/map?view=${view}`}
              aria-current={view === current ? "page" : undefined}
              className={view === current ? "btn" : "btn-secondary"}
            >
              {names[view]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
