import { byName, regionName } from "@/lib/region-names";
import type { RegionOption } from "@/server/regions";

export type FilterOption = { value: string; label: string };

/** One choice of a plain GET filter form: a labelled select whose first option, "any", is empty. */
export function FilterSelect({
  id,
  name,
  label,
  anyLabel,
  value,
  options,
}: {
  id: string;
  name: string;
  label: string;
  anyLabel: string;
  value: string | null;
  options: FilterOption[];
}) {
  return (
    <div>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className="input">
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The oblasts a filter offers: the unoccupied ones, by name in the page's language. */
export function oblastOptions(regions: RegionOption[], locale: string): FilterOption[] {
  return byName(regions, locale)
    .filter((r) => !r.occupied)
    .map((r) => ({ value: r.slug, label: regionName(locale, r) }));
}
