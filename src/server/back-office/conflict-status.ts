import "server-only";
import { db } from "@/server/db";
import { recordAudit } from "@/server/audit/record";
import type { Principal } from "@/server/auth/principal";
import { DomainError } from "@/server/errors";
import type { ConflictInput } from "@/lib/back-office/forms";
import { authorizeManage } from "./authorize";

/** The full-scale invasion began on 24 February 2022, the occupation of Crimea in February 2014: no status is older. */
const EARLIEST = "2014-02-20";

/**
 * Sets (or, with null, clears) since when a hromada is occupied and since when it is on the front
 * line, with who set it and when, audited. An occupied hromada stops seeking partners in the same
 * transaction; the suggestions and the catalogue read the status from here. Days in the future
 * or before 2014 are refused at their field.
 */
export async function setConflictStatus(principal: Principal | null, input: ConflictInput, today = new Date()): Promise<void> {
  const { id, principal: actor } = await authorizeManage(principal, input.slug);
  const todayDay = today.toISOString().slice(0, 10);
  for (const field of ["occupiedSince", "frontlineSince"] as const) {
    const value = input[field];
    if (value && value > todayDay) throw new DomainError("future", field);
    if (value && value < EARLIEST) throw new DomainError("tooEarly", field);
  }
  await db().$transaction(async (tx) => {
    const [before] = await tx.$queryRaw<{ country: string; occupied: string | null; frontline: string | null }[]>`
      SELECT country, occupied_since::text AS occupied, frontline_since::text AS frontline FROM municipality WHERE id = ${id} FOR UPDATE`;
    if (before.country !== "UA") throw new DomainError("notHromada");
    if (before.occupied === input.occupiedSince && before.frontline === input.frontlineSince) return;
    await tx.$executeRaw`
      UPDATE municipality
         SET occupied_since = ${input.occupiedSince}::date, frontline_since = ${input.frontlineSince}::date,
             conflict_status_set_at = now(), conflict_status_set_by_id = ${actor.userId},
             seeks_partners = CASE WHEN ${input.occupiedSince}::date IS NOT NULL THEN false ELSE seeks_partners END
       WHERE id = ${id}`;
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "municipality.conflictStatus",
      objectType: "municipality",
      objectId: String(id),
      outcome: "ALLOWED",
      detail: {
        occupiedSince: input.occupiedSince,
        frontlineSince: input.frontlineSince,
        previous: { occupiedSince: before.occupied, frontlineSince: before.frontline },
      },
    });
  });
}
