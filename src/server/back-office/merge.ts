import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { recordAudit } from "@/server/audit/record";
import type { Principal } from "@/server/auth/principal";
import { DomainError } from "@/server/errors";
import { refreshSearchIndex } from "@/server/catalogue/search-index";
import { ACTIVE_STAGES, type Stage } from "@/lib/partnership-stages";
import { authorizeManage } from "./authorize";

type Tx = Prisma.TransactionClient;
type Side = {
  id: number;
  slug: string;
  country: string;
  katottg: string | null;
  nameEn: string;
  nameUk: string | null;
  nameLocal: string | null;
  leftRegister: boolean;
  hasProfile: boolean;
};
type PartnershipLine = { id: number; partnerSlug: string; partnerName: string; stage: string; conflictWith: number | null };

/** What a merge moves from `from` into `into`, as the confirmation page lists it and the audit log keeps it. */
export type MergePlan = {
  from: Side;
  into: Side;
  /** "moves": `from`'s profile becomes `into`'s; "kept": `into` has its own, `from`'s texts are dropped; "none". */
  profile: "moves" | "kept" | "none";
  memberships: { moving: number; alreadyMembers: number };
  requests: number;
  partnerships: PartnershipLine[];
};

export type MergeErrorCode = "notFound" | "same" | "countries" | "inRegister";

async function side(tx: Tx, id: number): Promise<Side> {
  const [row] = await tx.$queryRaw<Side[]>`
    SELECT m.id, m.slug, m.country, m.katottg, m.name_en AS "nameEn", m.name_uk AS "nameUk", m.name_local AS "nameLocal",
           m.left_register_at IS NOT NULL AS "leftRegister",
           (m.status = 'PUBLISHED' OR m.description_en IS NOT NULL OR m.description_uk IS NOT NULL
             OR EXISTS (SELECT 1 FROM municipality_area a WHERE a.municipality_id = m.id)) AS "hasProfile"
      FROM municipality m WHERE m.id = ${id} FOR UPDATE`;
  return row!;
}

/**
 * What merging would do, read in `tx` (locked when the merge runs in it). A hromada still in the
 * codifier is never merged away: the next import of the register would bring it back empty.
 * Only municipalities of one country merge.
 */
async function plan(tx: Tx, fromId: number, intoId: number): Promise<MergePlan> {
  if (fromId === intoId) throw new DomainError<MergeErrorCode>("same");
  // Locked in id order: two merges of the same pair, either way round, wait for each other.
  const [a, b] = fromId < intoId ? [fromId, intoId] : [intoId, fromId];
  const sides = new Map([
    [a, await side(tx, a)],
    [b, await side(tx, b)],
  ]);
  const from = sides.get(fromId)!;
  const into = sides.get(intoId)!;
  if (from.country !== into.country) throw new DomainError<MergeErrorCode>("countries");
  if (from.country === "UA" && from.katottg && !from.leftRegister) throw new DomainError<MergeErrorCode>("inRegister");
  const [memberships] = await tx.$queryRaw<{ moving: number; already: number }[]>`
    SELECT count(*) FILTER (WHERE t.id IS NULL)::int AS moving, count(t.id)::int AS already
      FROM membership s LEFT JOIN membership t ON t.municipality_id = ${intoId} AND t.user_id = s.user_id
     WHERE s.municipality_id = ${fromId}`;
  const [{ requests }] = await tx.$queryRaw<{ requests: number }[]>`
    SELECT count(*)::int AS requests FROM partnership_request WHERE ukrainian_municipality_id = ${fromId} OR eu_municipality_id = ${fromId}`;
  // Each partnership of `from`, with the partner on the other side, and `into`'s own partnership with that partner if any.
  const partnerships = await tx.$queryRaw<PartnershipLine[]>`
    SELECT p.id, o.slug AS "partnerSlug", coalesce(o.name_local, o.name_en) AS "partnerName", p.stage::text AS stage, q.id AS "conflictWith"
      FROM partnership p
      JOIN municipality o ON o.id = CASE WHEN p.ukrainian_municipality_id = ${fromId} THEN p.eu_municipality_id ELSE p.ukrainian_municipality_id END
      LEFT JOIN partnership q ON (p.ukrainian_municipality_id = ${fromId} AND q.ukrainian_municipality_id = ${intoId} AND q.eu_municipality_id = p.eu_municipality_id)
                              OR (p.eu_municipality_id = ${fromId} AND q.eu_municipality_id = ${intoId} AND q.ukrainian_municipality_id = p.ukrainian_municipality_id)
     WHERE p.ukrainian_municipality_id = ${fromId} OR p.eu_municipality_id = ${fromId}
     ORDER BY o.name_en, p.id`;
  return {
    from,
    into,
    profile: !from.hasProfile ? "none" : into.hasProfile ? "kept" : "moves",
    memberships: { moving: memberships!.moving, alreadyMembers: memberships!.already },
    requests,
    partnerships,
  };
}

