import "server-only";
import { db } from "@/server/db";

export type RegionOption = { slug: string; nameEn: string; nameUk: string; occupied: boolean };

/** The regions of Ukraine, for filters; reference data that only changes with a migration. */
export async function listRegions(): Promise<RegionOption[]> {
  return db().region.findMany({
    select: { slug: true, nameEn: true, nameUk: true, occupied: true },
    orderBy: { nameEn: "asc" },
  });
}
