/** A name as two spellings of one place compare: no accents, no case, single spaces, no punctuation. */
export function foldForMatch(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ß/g, "ss")
    .replace(/[ø]/gi, "o")
    .replace(/[ł]/gi, "l")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * What makes two proposals the same place: the gazetteer's id, or, for a place typed where the
 * gazetteer lacks it, its country and folded name ("Saint-Étienne" and "saint etienne" are one).
 */
export function placeKey(place: { geonamesId: number } | { name: string; country: string }): string {
  return "geonamesId" in place ? `g:${place.geonamesId}` : `t:${place.country}:${foldForMatch(place.name)}`;
}
