import "server-only";
import { db } from "@/server/db";
import { recordAudit } from "@/server/audit/record";
import type { Principal } from "@/server/auth/principal";
import { refreshSearchIndex } from "@/server/catalogue/search-index";
import type { UpdateInput } from "@/lib/back-office/forms";
import { authorizeManage } from "./authorize";

/**
 * A coordinator corrects a municipality's names, places, type, population or website. The search
 * keys are written in the same transaction, so it is found under its new name at once. A
 * hromada's region stays the register's; its KATOTTG code and official name are the codifier's.
 */
export async function updateMunicipality(principal: Principal | null, input: UpdateInput): Promise<{ changed: string[] }> {
  const { id, principal: actor } = await authorizeManage(principal, input.slug);
  return db().$transaction(async (tx) => {
    const before = await tx.municipality.findUniqueOrThrow({
      where: { id },
      select: {
        country: true,
        nameEn: true,
        nameUk: true,
        nameLocal: true,
        regionName: true,
        raionEn: true,
        raionUk: true,
        hromadaType: true,
        population: true,
        website: true,
      },
    });
    const ua = before.country === "UA";
    const after = {
      nameEn: input.nameEn,
      nameUk: ua ? input.nameUk : before.nameUk,
      nameLocal: ua ? before.nameLocal : input.nameLocal,
      regionName: ua ? before.regionName : input.regionName,
      raionEn: ua ? input.raionEn : before.raionEn,
      raionUk: ua ? input.raionUk : before.raionUk,
      hromadaType: ua ? input.hromadaType : before.hromadaType,
      population: input.population,
      website: input.website,
    };
    const changed = (Object.keys(after) as (keyof typeof after)[]).filter((k) => after[k] !== before[k]);
    if (changed.length === 0) return { changed };
    await tx.municipality.update({ where: { id }, data: after });
    await refreshSearchIndex(tx, [id]);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "municipality.update",
      objectType: "municipality",
      objectId: String(id),
      outcome: "ALLOWED",
      // Which fields, not their values: names and places are public, but a website may be a person's.
      detail: { changed },
    });
    return { changed };
  });
}
