import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { bandIndex, bandsFor } from "@/lib/map/bands";
import { ukraineMap } from "@/lib/map/ukraine-map";
import { parseMapArea, parseMapView } from "@/lib/map/view";
import { COOPERATION_AREAS } from "@/lib/cooperation-areas";
import { cleanQuery } from "@/lib/clean-query";
import { regionFigures, regionNeeds, type RegionFigures } from "@/server/map/region-figures";
import { MapLegend } from "@/components/map/map-legend";
import { swatches } from "@/components/map/palette";
import { RegionMap, type MapRegionEntry } from "@/components/map/region-map";
import { RegionTable } from "@/components/map/region-table";
import { MapViewSwitch } from "@/components/map/view-switch";
import { regionName } from "@/lib/region-names";

type Props = PageProps<"/[locale]/map">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "map" });
  return { title: t("title") };
}

export default async function MapPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("map");
  const format = await getFormatter();
  const raw = await searchParams;
  // The area form sends an empty choice too ("area="): the address shows only what was chosen.
  const clean = cleanQuery(raw);
  if (clean !== null) redirect(`/${locale}/map${clean ? `?${clean}` : ""}`);
  const { view, ignored } = parseMapView(raw.view);
  // ?area=water: where water supply is needed, whatever the view.
  const { area, ignored: ignoredArea } = parseMapArea(raw.area);
  const tAreas = await getTranslations("areas");
  const areaName = area ? tAreas(area) : "";
  const figures = await regionFigures();
  const needs = area ? await regionNeeds(area) : null;
  const map = ukraineMap();

  const valueOf = (f: RegionFigures) => (needs ? (needs.get(f.slug) ?? 0) : view === "seeking" ? f.seeking : f.activePartnerships);
  const bands = bandsFor(figures.map(valueOf));
  const palette = swatches(area ? "need" : view, bands.length);
  const catalogueHref = (slug: string, seekingOnly: boolean) =>
    `/${locale}/municipalities?oblast=${encodeURIComponent(slug)}${area ? `&area=${area}&direction=need` : seekingOnly ? "&seeking=1" : ""}`;
  const nameOf = (f: RegionFigures) => regionName(locale, f);

  const entries = new Map<string, MapRegionEntry>(
    figures.map((f) => {
      const value = valueOf(f);
      const region = f.occupied ? t("occupiedRegion", { region: nameOf(f) }) : nameOf(f);
      return [
        f.slug,
        {
          accessibleName: area ? t("area.regionLink", { region, count: value, area: areaName }) : t(`regionLink.${view}`, { region, count: value }),
          href: catalogueHref(f.slug, view === "seeking"),
          value,
          swatch: palette[bandIndex(value, bands)],
          occupied: f.occupied,
        },
      ];
    }),
  );
  const collator = new Intl.Collator(locale);
  const rows = figures
    .map((f) => ({
      slug: f.slug,
      name: nameOf(f),
      href: catalogueHref(f.slug, false),
      occupied: f.occupied,
      seeking: f.seeking,
      activePartnerships: f.activePartnerships,
      need: needs?.get(f.slug) ?? 0,
    }))
    .sort((a, b) => collator.compare(a.name, b.name));

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      {(ignored !== null || ignoredArea !== null) && (
        <div role="status" className="space-y-1 rounded border border-amber-700 bg-amber-50 p-4">
          {ignored !== null && <p>{t("ignoredView", { value: ignored })}</p>}
          {ignoredArea !== null && <p>{t("area.ignored", { value: ignoredArea })}</p>}
        </div>
      )}
      <MapViewSwitch current={area ? null : view} label={t("views.label")} names={{ seeking: t("views.seeking"), partnerships: t("views.partnerships") }} />
      {/* A plain GET form: one area's need on the map, without JavaScript. */}
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="map-area" className="field-label">
            {t("area.label")}
          </label>
          <select id="map-area" name="area" defaultValue={area ?? ""} className="input">
            <option value="">{t("area.none")}</option>
            {COOPERATION_AREAS.map((a) => (
              <option key={a} value={a}>
                {tAreas(a)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-secondary">
          {t("area.show")}
        </button>
      </form>
      <figure className="space-y-4">
        <RegionMap
          map={map}
          entries={entries}
          title={area ? t("area.svgTitle", { area: areaName }) : t(`svgTitle.${view}`)}
          description={t("svgDescription")}
          occupiedLabel={t("occupiedLabel")}
        />
        <MapLegend
          title={area ? t("area.legendTitle", { area: areaName }) : t(`views.${view}`)}
          bands={bands}
          swatches={palette}
          bandLabel={(band) =>
            band.max === null
              ? t("legend.open", { min: format.number(band.min) })
              : band.max === band.min
                ? t("legend.exact", { min: format.number(band.min) })
                : t("legend.range", { min: format.number(band.min), max: format.number(band.max) })
          }
          occupiedLabel={figures.some((f) => f.occupied) ? t("legend.occupied") : null}
        />
        <figcaption className="text-sm text-slate-700">
          {t.rich("source", {
            package: map.source.package,
            version: map.source.version,
            naturalEarth: (chunks) => <a href="https://www.naturalearthdata.com/">{chunks}</a>,
            npm: (chunks) => <a href={`https://www.npmjs.com/package/${map.source.package}`}>{chunks}</a>,
          })}
        </figcaption>
      </figure>
      <section aria-labelledby="region-table-heading" className="space-y-2">
        <h2 id="region-table-heading" className="text-xl font-semibold">
          {t("table.heading")}
        </h2>
        <RegionTable
          rows={rows}
          formatNumber={(n) => format.number(n)}
          labels={{
            caption: area ? t("area.tableCaption", { area: areaName }) : t("table.caption"),
            region: t("table.region"),
            seeking: t("table.seeking"),
            partnerships: t("table.partnerships"),
            total: t("table.total"),
            occupied: t("table.occupied"),
            need: area ? t("area.column", { area: areaName }) : undefined,
          }}
        />
      </section>
    </div>
  );
}
