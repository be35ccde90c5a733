import "server-only";
import { db } from "@/server/db";

/**
 * When each partnership's workspace last changed: its newest document version or project change
 * (created or edited). Partnerships with neither are not in the map. For "last activity" lists.
 */
export async function lastWorkspaceActivity(partnershipIds: number[]): Promise<Map<number, Date>> {
  const ids = [...new Set(partnershipIds.filter((id) => Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647))];
  if (ids.length === 0) return new Map();
  const rows = await db().$queryRaw<{ partnership_id: number; at: Date }[]>`
    SELECT partnership_id, max(at) AS at FROM (
      SELECT d.partnership_id, v.created_at AS at
        FROM workspace_document_version v JOIN workspace_document d ON d.id = v.document_id
       WHERE d.partnership_id = ANY(${ids})
      UNION ALL
      SELECT partnership_id, updated_at AS at FROM joint_project WHERE partnership_id = ANY(${ids})
    ) activity
    GROUP BY partnership_id`;
  return new Map(rows.map((r) => [r.partnership_id, r.at]));
}
