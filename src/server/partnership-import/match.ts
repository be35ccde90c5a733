import "server-only";
import type { Prisma as P } from "@/generated/prisma/client";
import { searchTerms } from "@/lib/search/query";
import type { Candidate, MatchProblem } from "@/lib/partnership-import/report";
import { nameCloseness, nameCondition, nameIsCondition } from "@/server/catalogue/match";
import { placeById, placesNamed, type Place } from "./gazetteer";

type Tx = P.TransactionClient;
type Found = { id: number; slug: string; nameEn: string; nameUk: string | null; nameLocal: string | null };
/** Candidates named in a refusal: enough to choose from, few enough to read in a table cell. */
const SHOWN = 5;

type Row = {
  id: number;
  slug: string;
  nameEn: string;
  nameUk: string | null;
  nameLocal: string | null;
  katottg: string | null;
  place: string | null;
  population: number | null;
};

const asCandidate = (r: Row): Candidate => ({ nameEn: r.nameEn, nameUk: r.nameUk, place: r.place, code: r.katottg, population: r.population });

/**
 * The hromada of the register a line names: by KATOTTG code exactly, or by a name that is, in one
 * of its spellings, the name of exactly one hromada. A code and a name together must agree.
 */
export async function matchHromada(
  tx: Tx,
  katottg: string | null,
  name: string | null,
): Promise<{ hromada: Found & { by: "code" | "name" } } | { problem: MatchProblem }> {
  const terms = name ? searchTerms(name) : null;
  if (katottg) {
    const hromada = await tx.municipality.findFirst({
      where: { katottg, country: "UA" },
      select: { id: true, slug: true, nameEn: true, nameUk: true, nameLocal: true, officialNameUk: true },
    });
    if (!hromada) return { problem: { code: "katottgUnknown", value: katottg } };
    if (terms) {
      const agrees = await tx.$queryRaw<{ id: number }[]>`
        SELECT m.id FROM municipality m
         WHERE m.id = ${hromada.id} AND (${nameIsCondition(terms)} OR lower(m.official_name_uk) = lower(${name!.trim()}))`;
      if (agrees.length === 0) return { problem: { code: "codeNameDisagree", value: name!, registerName: hromada.nameUk ?? hromada.nameEn } };
    }
    return { hromada: { ...hromada, by: "code" } };
  }
  if (!terms) return { problem: { code: "hromadaNotFound", value: name ?? "", candidates: [] } };
  const exact = await tx.$queryRaw<Row[]>`
    SELECT m.id, m.slug, m.name_en AS "nameEn", m.name_uk AS "nameUk", m.name_local AS "nameLocal", m.katottg, m.population,
           concat_ws(', ', m.raion_en, r.name_en) AS place
      FROM municipality m LEFT JOIN region r ON r.id = m.region_id
     WHERE m.country = 'UA' AND m.katottg IS NOT NULL AND (${nameIsCondition(terms)} OR lower(m.official_name_uk) = lower(${name!.trim()}))
     ORDER BY m.population DESC NULLS LAST, m.katottg
     LIMIT ${SHOWN + 1}`;
  if (exact.length === 1) return { hromada: { ...exact[0]!, by: "name" } };
  if (exact.length > 1) return { problem: { code: "hromadaAmbiguous", value: name!, candidates: exact.slice(0, SHOWN).map(asCandidate) } };
  const close = await tx.$queryRaw<Row[]>`
    SELECT m.id, m.slug, m.name_en AS "nameEn", m.name_uk AS "nameUk", m.name_local AS "nameLocal", m.katottg, m.population,
           concat_ws(', ', m.raion_en, r.name_en) AS place
      FROM municipality m LEFT JOIN region r ON r.id = m.region_id
     WHERE m.country = 'UA' AND m.katottg IS NOT NULL AND ${nameCondition(terms)}
     ORDER BY ${nameCloseness(terms)} DESC, m.population DESC NULLS LAST, m.katottg
     LIMIT ${SHOWN}`;
  return { problem: { code: "hromadaNotFound", value: name!, candidates: close.map(asCandidate) } };
}

export type PartnerMatch = { existing: Found } | { place: Place } | { problem: MatchProblem };

/**
 * The other side of a line: a municipality of that country already in the portal whose name is
 * the line's (in any spelling), else the one place of that name in the GeoNames gazetteer (or
 * the one the line's GeoNames id names). Several of either are refused with the candidates.
 */
export async function matchPartner(tx: Tx, name: string, country: string, geonamesId: number | null): Promise<PartnerMatch> {
  const terms = searchTerms(name);
  if (terms) {
    const existing = await tx.$queryRaw<Row[]>`
      SELECT m.id, m.slug, m.name_en AS "nameEn", m.name_uk AS "nameUk", m.name_local AS "nameLocal", NULL AS katottg,
             m.population, m.region_name AS place
        FROM municipality m
       WHERE m.country = ${country} AND ${nameIsCondition(terms)}
       ORDER BY m.population DESC NULLS LAST, m.slug
       LIMIT ${SHOWN + 1}`;
    if (existing.length === 1) return { existing: existing[0]! };
    if (existing.length > 1) return { problem: { code: "partnerAmbiguous", value: name, candidates: existing.slice(0, SHOWN).map(asCandidate) } };
  }
  if (geonamesId !== null) {
    const place = await placeById(geonamesId);
    return place && place.country === country ? { place } : { problem: { code: "geonamesUnknown", value: String(geonamesId), country } };
  }
  const places = await placesNamed(name, country);
  if (places.length === 1) return { place: places[0]! };
  if (places.length === 0) return { problem: { code: "partnerNotFound", value: name, country } };
  return {
    problem: {
      code: "gazetteerAmbiguous",
      value: name,
      candidates: places.slice(0, SHOWN).map((p) => ({ nameEn: p.name, nameUk: null, place: null, code: String(p.geonamesId), population: p.population })),
    },
  };
}
