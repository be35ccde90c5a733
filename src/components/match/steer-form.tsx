import { getTranslations } from "next-intl/server";
import { FilterSelect, oblastOptions } from "@/components/form/filter-select";
import { Link } from "@/i18n/navigation";
import { COOPERATION_AREAS } from "@/lib/cooperation-areas";
import { SIZE_BANDS, type SizeBand } from "@/lib/catalogue-filters";
import { isSteered, type MatchSteering } from "@/lib/matching/steering";
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
        <FilterSelect
          id="steer-area"
          name="area"
          label={t("area")}
          anyLabel={t("anyArea")}
          value={steering.area}
          options={COOPERATION_AREAS.map((a) => ({ value: a, label: tAreas(a) }))}
        />
        <FilterSelect
          id="steer-oblast"
          name="oblast"
          label={t("oblast")}
          anyLabel={t("anyOblast")}
          value={steering.oblast}
          options={oblastOptions(regions, locale)}
        />
        <FilterSelect
          id="steer-size"
          name="size"
          label={t("size")}
          anyLabel={t("anySize")}
          value={steering.size}
          options={(Object.keys(SIZE_BANDS) as SizeBand[]).map((band) => ({ value: band, label: tSizes(band) }))}
        />
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
