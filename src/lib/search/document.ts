// What the database stores for search, computed from a municipality's own fields. Pure, so the
// same function serves the demo seed, the profile editor and the tests.
import { municipalityAliases, oblastAliases } from "./aliases";
import { searchKey, skeleton } from "./keys";

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
};

export type SearchDocument = {
  /** "|"-separated keys of every known name, each also as a skeleton (and without spaces). */
  names: string;
  /** The same for administrative centre, raion and oblast. */
  places: string;
  /** Descriptions and details as one search key, for a `simple` text-search vector. */
  body: string;
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
  const places = keys([
    s.adminCentreEn,
    s.adminCentreUk,
    s.raionEn && `${s.raionEn} raion`,
    s.raionUk && `${s.raionUk} район`,
    s.regionName,
    s.region?.nameEn,
    s.region?.nameUk,
    regionBase && regionBase !== s.region?.nameEn ? `${regionBase} region` : null,
    ...oblastAliases(s.region?.slug ?? null),
  ], false).filter((k) => !nameSet.has(k));
  const body = [s.descriptionEn, s.descriptionUk, ...s.details]
    .filter((t): t is string => !!t)
    .map(searchKey)
    .join(" ");
  return { names: joinKeys(names), places: joinKeys(places), body };
}
