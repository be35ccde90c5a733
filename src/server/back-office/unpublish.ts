import "server-only";
import { db } from "@/server/db";
import { recordAudit } from "@/server/audit/record";
import type { Principal } from "@/server/auth/principal";
import { DomainError } from "@/server/errors";
import { parseErasureReason } from "@/lib/privacy/erasure-reason";
import { authorizeManage } from "./authorize";

/**
 * Takes a published profile back to draft on a coordinator's decision, with the reason in the
 * audit log. A draft is in no catalogue or suggestion; its editors publish it again once it is
 * put right, with the rest of the profile as it was.
 */
export async function unpublishMunicipality(principal: Principal | null, slug: string, rawReason: unknown): Promise<void> {
  const { id, principal: actor } = await authorizeManage(principal, slug);
  const reason = parseErasureReason(rawReason);
  if (!reason) throw new DomainError("reason", "reason");
  await db().$transaction(async (tx) => {
    // Conditional: of two coordinators at once, the second is told it is no longer published.
    const changed = await tx.$executeRaw`
      UPDATE municipality SET status = 'DRAFT' WHERE id = ${id} AND status = 'PUBLISHED'`;
    if (changed === 0) throw new DomainError("notPublished");
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "municipality.unpublish",
      objectType: "municipality",
      objectId: String(id),
      outcome: "ALLOWED",
      detail: { reason },
    });
  });
}
