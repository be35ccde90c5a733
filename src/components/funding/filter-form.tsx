import { getTranslations } from "next-intl/server";
import { COOPERATION_AREAS } from "@/lib/cooperation-areas";
import type { FundingFilters } from "@/lib/funding/filters";
import { countriesByName } from "@/lib/intl-names";
import { PARTNER_COUNTRIES } from "@/lib/countries";
import type { RegionOption } from "@/server/regions";
import { byName, regionName } from "@/lib/region-names";

/** A plain GET form: the filters land in the URL and work without JavaScript. */
export async function FundingFilterForm({ filters, regions, locale }: { filters: FundingFilters; regions: RegionOption[]; locale: string }) {
  const t = await getTranslations("funding.filters");
  const tAreas = await getTranslations("areas");
  const countries = countriesByName(PARTNER_COUNTRIES, locale);
  return (
    <form
      method="get"
      aria-label={t("label")}
      className="grid gap-4 rounded border border-slate-300 bg-slate-50 p-4 md:grid-cols-[1fr_1fr_1fr_auto] md:items-end"
    >
      <div>
        <label htmlFor="funding-area" className="field-label">
          {t("area")}
        </label>
        <select id="funding-area" name="area" defaultValue={filters.area ?? ""} className="input">
          <option value="">{t("any")}</option>
          {COOPERATION_AREAS.map((a) => (
            <option key={a} value={a}>
              {tAreas(a)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="funding-country" className="field-label">
          {t("country")}
        </label>
        <select id="funding-country" name="country" defaultValue={filters.country ?? ""} className="input">
          <option value="">{t("any")}</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="funding-oblast" className="field-label">
          {t("oblast")}
        </label>
        <select id="funding-oblast" name="oblast" defaultValue={filters.oblast ?? ""} className="input">
          <option value="">{t("any")}</option>
          {byName(regions, locale)
            .filter((r) => !r.occupied)
            .map((r) => (
              <option key={r.slug} value={r.slug}>
                {regionName(locale, r)}
              </option>
            ))}
        </select>
      </div>
      <button type="submit" className="btn">
        {t("apply")}
      </button>
    </form>
  );
}
