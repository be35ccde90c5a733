import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { DAY_MS, PARTNERSHIP_STALLED_DAYS } from "@/lib/reminders/periods";

/**
 * What counts as a partnership's activity, in ONE place: each entry is a scalar subquery giving
 * the latest time of one kind of activity of the partnership `p` (null when it has none). The
 * partnership's own creation counts too (a new partnership is not stalled). Stage changes, stage
 * proposals made or decided, its conversation's messages, meetings planned and meetings held (a
 * start in the past), its workspace's document versions and joint projects created or changed.
 * Each is read through an index on its partnership id, so the whole is one pass over the partnerships.
 */
function activitySources(now: Date): Prisma.Sql[] {
  return [
    Prisma.sql`p.created_at`,
    Prisma.sql`(SELECT max(e.at) FROM partnership_stage_event e WHERE e.partnership_id = p.id)`,
    Prisma.sql`(SELECT c.last_message_at FROM conversation c WHERE c.partnership_id = p.id)`,
    Prisma.sql`(SELECT max(m.created_at) FROM meeting m WHERE m.partnership_id = p.id)`,
    Prisma.sql`(SELECT max(m.starts_at) FROM meeting m WHERE m.partnership_id = p.id AND m.starts_at <= ${now})`,
    Prisma.sql`(SELECT max(GREATEST(s.proposed_at, s.decided_at)) FROM stage_proposal s WHERE s.partnership_id = p.id)`,
    Prisma.sql`(SELECT max(v.created_at) FROM workspace_document d JOIN workspace_document_version v ON v.document_id = d.id WHERE d.partnership_id = p.id)`,
    Prisma.sql`(SELECT max(j.updated_at) FROM joint_project j WHERE j.partnership_id = p.id)`,
  ];
}

/** The latest activity of a partnership `p` (GREATEST skips the nulls). */
export function lastActivitySql(now: Date): Prisma.Sql {
  return Prisma.sql`GREATEST(${Prisma.join(activitySources(now), ", ")})`;
}

export type StalledPartnership = { id: number; lastActivityAt: Date; ukrainianNameEn: string; ukrainianNameUk: string | null; euName: string };

/**
 * Partnerships not ENDED whose last activity is PARTNERSHIP_STALLED_DAYS or more ago (89 days:
 * not yet; 90: stalled), the longest quiet first: their count and the first `limit`.
 */
export async function stalledPartnerships(now: Date, limit: number): Promise<{ total: number; rows: StalledPartnership[] }> {
  const cutoff = new Date(now.getTime() - PARTNERSHIP_STALLED_DAYS * DAY_MS);
  const rows = await db().$queryRaw<(StalledPartnership & { total: bigint })[]>`
    WITH quiet AS (
      SELECT p.id, p.ukrainian_municipality_id, p.eu_municipality_id, ${lastActivitySql(now)} AS last_at
      FROM partnership p WHERE p.stage <> 'ENDED'
    )
    SELECT q.id, q.last_at AS "lastActivityAt", u.name_en AS "ukrainianNameEn", u.name_uk AS "ukrainianNameUk",
           coalesce(e.name_local, e.name_en) AS "euName", count(*) OVER () AS total
    FROM quiet q
    JOIN municipality u ON u.id = q.ukrainian_municipality_id
    JOIN municipality e ON e.id = q.eu_municipality_id
    WHERE q.last_at <= ${cutoff}
    ORDER BY q.last_at ASC, q.id ASC
    LIMIT ${limit}`;
  return { total: Number(rows[0]?.total ?? 0), rows: rows.map(({ total: _total, ...r }) => r) };
}
