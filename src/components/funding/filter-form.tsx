import { getTranslations } from "next-intl/server";
import { FilterSelect, oblastOptions } from "@/components/form/filter-select";
import { COOPERATION_AREAS } from "@/lib/cooperation-areas";
import type { FundingFilters } from "@/lib/funding/filters";
import { PARTNER_COUNTRIES } from "@/lib/countries";
import { countriesByName } from "@/lib/intl-names";
import type { RegionOption } from "@/server/regions";

/** A plain GET form: the filters land in the URL and work without JavaScript. */
export async function FundingFilterForm({ filters, regions, locale }: { filters: FundingFilters; regions: RegionOption[]; locale: string }) {
  const t = await getTranslations("funding.filters");
  const tAreas = await getTranslations("areas");
  return (
    <form
      method="get"
      aria-label={t("label")}
      className="grid gap-4 rounded border border-slate-300 bg-slate-50 p-4 md:grid-cols-[1fr_1fr_1fr_auto] md:items-end"
    >
      <FilterSelect
        id="funding-area"
        name="area"
        label={t("area")}
        anyLabel={t("any")}
        value={filters.area}
        options={COOPERATION_AREAS.map((a) => ({ value: a, label: tAreas(a) }))}
      />
      <FilterSelect
        id="funding-country"
        name="country"
        label={t("country")}
        anyLabel={t("any")}
        value={filters.country}
        options={countriesByName(PARTNER_COUNTRIES, locale)}
      />
      <FilterSelect id="funding-oblast" name="oblast" label={t("oblast")} anyLabel={t("any")} value={filters.oblast} options={oblastOptions(regions, locale)} />
      <button type="submit" className="btn">
        {t("apply")}
      </button>
    </form>
  );
}
