// Membership of the network in the demo dataset: invented like the partnerships it follows.
import type { Prisma } from "../../src/generated/prisma/client";

/**
 * Both sides of every demo partnership that has reached a signed agreement are members of the
 * network, since the partnership began (the earliest, for a municipality with several). Read
 * from the partnerships just written, so it is as deterministic as they are.
 */
export async function seedNetworkMembers(tx: Prisma.TransactionClient): Promise<number> {
  return tx.$executeRaw`
    UPDATE municipality m SET network_member_since = s.since
      FROM (SELECT id, min(since) AS since
              FROM (SELECT ukrainian_municipality_id AS id, since, stage FROM partnership
                    UNION ALL
                    SELECT eu_municipality_id, since, stage FROM partnership) sides
             WHERE stage IN ('AGREEMENT_SIGNED', 'JOINT_PROJECT', 'FUNDED')
             GROUP BY id) s
     WHERE m.id = s.id`;
}
