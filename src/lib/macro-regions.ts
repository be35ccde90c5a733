/**
 * Ukraine's macro-regions, as presets of the catalogue's oblast filter (`?macro=western`).
 *
 * Ukraine has no official macro-regions: "western", "central" and so on are common usage, and
 * sources differ at the edges (Dnipropetrovsk and Zaporizhzhia are sometimes called eastern,
 * Zhytomyr central). This is the five-part grouping common in national survey and humanitarian
 * reporting (north with Kyiv, centre, south, east, west), written down so that the catalogue
 * says exactly which oblasts a preset means: the filter form lists them beside each preset, and
 * README.md ("The catalogue's filters") repeats this table. Every first-level region is in
 * exactly one group (tests/unit/macro-regions.test.ts).
 */
export const MACRO_REGIONS = {
  western: ["volyn", "rivne", "lviv", "ternopil", "khmelnytskyi", "ivano-frankivsk", "zakarpattia", "chernivtsi"],
  northern: ["kyiv-city", "kyiv-oblast", "zhytomyr", "chernihiv", "sumy"],
  central: ["vinnytsia", "cherkasy", "kirovohrad", "poltava", "dnipropetrovsk"],
  southern: ["odesa", "mykolaiv", "kherson", "zaporizhzhia", "crimea", "sevastopol"],
  eastern: ["kharkiv", "donetsk", "luhansk"],
} as const satisfies Record<string, readonly string[]>;

export type MacroRegion = keyof typeof MACRO_REGIONS;
export const MACRO_REGION_NAMES = Object.keys(MACRO_REGIONS) as MacroRegion[];

export function isMacroRegion(value: string): value is MacroRegion {
  return value in MACRO_REGIONS;
}
