// Scale data for benchmarks: grows a database that holds the demo dataset to `total` Ukrainian
// municipalities (with needs and offers), 5,000 partnerships per 50,000 municipalities and as
// many requests as municipalities. Generated inside Postgres from the demo rows as templates, so
// 50,000 profiles take seconds, and deterministically: every "random" choice is a hash of the
// row number. The names are synthetic ("Nova Brodivska hromada 12"): load data, never shown as
// real. They are not hromadas of the register: slugs "scale-N", which no register slug can take
// (KMU 2010 Latin never writes "sc"), and codes in raion 99 ("UA46990000000000123"), which no
// raion of the codifier has (a Ukrainian row must have a code: municipality_katottg_iff_ukraine_check).
import type { PrismaClient } from "../../src/generated/prisma/client";
import { refreshSearchIndex } from "../../src/server/catalogue/search-index";

export interface ScaleSeedCounts {
  ukrainian: number;
  partnerships: number;
  requests: number;
}

/** A deterministic pseudo-random integer in [0, modulo) for row i and a salt, computed in SQL. */
const pick = (i: string, salt: number, modulo: string) => `(abs(hashint4(${i} * 7919 + ${salt})::bigint) % (${modulo}))::int`;

export async function seedScale(db: PrismaClient, total: number): Promise<ScaleSeedCounts> {
  const existing = await db.municipality.count({ where: { country: "UA" } });
  // The templates are the demo's profiles, not the bare hromadas of the register.
  const templates = await db.municipality.count({ where: { country: "UA", descriptionEn: { not: null }, slug: { not: { startsWith: "scale-" } } } });
  if (templates === 0) throw new Error("Scale data grows the demo dataset: seed it first (npm run db:seed).");
  const add = Math.max(0, total - existing);
  const partnershipsWanted = Math.round(total / 10);
  const requestsWanted = total;

  await db.$transaction(
    async (tx) => {
      if (add > 0) {
        await tx.$executeRawUnsafe(`
          WITH t AS (
            SELECT m.*, row_number() OVER (ORDER BY m.id) - 1 AS k, count(*) OVER () AS n
              FROM municipality m WHERE m.country = 'UA' AND m.description_en IS NOT NULL AND m.slug NOT LIKE 'scale-%'),
          prefix(k, en, uk) AS (VALUES
            (0, 'Nova', 'Нова'), (1, 'Stara', 'Стара'), (2, 'Velyka', 'Велика'), (3, 'Mala', 'Мала'),
            (4, 'Verkhnia', 'Верхня'), (5, 'Nyzhnia', 'Нижня'), (6, 'Zelena', 'Зелена'), (7, 'Krasna', 'Красна'),
            (8, 'Sonyachna', 'Сонячна'), (9, 'Pryvitna', 'Привітна')),
          g AS (SELECT i FROM generate_series(${existing + 1}, ${existing + add}) AS i)
          INSERT INTO municipality (slug, country, katottg, name_en, name_uk, region_id, raion_en, raion_uk, hromada_type,
            population, area_km2, latitude, longitude, admin_centre_en, admin_centre_uk, description_en, description_uk,
            languages, needs_interpretation, status, seeks_partners, profile_confirmed_at, created_at, updated_at)
          SELECT 'scale-' || g.i,
                 'UA',
                 'UA' || r.katottg_prefix || '99' || lpad(g.i::text, 13, '0'),
                 p.en || ' ' || t.name_en || ' ' || (g.i / 3370 + 1),
                 p.uk || ' ' || t.name_uk || ' ' || (g.i / 3370 + 1),
                 t.region_id, t.raion_en, t.raion_uk,
                 (ARRAY['URBAN', 'SETTLEMENT', 'RURAL', 'RURAL'])[1 + ${pick("g.i", 1, "4")}]::"HromadaType",
                 1000 + ${pick("g.i", 2, "60000")},
                 50 + ${pick("g.i", 3, "900")},
                 t.latitude, t.longitude,
                 p.en || ' ' || t.admin_centre_en, p.uk || ' ' || t.admin_centre_uk,
                 t.description_en, t.description_uk,
                 t.languages, t.needs_interpretation,
                 CASE WHEN ${pick("g.i", 4, "20")} = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END::"ProfileStatus",
                 t.occupied_since IS NULL AND ${pick("g.i", 5, "4")} <> 0,
                 TIMESTAMPTZ '2026-11-01' - make_interval(days => ${pick("g.i", 6, "420")}),
                 TIMESTAMPTZ '2026-11-01', TIMESTAMPTZ '2026-11-01'
            FROM g
            JOIN t ON t.k = g.i % t.n
            JOIN prefix p ON p.k = (g.i / t.n) % 10
            JOIN region r ON r.id = t.region_id`);

        // Needs and offers: the template's, so that each area keeps a realistic share.
        await tx.$executeRawUnsafe(`
          WITH t AS (
            SELECT m.id, row_number() OVER (ORDER BY m.id) - 1 AS k, count(*) OVER () AS n
              FROM municipality m WHERE m.country = 'UA' AND m.description_en IS NOT NULL AND m.slug NOT LIKE 'scale-%')
          INSERT INTO municipality_area (municipality_id, area_id, direction, detail_en, detail_uk)
          SELECT s.id, ma.area_id, ma.direction, ma.detail_en, ma.detail_uk
            FROM municipality s
            JOIN t ON t.k = substring(s.slug FROM 7)::int % t.n
            JOIN municipality_area ma ON ma.municipality_id = t.id
           WHERE s.slug LIKE 'scale-%'
          ON CONFLICT DO NOTHING`);
      }

      const partnerships = await tx.partnership.count();
      if (partnerships < partnershipsWanted) {
        await tx.$executeRawUnsafe(`
          WITH ua AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM municipality WHERE slug LIKE 'scale-%' AND status = 'PUBLISHED'),
               eu AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k, count(*) OVER () AS n FROM municipality WHERE country <> 'UA'),
               g AS (SELECT i FROM generate_series(0, ${partnershipsWanted - partnerships - 1}) AS i)
          INSERT INTO partnership (ukrainian_municipality_id, eu_municipality_id, since, stage, created_at, updated_at)
          SELECT ua.id, eu.id,
                 DATE '2022-03-01' + ${pick("g.i", 7, "1650")},
                 (ARRAY['INTRODUCED','IN_CONTACT','LETTER_OF_INTENT','AGREEMENT_SIGNED','JOINT_PROJECT','FUNDED','ENDED'])[1 + ${pick("g.i", 8, "7")}]::"PartnershipStage",
                 TIMESTAMPTZ '2026-11-01', TIMESTAMPTZ '2026-11-01'
            FROM g
            JOIN ua ON ua.k = (g.i * 7) % (SELECT count(*) FROM ua)
            JOIN eu ON eu.k = ${pick("g.i", 9, "eu.n")}
          ON CONFLICT DO NOTHING`);
        await tx.$executeRawUnsafe(`
          INSERT INTO partnership_area (partnership_id, area_id)
          SELECT p.id, ma.area_id FROM partnership p
            JOIN municipality m ON m.id = p.ukrainian_municipality_id AND m.slug LIKE 'scale-%'
            JOIN municipality_area ma ON ma.municipality_id = m.id AND ma.direction = 'NEED'
          ON CONFLICT DO NOTHING`);
      }

      const requests = await tx.partnershipRequest.count();
      if (requests < requestsWanted) {
        await tx.$executeRawUnsafe(`
          WITH ua AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k, count(*) OVER () AS n FROM municipality WHERE country = 'UA' AND status = 'PUBLISHED' AND seeks_partners),
               eu AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k, count(*) OVER () AS n FROM municipality WHERE country <> 'UA'),
               g AS (SELECT i FROM generate_series(0, ${requestsWanted - requests - 1}) AS i),
               s AS (SELECT g.i, (ARRAY['SUBMITTED','UNDER_REVIEW','APPROVED','DECLINED','WITHDRAWN'])[1 + ${pick("g.i", 10, "5")}] AS status,
                            TIMESTAMPTZ '2026-11-01' - make_interval(days => ${pick("g.i", 11, "700")}) AS submitted FROM g)
          INSERT INTO partnership_request (reference, submission_token, ukrainian_municipality_id, eu_municipality_id, message,
            requester_name, requester_role, requester_email, interpretation_needed, languages, locale, status,
            submitted_at, updated_at, decided_at, decision_note)
          SELECT 'S' || lpad(to_hex(s.i), 9, '0'),
                 md5('scale-request-' || s.i)::uuid,
                 ua.id, eu.id,
                 'We would like to explore a partnership (synthetic benchmark request ' || s.i || ').',
                 'Benchmark Requester', 'International Relations Officer', 'requester' || s.i || '@benchmark.example',
                 ${pick("s.i", 12, "3")} = 0, ARRAY['en'], 'en', s.status::"RequestStatus",
                 s.submitted, s.submitted,
                 CASE WHEN s.status IN ('APPROVED', 'DECLINED') THEN s.submitted + make_interval(days => 1 + ${pick("s.i", 13, "60")}) END,
                 CASE WHEN s.status = 'DECLINED' THEN 'Synthetic decision.' END
            FROM s
            JOIN ua ON ua.k = ${pick("s.i", 14, "ua.n")}
            JOIN eu ON eu.k = ${pick("s.i", 15, "eu.n")}`);
        await tx.$executeRawUnsafe(`
          INSERT INTO partnership_request_area (request_id, area_id)
          SELECT r.id, (SELECT ma.area_id FROM municipality_area ma WHERE ma.municipality_id = r.ukrainian_municipality_id ORDER BY ma.area_id LIMIT 1)
            FROM partnership_request r
           WHERE r.reference LIKE 'S%' AND EXISTS (SELECT 1 FROM municipality_area ma WHERE ma.municipality_id = r.ukrainian_municipality_id)
          ON CONFLICT DO NOTHING`);
      }
    },
    { timeout: 600_000 },
  );

  // Search keys for the new rows, computed by the same function as for every profile.
  const scaleIds = (await db.municipality.findMany({ where: { slug: { startsWith: "scale-" } }, select: { id: true }, orderBy: { id: "asc" } })).map(
    (m) => m.id,
  );
  await refreshSearchIndex(db, scaleIds);

  await db.$executeRawUnsafe("ANALYZE");
  return {
    ukrainian: await db.municipality.count({ where: { country: "UA" } }),
    partnerships: await db.partnership.count(),
    requests: await db.partnershipRequest.count(),
  };
}