async function ids(principal: Principal | null, fromSlug: string, intoSlug: string) {
  const from = await authorizeManage(principal, fromSlug);
  const into = await authorizeManage(principal, intoSlug);
  return { fromId: from.id, intoId: into.id, actor: from.principal };
}

/** The confirmation page's list of what would move (nothing is changed). */
export async function previewMerge(principal: Principal | null, fromSlug: string, intoSlug: string): Promise<MergePlan> {
  const { fromId, intoId } = await ids(principal, fromSlug, intoSlug);
  return db().$transaction((tx) => plan(tx, fromId, intoId));
}

// An ended partnership is behind every active one: joined with an active one, it is active.
const rank = (stage: Stage) => (stage === "ENDED" ? -1 : (ACTIVE_STAGES as readonly Stage[]).indexOf(stage));

/**
 * Merges `fromSlug` into `intoSlug` in one transaction: its profile (when `into` has none), its
 * memberships, the requests to and from it and its partnerships move, then it is deleted; the
 * audit line keeps what it was (code, names) and what moved. A partnership both have with the
 * same partner becomes one, `into`'s: its areas, history and originating request joined, the
 * earlier start and the further stage kept. A person who is a member of both keeps one
 * membership, the approved one if either is. A table that refers to a municipality must be moved
 * here too before the delete: one with ON DELETE CASCADE would otherwise lose its rows silently.
 */
export async function mergeMunicipalities(principal: Principal | null, fromSlug: string, intoSlug: string): Promise<MergePlan> {
  const { fromId, intoId, actor } = await ids(principal, fromSlug, intoSlug);
  return db().$transaction(async (tx) => {
    const p = await plan(tx, fromId, intoId);
    if (p.profile === "moves") await moveProfile(tx, fromId, intoId);
    await tx.$executeRaw`
      UPDATE membership t SET status = 'APPROVED', decided_at = s.decided_at, decided_by = s.decided_by
        FROM membership s
       WHERE s.municipality_id = ${fromId} AND t.municipality_id = ${intoId} AND t.user_id = s.user_id
         AND s.status = 'APPROVED' AND t.status <> 'APPROVED'`;
    await tx.$executeRaw`
      DELETE FROM membership s WHERE s.municipality_id = ${fromId}
         AND EXISTS (SELECT 1 FROM membership t WHERE t.municipality_id = ${intoId} AND t.user_id = s.user_id)`;
    await tx.$executeRaw`UPDATE membership SET municipality_id = ${intoId} WHERE municipality_id = ${fromId}`;
    await tx.$executeRaw`UPDATE partnership_request SET ukrainian_municipality_id = ${intoId} WHERE ukrainian_municipality_id = ${fromId}`;
    await tx.$executeRaw`UPDATE partnership_request SET eu_municipality_id = ${intoId} WHERE eu_municipality_id = ${fromId}`;
    for (const line of p.partnerships) if (line.conflictWith !== null) await joinPartnership(tx, line.id, line.conflictWith);
    await tx.$executeRaw`UPDATE partnership SET ukrainian_municipality_id = ${intoId} WHERE ukrainian_municipality_id = ${fromId}`;
    await tx.$executeRaw`UPDATE partnership SET eu_municipality_id = ${intoId} WHERE eu_municipality_id = ${fromId}`;
    // EU municipalities' wish to partner with it, counted once per EU municipality (on either side).
    for (const column of ["ukrainian_municipality_id", "eu_municipality_id"] as const) {
      const other = column === "ukrainian_municipality_id" ? "eu_municipality_id" : "ukrainian_municipality_id";
      await tx.$executeRawUnsafe(
        `DELETE FROM partner_interest s WHERE s.${column} = $1
            AND EXISTS (SELECT 1 FROM partner_interest t WHERE t.${column} = $2 AND t.${other} = s.${other})`,
        fromId,
        intoId,
      );
      await tx.$executeRawUnsafe(`UPDATE partner_interest SET ${column} = $2 WHERE ${column} = $1`, fromId, intoId);
    }
    // A member of the network since the earlier of the two days; a join proposal points at the successor.
    await tx.$executeRaw`
      UPDATE municipality t SET network_member_since = least(t.network_member_since, s.network_member_since)
        FROM municipality s WHERE s.id = ${fromId} AND t.id = ${intoId} AND s.network_member_since IS NOT NULL`;
    await tx.$executeRaw`UPDATE join_proposal SET municipality_id = ${intoId} WHERE municipality_id = ${fromId}`;
    // Shortlists keep the hromada as its successor, once per person.
    await tx.$executeRaw`
      INSERT INTO shortlist_entry (user_id, municipality_id, added_at)
      SELECT user_id, ${intoId}, added_at FROM shortlist_entry WHERE municipality_id = ${fromId}
      ON CONFLICT (user_id, municipality_id) DO NOTHING`;
    await tx.municipality.delete({ where: { id: fromId } });
    await refreshSearchIndex(tx, [intoId]);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "municipality.merge",
      objectType: "municipality",
      objectId: String(intoId),
      outcome: "ALLOWED",
      detail: {
        mergedAway: { id: fromId, slug: p.from.slug, katottg: p.from.katottg, nameEn: p.from.nameEn, nameUk: p.from.nameUk },
        profile: p.profile,
        memberships: p.memberships,
        requests: p.requests,
        partnershipsMoved: p.partnerships.filter((l) => l.conflictWith === null).map((l) => l.id),
        partnershipsJoined: p.partnerships.filter((l) => l.conflictWith !== null).map((l) => ({ from: l.id, into: l.conflictWith })),
      },
    });
    return p;
  });
}

