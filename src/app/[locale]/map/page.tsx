import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { bandIndex, bandsFor } from "@/lib/map/bands";
import { ukraineMap } from "@/lib/map/ukraine-map";
import { parseMapView } from "@/lib/map/view";
import { regionFigures, type RegionFigures } from "@/server/map/region-figures";
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
  const { view, ignored } = parseMapView((await searchParams).view);
  const figures = await regionFigures();
  const map = ukraineMap();

  const valueOf = (f: RegionFigures) => (view === "seeking" ? f.seeking : f.activePartnerships);
  const bands = bandsFor(figures.map(valueOf));
  const palette = swatches(view, bands.length);
  const catalogueHref = (slug: string, seekingOnly: boolean) =>
    `/${locale}/municipalities?oblast=${encodeURIComponent(slug)}${seekingOnly ? "&seeking=1" : ""}`;
  const nameOf = (f: RegionFigures) => regionName(locale, f);

  const entries = new Map<string, MapRegionEntry>(
    figures.map((f) => {
      const value = valueOf(f);
      const region = f.occupied ? t("occupiedRegion", { region: nameOf(f) }) : nameOf(f);
      return [
        f.slug,
        {
          accessibleName: t(`regionLink.${view}`, { region, count: value }),
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
    .map((f) => ({ slug: f.slug, name: nameOf(f), href: catalogueHref(f.slug, false), occupied: f.occupied, seeking: f.seeking, activePartnerships: f.activePartnerships }))
    .sort((a, b) => collator.compare(a.name, b.name));

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      {ignored !== null && (
        <p role="status" className="rounded border border-amber-700 bg-amber-50 p-4">
          {t("ignoredView", { value: ignored })}
        </p>
      )}
      <MapViewSwitch current={view} label={t("views.label")} names={{ seeking: t("views.seeking"), partnerships: t("views.partnerships") }} />
      <figure className="space-y-4">
        <RegionMap
          map={map}
          entries={entries}
          title={t(`svgTitle.${view}`)}
          description={t("svgDescription")}
          occupiedLabel={t("occupiedLabel")}
        />
        <MapLegend
          title={t(`views.${view}`)}
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
            caption: t("table.caption"),
            region: t("table.region"),
            seeking: t("table.seeking"),
            partnerships: t("table.partnerships"),
            total: t("table.total"),
            occupied: t("table.occupied"),
          }}
        />
      </section>
    </div>
  );
}
