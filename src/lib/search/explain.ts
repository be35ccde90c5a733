// Why a search result matched, in words a page can show, when the match is not plain to see in
// the shown name ("matched in: needs — water supply").
import type { CooperationAreaSlug } from "../cooperation-areas";
import { municipalityAliases, oblastAliases } from "./aliases";
import { highlightParts, matchedWordCount, snippet } from "./highlight";
import type { SearchTerms } from "./query";
import { MATCH_TIER } from "./tiers";
import { transliterateKmu } from "./transliteration";

/** How a result matched, best first (the table of tiers, with the order they are tested in: ./tiers.ts). */
export { MATCH_TIER };

const NAME_TIERS: readonly number[] = [MATCH_TIER.exactName, MATCH_TIER.namePrefix, MATCH_TIER.nameWord, MATCH_TIER.similarName];

export type MatchReason =
  | { kind: "alias"; text: string }
  | { kind: "adminCentre" | "raion" | "oblast"; text: string }
  | { kind: "description"; text: string }
  | { kind: "need" | "offer"; area: CooperationAreaSlug; text: string | null };

export type ExplainInput = {
  tier: number;
  nameEn: string;
  nameUk: string | null;
  nameLocal: string | null;
  regionSlug: string | null;
  regionEn: string | null;
  regionUk: string | null;
  adminCentreEn: string | null;
  adminCentreUk: string | null;
  raionEn: string | null;
  raionUk: string | null;
  descriptionEn: string | null;
  descriptionUk: string | null;
  details: { area: CooperationAreaSlug; direction: "NEED" | "OFFER"; en: string | null; uk: string | null }[];
};

type Candidate = { reason: MatchReason; variants: (string | null)[] };

const pick = (locale: string, en: string | null, uk: string | null) => (locale === "uk" ? (uk ?? en) : (en ?? uk));

/** The candidate matching most of the query's words; among equals, one written as the query was (Киев before Kiev). */
function best(candidates: Candidate[], terms: SearchTerms, fuzzy: boolean): MatchReason | null {
  let found: MatchReason | null = null;
  let score = 0;
  for (const c of candidates) {
    const s = Math.max(0, ...c.variants.map((v) => (v ? matchedWordCount(v, terms, fuzzy) + (v.toLowerCase() === terms.text.toLowerCase() ? 0.5 : 0) : 0)));
    if (s >= 1 && s > score) [found, score] = [c.reason, s];
  }
  return found;
}

/**
 * The reason to show beside a result, or null when the shown name itself matched (its words
 * are highlighted) or nothing more can be said.
 */
export function explainMatch(m: ExplainInput, terms: SearchTerms, locale: string): MatchReason | null {
  if (NAME_TIERS.includes(m.tier)) {
    // Shown names that match as typed need no word; one a typo away is highlighted, but a
    // spelling that matches exactly (Kiev for Kyiv) is worth naming.
    const shown = [m.nameEn, m.nameUk].filter((n): n is string => !!n);
    if (shown.some((n) => highlightParts(n, terms, false).some((p) => p.match))) return null;
    const others = [m.nameLocal, ...municipalityAliases(m.regionSlug, m.nameUk), m.nameUk && transliterateKmu(m.nameUk)]
      .filter((n): n is string => !!n)
      .map((n): Candidate => ({ reason: { kind: "alias", text: n }, variants: [n] }));
    return best(others, terms, false) ?? (shown.some((n) => highlightParts(n, terms).some((p) => p.match)) ? null : best(others, terms, true));
  }
  // An administrative centre named like the municipality says nothing the name does not.
  const centreIsName = m.adminCentreEn === m.nameEn || (m.adminCentreUk !== null && m.adminCentreUk === m.nameUk);
  const places: Candidate[] = [
    ...(centreIsName
      ? []
      : [
          {
            reason: { kind: "adminCentre", text: pick(locale, m.adminCentreEn, m.adminCentreUk) ?? "" },
            variants: [m.adminCentreEn, m.adminCentreUk],
          } as Candidate,
        ]),
    { reason: { kind: "raion", text: pick(locale, m.raionEn, m.raionUk) ?? "" }, variants: [m.raionEn, m.raionUk] },
    {
      reason: { kind: "oblast", text: pick(locale, m.regionEn, m.regionUk) ?? "" },
      variants: [m.regionEn, m.regionUk, m.regionEn && m.regionEn.replace(/ Oblast$/, " region"), ...oblastAliases(m.regionSlug)],
    },
  ];
  const place = best(places, terms, true);
  if (m.tier === MATCH_TIER.place || m.tier === MATCH_TIER.similarPlace) return place;

  const description = pick(locale, m.descriptionEn, m.descriptionUk);
  const other = locale === "uk" ? m.descriptionEn : m.descriptionUk;
  const texts: Candidate[] = [
    ...m.details.map((d): Candidate => ({
      reason: { kind: d.direction === "NEED" ? "need" : "offer", area: d.area, text: pick(locale, d.en, d.uk) },
      variants: [d.en, d.uk, d.area.replaceAll("-", " ")],
    })),
    ...[description, other].flatMap((text): Candidate[] => (text ? [{ reason: { kind: "description", text: snippet(text, terms) }, variants: [text] }] : [])),
  ];
  // A query naming an area in any language is answered by the area first ("apă potabilă" would
  // otherwise be explained by "apartment", a text word beginning like "apa").
  return areaNamed(m, terms, locale) ?? best(texts, terms, false) ?? place;
}

/** A need (else an offer) in an area the query names in any language ("vattenförsörjning"). */
function areaNamed(m: ExplainInput, terms: SearchTerms, locale: string): MatchReason | null {
  for (const area of terms.areas) {
    const inArea = m.details.filter((d) => d.area === area);
    const d = inArea.find((x) => x.direction === "NEED") ?? inArea[0];
    if (d) return { kind: d.direction === "NEED" ? "need" : "offer", area: d.area, text: pick(locale, d.en, d.uk) };
  }
  return null;
}