/** `from`'s texts, needs and offers, languages, contact and status become `into`'s, which has none of its own. */
async function moveProfile(tx: Tx, fromId: number, intoId: number) {
  await tx.$executeRaw`DELETE FROM municipality_translation WHERE municipality_id = ${intoId}`;
  await tx.$executeRaw`UPDATE municipality_translation SET municipality_id = ${intoId} WHERE municipality_id = ${fromId}`;
  // The translations of each line follow it (ON UPDATE CASCADE).
  await tx.$executeRaw`UPDATE municipality_area SET municipality_id = ${intoId} WHERE municipality_id = ${fromId}`;
  await tx.$executeRaw`
    UPDATE municipality t
       SET description_en = s.description_en, description_uk = s.description_uk, machine_translated = s.machine_translated,
           languages = s.languages, needs_interpretation = s.needs_interpretation, website = coalesce(t.website, s.website),
           contact_name = s.contact_name, contact_role = s.contact_role, contact_email = s.contact_email, contact_phone = s.contact_phone,
           status = s.status, seeks_partners = s.seeks_partners AND t.occupied_since IS NULL,
           profile_confirmed_at = s.profile_confirmed_at, hromada_type = coalesce(t.hromada_type, s.hromada_type),
           population = coalesce(t.population, s.population), admin_centre_en = coalesce(t.admin_centre_en, s.admin_centre_en),
           admin_centre_uk = coalesce(t.admin_centre_uk, s.admin_centre_uk), updated_at = now()
      FROM municipality s
     WHERE t.id = ${intoId} AND s.id = ${fromId}`;
}

/** Partnership `dropId` (of the merged-away side) joins `keepId`, with the same partner, and is deleted. */
async function joinPartnership(tx: Tx, dropId: number, keepId: number) {
  const [drop, keep] = await Promise.all([
    tx.partnership.findUniqueOrThrow({ where: { id: dropId }, select: { since: true, stage: true, requestId: true } }),
    tx.partnership.findUniqueOrThrow({ where: { id: keepId }, select: { since: true, stage: true, requestId: true } }),
  ]);
  await tx.$executeRaw`
    INSERT INTO partnership_area (partnership_id, area_id) SELECT ${keepId}, area_id FROM partnership_area WHERE partnership_id = ${dropId}
    ON CONFLICT DO NOTHING`;
  await tx.$executeRaw`UPDATE partnership_stage_event SET partnership_id = ${keepId} WHERE partnership_id = ${dropId}`;
  // The dropped partnership's stage proposals join the kept one's history; its open one is closed
  // (the kept partnership keeps its own open proposal, at most one).
  await tx.$executeRaw`
    UPDATE stage_proposal SET partnership_id = ${keepId}, open_partnership_id = NULL,
           status = CASE WHEN status = 'OPEN' THEN 'SUPERSEDED'::"StageProposalStatus" ELSE status END,
           decided_at = CASE WHEN status = 'OPEN' THEN now() ELSE decided_at END
     WHERE partnership_id = ${dropId}`;
  // The request link is unique: freed on the dropped partnership before the kept one takes it.
  if (keep.requestId === null && drop.requestId !== null) await tx.partnership.update({ where: { id: dropId }, data: { requestId: null } });
  await tx.partnership.update({
    where: { id: keepId },
    data: {
      since: drop.since < keep.since ? drop.since : keep.since,
      stage: rank(drop.stage) > rank(keep.stage) ? drop.stage : keep.stage,
      ...(keep.requestId === null && drop.requestId !== null ? { requestId: drop.requestId } : {}),
    },
  });
  await tx.partnership.delete({ where: { id: dropId } });
}
