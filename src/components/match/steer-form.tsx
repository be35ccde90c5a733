import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { COOPERATION_AREAS } from "@/lib/cooperation-areas";
import { SIZE_BANDS, type SizeBand } from "@/lib/catalogue-filters";
import { isSteered, type MatchSteering } from "@/lib/matching/steering";
import { byName, regionName } from "@/lib/region-names";
import type { RegionOption } from "@/server/regions";

/**
 * Narrowing the suggestions: a plain GET form (the choices land in the address and work without
 * JavaScript) carrying the municipality it is for; empty choices are dropped by the page's redirect.
 */
export async function SteerSuggestionsForm({
  forSlug,
  steering,
  regions,
  locale,
}: {
  forSlug: string;
  steering: MatchSteering;
  regions: RegionOption[];
  locale: string;
}) {
  const t = await getTranslations("finding.match.steer");
  const tAreas = await getTranslations("areas");
  const tSizes = await getTranslations("catalogue.filters.sizes");
  return (
    <form method="get" aria-labelledby="steer-title" className="space-y-3 rounded border border-slate-300 bg-slate-50 p-4">
      <h2 id="steer-title" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <input type="hidden" name="for" value={forSlug} />
      <div className="grid gap-4 md:grid-cols-3">
        <div>
          <label htmlFor="steer-area" className="field-label">
            {t("area")}
          </label>
          <select id="steer-area" name="area" defaultValue={steering.area ?? ""} className="input">
            <option value="">{t("anyArea")}</option>
            {COOPERATION_AREAS.map((a) => (
              <option key={a} value={a}>
                {tAreas(a)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="steer-oblast" className="field-label">
            {t("oblast")}
          </label>
          <select id="steer-oblast" name="oblast" defaultValue={steering.oblast ?? ""} className="input">
            <option value="">{t("anyOblast")}</option>
            {byName(regions, locale)
              .filter((r) => !r.occupied)
              .map((r) => (
                <option key={r.slug} value={r.slug}>
                  {regionName(locale, r)}
                </option>
              ))}
          </select>
        </div>
        <div>
          <label htmlFor="steer-size" className="field-label">
            {t("size")}
          </label>
          <select id="steer-size" name="size" defaultValue={steering.size ?? ""} className="input">
            <option value="">{t("anySize")}</option>
            {(Object.keys(SIZE_BANDS) as SizeBand[]).map((band) => (
              <option key={band} value={band}>
                {tSizes(band)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="btn">
          {t("submit")}
        </button>
        {isSteered(steering) && <Link href={`/match?for=${encodeURIComponent(forSlug)}`}>{t("clear")}</Link>}
      </div>
    </form>
  );
}
