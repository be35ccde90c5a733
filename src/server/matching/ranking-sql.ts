import "server-only";
import { Prisma } from "@/server/db";
import { MAX_COUNTED_AREAS, type MatchWeights, COMPARABLE_SIZE_RATIO, SIMILAR_SIZE_RATIO } from "@/lib/matching/weights";
import { SIZE_BANDS } from "@/lib/catalogue-filters";
import { type MatchSteering, NO_STEERING } from "@/lib/matching/steering";

/** The steering's filters (`passesSteering` in src/lib/matching says the same), as conditions on `m` and `r`. */
function steeringConditions(s: MatchSteering): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (s.area) {
    parts.push(Prisma.sql`AND EXISTS (SELECT 1 FROM municipality_area sa JOIN cooperation_area sc ON sc.id = sa.area_id
                                       WHERE sa.municipality_id = m.id AND sc.slug = ${s.area})`);
  }
  if (s.oblast) parts.push(Prisma.sql`AND r.slug = ${s.oblast}`);
  if (s.size) {
    const band = SIZE_BANDS[s.size];
    parts.push(Prisma.sql`AND m.population >= ${band.min}::int`);
    if (band.max !== null) parts.push(Prisma.sql`AND m.population < ${band.max}::int`);
  }
  return parts.length ? Prisma.join(parts, " ") : Prisma.empty;
}

/**
 * The ranking query: every published Ukrainian municipality seeking partners that shares at
 * least one area with the EU municipality (either way round) and has no active partnership with
 * it, scored by the same named parts as `scoreMatch` in src/lib/matching, with the weights
 * passed as parameters. Only the top `limit` rows get their area and language lists.
 *
 * Candidates come from the overlap of area rows, found through the (area_id, direction) index,
 * so the work grows with the matching rows, not with every profile.
 */
export function rankingQuery(euId: number, since: Date, w: MatchWeights, limit: number, steering: MatchSteering = NO_STEERING): Prisma.Sql {
  return Prisma.sql`
    WITH eu AS (
      SELECT id, population, languages, ukrainian_community_regions AS community FROM municipality WHERE id = ${euId}
    ),
    overlap AS (
      SELECT ma.municipality_id AS id,
             count(*) FILTER (WHERE ma.direction = 'NEED') AS eu_gives,
             count(*) FILTER (WHERE ma.direction = 'OFFER') AS ua_gives
        FROM municipality_area e
        JOIN municipality_area ma ON ma.area_id = e.area_id AND ma.direction <> e.direction
       WHERE e.municipality_id = ${euId}
       GROUP BY ma.municipality_id
    ),
    -- A join rather than a correlated EXISTS: the planner then estimates the query low enough
    -- not to JIT-compile it, which cost 40 ms a run at 50,000 profiles.
    active AS (
      SELECT DISTINCT ukrainian_municipality_id AS id FROM partnership WHERE stage <> 'ENDED'
    ),
    scored AS (
      SELECT m.id, m.slug, r.slug AS region_slug,
             (least(o.eu_gives, ${MAX_COUNTED_AREAS}::int) * ${w.euOffersUaNeeds}::int)::int AS p_eu_offers,
             (least(o.ua_gives, ${MAX_COUNTED_AREAS}::int) * ${w.uaOffersEuNeeds}::int)::int AS p_ua_offers,
             CASE
               WHEN m.population IS NULL OR eu.population IS NULL OR m.population <= 0 OR eu.population <= 0 THEN NULL
               WHEN greatest(m.population, eu.population) <= ${SIMILAR_SIZE_RATIO}::int * least(m.population, eu.population)::bigint THEN 'similar'
               WHEN greatest(m.population, eu.population) <= ${COMPARABLE_SIZE_RATIO}::int * least(m.population, eu.population)::bigint THEN 'comparable'
             END AS size_band,
             CASE WHEN m.languages && eu.languages THEN ${w.sharedLanguage}::int ELSE 0 END AS p_language,
             CASE WHEN r.slug = ANY(eu.community) THEN ${w.communityOblast}::int ELSE 0 END AS p_community,
             CASE WHEN active.id IS NULL THEN ${w.noPartnerYet}::int ELSE 0 END AS p_no_partner,
             CASE WHEN m.profile_confirmed_at >= ${since}::timestamptz THEN ${w.recentlyConfirmed}::int ELSE 0 END AS p_recent
        FROM overlap o
        JOIN municipality m ON m.id = o.id
        CROSS JOIN eu
        LEFT JOIN region r ON r.id = m.region_id
        LEFT JOIN active ON active.id = m.id
       WHERE m.country = 'UA' AND m.status = 'PUBLISHED' AND m.seeks_partners AND m.occupied_since IS NULL
         ${steeringConditions(steering)}
         AND NOT EXISTS (SELECT 1 FROM partnership p
                          WHERE p.ukrainian_municipality_id = m.id AND p.eu_municipality_id = eu.id AND p.stage <> 'ENDED')
    ),
    sized AS (
      SELECT s.*,
             CASE s.size_band WHEN 'similar' THEN ${w.similarSize}::int WHEN 'comparable' THEN ${w.comparableSize}::int ELSE 0 END AS p_size
        FROM scored s
    ),
    top AS (
      SELECT z.*, (z.p_eu_offers + z.p_ua_offers + z.p_size + z.p_language + z.p_community + z.p_no_partner + z.p_recent) AS score
        FROM sized z
       ORDER BY score DESC, z.slug COLLATE "C"
       LIMIT ${limit}
    )
    SELECT t.slug, m.name_en AS "nameEn", m.name_uk AS "nameUk", m.hromada_type::text AS "hromadaType",
           m.population, m.needs_interpretation AS "needsInterpretation", m.profile_confirmed_at AS "profileConfirmedAt",
           r.slug AS "regionSlug", r.name_en AS "regionEn", r.name_uk AS "regionUk", (coalesce(r.occupied, false) OR m.occupied_since IS NOT NULL) AS "regionOccupied",
           t.score, t.p_eu_offers AS "pEuOffers", t.p_ua_offers AS "pUaOffers", t.size_band AS "sizeBand", t.p_size AS "pSize",
           t.p_language AS "pLanguage", t.p_community AS "pCommunity", t.p_no_partner AS "pNoPartner", t.p_recent AS "pRecent",
           ARRAY(SELECT a.slug FROM municipality_area ma JOIN cooperation_area a ON a.id = ma.area_id
                  WHERE ma.municipality_id = t.id AND ma.direction = 'NEED'
                    AND EXISTS (SELECT 1 FROM municipality_area e
                                 WHERE e.municipality_id = ${euId} AND e.area_id = ma.area_id AND e.direction = 'OFFER')
                  ORDER BY a.sort_order) AS "euGives",
           ARRAY(SELECT a.slug FROM municipality_area ma JOIN cooperation_area a ON a.id = ma.area_id
                  WHERE ma.municipality_id = t.id AND ma.direction = 'OFFER'
                    AND EXISTS (SELECT 1 FROM municipality_area e
                                 WHERE e.municipality_id = ${euId} AND e.area_id = ma.area_id AND e.direction = 'NEED')
                  ORDER BY a.sort_order) AS "uaGives",
           ARRAY(SELECT l FROM unnest(m.languages) WITH ORDINALITY AS u(l, i), eu
                  WHERE l = ANY(eu.languages) GROUP BY l ORDER BY min(i)) AS "sharedLanguages"
      FROM top t
      JOIN municipality m ON m.id = t.id
      LEFT JOIN region r ON r.id = m.region_id
     ORDER BY t.score DESC, t.slug COLLATE "C"`;
}
