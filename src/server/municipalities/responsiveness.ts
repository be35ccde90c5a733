import "server-only";
import { db, Prisma } from "@/server/db";
import type { Responsiveness } from "@/lib/freshness";

/**
 * How the hromada m answers the partnership requests addressed to it: how many it has answered
 * (interested or not now, src/server/requests/hromada-answer.ts), and the median time from a
 * request's arrival to its first answer — its own doing, not the coordinators' decision time. A
 * LATERAL join, so that a page of results costs one index lookup per row
 * (partnership_request_ukrainian_municipality_id_idx).
 */
export const RESPONSIVENESS_JOIN = Prisma.sql`LEFT JOIN LATERAL (
  SELECT count(*)::int AS answered,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM pr.hromada_first_answered_at - pr.submitted_at)::float8) AS median_seconds
    FROM partnership_request pr
   WHERE pr.ukrainian_municipality_id = m.id AND pr.direction = 'TO_HROMADA' AND pr.hromada_first_answered_at IS NOT NULL
) resp ON TRUE`;

export async function getResponsiveness(municipalityId: number): Promise<Responsiveness> {
  const [row] = await db().$queryRaw<{ answered: number; median_seconds: number | null }[]>`
    SELECT resp.answered, resp.median_seconds FROM municipality m ${RESPONSIVENESS_JOIN} WHERE m.id = ${municipalityId}`;
  return { answered: row?.answered ?? 0, medianSeconds: row?.median_seconds ?? null };
}
