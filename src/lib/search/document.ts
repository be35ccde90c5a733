// What the database stores for search, computed from a municipality's own fields. Pure, so the
// same function serves the demo seed, the profile editor and the tests.
import type { CooperationAreaSlug } from "../cooperation-areas";
import { municipalityAliases, oblastAliases } from "./aliases";
import { areaToken } from "./area-vocabulary";
import { searchKey, skeleton } from "./keys";

/**
 * The profile languages Postgres has a stemmer for, with its text-search configuration. A text is
 * indexed stemmed in its own language (as well as word by word), so that a query's word forms
 * meet the text's ("Schulen" and "Schule"). Polish and Ukrainian have none in Postgres: their
 * words are matched by their beginnings (match.ts).
 */
export const STEMMED_LANGUAGES = {
  en: "english",
  de: "german",
  sv: "swedish",
  fr: "french",
  it: "italian",
  nl: "dutch",
  ro: "romanian",
} as const;
export type StemmedLanguage = keyof typeof STEMMED_LANGUAGES;
export const TEXT_SEARCH_STEMMERS = Object.values(STEMMED_LANGUAGES);

export type SearchSource = {
  nameEn: string;
  nameUk: string | null;
  nameLocal: string | null;
  adminCentreEn: string | null;
  adminCentreUk: string | null;
  raionEn: string | null;
  raionUk: string | null;
  /** The EU municipality's own region name. */
  regionName: string | null;
  region: { slug: string; nameEn: string; nameUk: string } | null;
  descriptionEn: string | null;
  descriptionUk: string | null;
  /** Need and offer details, in either language. */
  details: (string | null)[];
  /** The need and offer details in English, for the English stemmer. */
  englishDetails?: (string | null)[];
  /** Descriptions and details in the other profile languages (ISO 639-1). */
  translations?: { language: string; text: string | null }[];
  /** The municipality's cooperation areas, needed and offered. */
  areas?: { area: CooperationAreaSlug; direction: "NEED" | "OFFER" }[];
};

export type SearchDocument = {
  /** "|"-separated keys of every known name, each also as a skeleton (and without spaces). */
  names: string;
  /** The same for administrative centre, raion and oblast. */
  places: string;
  /** Descriptions and details in every language as one search key, for a `simple` text-search vector. */
  body: string;
  /** A word for each area needed, and for each offered (areaToken), weighted below the texts. */
  needs: string;
  offers: string;
  /** The texts of each stemmed language as a search key, for a vector in its configuration. */
  stemmed: Record<StemmedLanguage, string>;
};

function keys(texts: (string | null | undefined)[], joined: boolean): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    const k = searchKey(text);
    if (!k) continue;
    for (const form of [k, skeleton(k)]) {
      out.add(form);
      // A name of several words typed as one ("Ivanofrankivsk").
      if (joined && form.includes(" ")) out.add(form.replaceAll(" ", ""));
    }
  }
  return [...out];
}

/** "|a|b|": a delimiter at both ends, so that `|key|` finds an exact name with LIKE. */
function joinKeys(list: string[]): string {
  return list.length === 0 ? "" : `|${list.join("|")}|`;
}

export function searchDocument(s: SearchSource): SearchDocument {
  // Aliases are a town's other names: the hromada's own name's, and its centre's where the
  // hromada is not named after it ("Уманська громада", centred on Умань: "Humań").
  const aliases = new Set([...municipalityAliases(s.region?.slug ?? null, s.nameUk), ...municipalityAliases(s.region?.slug ?? null, s.adminCentreUk)]);
  const names = keys([s.nameEn, s.nameUk, s.nameLocal, ...aliases], true);
  const nameSet = new Set(names);
  const regionBase = s.region?.nameEn.replace(/\s+Oblast$/, "");
  const places = keys(
    [
      s.adminCentreEn,
      s.adminCentreUk,
      s.raionEn && `${s.raionEn} raion`,
      s.raionUk && `${s.raionUk} район`,
      s.regionName,
      s.region?.nameEn,
      s.region?.nameUk,
      regionBase && regionBase !== s.region?.nameEn ? `${regionBase} region` : null,
      ...oblastAliases(s.region?.slug ?? null),
    ],
    false,
  ).filter((k) => !nameSet.has(k));
  const translations = s.translations ?? [];
  const body = [s.descriptionEn, s.descriptionUk, ...s.details, ...translations.map((t) => t.text)]
    .filter((t): t is string => !!t)
    .map(searchKey)
    .join(" ");
  const tokens = (direction: "NEED" | "OFFER") =>
    (s.areas ?? [])
      .filter((a) => a.direction === direction)
      .map((a) => areaToken(a.area, direction))
      .join(" ");
  const stemmed = Object.fromEntries(
    (Object.keys(STEMMED_LANGUAGES) as StemmedLanguage[]).map((language) => [
      language,
      translations
        .filter((t) => t.language === language && t.text)
        .map((t) => searchKey(t.text!))
        .join(" "),
    ]),
  ) as Record<StemmedLanguage, string>;
  // English texts are the profile's own columns, not translations.
  stemmed.en = [s.descriptionEn, ...(s.englishDetails ?? [])]
    .filter((t): t is string => !!t)
    .map(searchKey)
    .join(" ");
  return { names: joinKeys(names), places: joinKeys(places), body, needs: tokens("NEED"), offers: tokens("OFFER"), stemmed };
}
