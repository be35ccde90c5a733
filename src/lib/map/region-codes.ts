/**
 * Our region slugs (table `region`) against the ISO 3166-2 codes that the boundary data uses
 * (Natural Earth's `iso_3166_2`). Written out rather than derived from names: Natural Earth spells
 * them in older romanisations ("Kiev", "L'viv", "Zaporizhzhya") and files Crimea and Sevastopol
 * under another country, so only the ISO code identifies a region reliably.
 */
export const REGION_ISO_CODES = {
  crimea: "UA-43",
  vinnytsia: "UA-05",
  volyn: "UA-07",
  dnipropetrovsk: "UA-12",
  donetsk: "UA-14",
  zhytomyr: "UA-18",
  zakarpattia: "UA-21",
  zaporizhzhia: "UA-23",
  "ivano-frankivsk": "UA-26",
  "kyiv-oblast": "UA-32",
  kirovohrad: "UA-35",
  luhansk: "UA-09",
  lviv: "UA-46",
  mykolaiv: "UA-48",
  odesa: "UA-51",
  poltava: "UA-53",
  rivne: "UA-56",
  sumy: "UA-59",
  ternopil: "UA-61",
  kharkiv: "UA-63",
  kherson: "UA-65",
  khmelnytskyi: "UA-68",
  cherkasy: "UA-71",
  chernivtsi: "UA-77",
  chernihiv: "UA-74",
  "kyiv-city": "UA-30",
  sevastopol: "UA-40",
} as const satisfies Record<string, string>;

export type MappedRegionSlug = keyof typeof REGION_ISO_CODES;

export function isoCodeFor(slug: string): string | undefined {
  return Object.hasOwn(REGION_ISO_CODES, slug) ? REGION_ISO_CODES[slug as MappedRegionSlug] : undefined;
}
